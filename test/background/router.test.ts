// The background's message door, through the fake browser's runtime.onMessage: malformed messages and
// wrong senders are turned away before any handler runs; accepted ones get { result } or { error }.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { RequestHandlers } from "../../lib/background/requests";
import { type Extension, messageListener, senderMayAsk } from "../../lib/background/router";

const extension: Extension = { id: "test-extension-id", origin: "chrome-extension://test-extension-id" };
const POPUP = { id: extension.id, url: `${extension.origin}/popup.html?tab=3` };
const CONTENT = { id: extension.id, url: "https://shop.example/privacy", tab: { id: 3 } };
const DETECTED = {
  type: "page-detected",
  url: "https://shop.example/privacy",
  detection: { isPolicy: true, score: 1, reasons: [] },
};

function handlers(): RequestHandlers {
  return {
    "page-detected": vi.fn(async (_request, tabId) => ({ detectedIn: tabId })),
    "get-tab-state": vi.fn(async (request) => ({ tabId: request.tabId })),
    "analyze-tab": vi.fn(async () => {
      throw new Error("the tab is gone");
    }),
    "analyze-policy-url": vi.fn(async () => null),
    "get-page-info": vi.fn(async () => null),
    "clear-results": vi.fn(async () => null),
    "get-policy-change": vi.fn(async () => null),
    "policy-change-seen": vi.fn(async () => null),
    "get-third-parties": vi.fn(async () => null),
  };
}

/** Sends one message as `sender` and returns the reply and whether the listener kept the channel open. */
async function send(h: RequestHandlers, raw: unknown, sender: object) {
  fakeBrowser.runtime.onMessage.addListener(messageListener(extension, h));
  let reply: unknown;
  const answered = new Promise<void>((resolve) => {
    fakeBrowser.runtime.onMessage.trigger(raw, sender, (r: unknown) => {
      reply = r;
      resolve();
    });
  });
  await answered;
  return reply;
}

describe("the sender rule", () => {
  it("lets content scripts send page-detected only, and extension pages everything else", () => {
    expect(senderMayAsk("page-detected", CONTENT, extension)).toBe(true);
    expect(senderMayAsk("page-detected", POPUP, extension)).toBe(false);
    expect(senderMayAsk("get-tab-state", POPUP, extension)).toBe(true);
    expect(senderMayAsk("get-tab-state", CONTENT, extension)).toBe(false);
  });

  it("turns away other extensions, and our own pages opened in a tab posing as content scripts", () => {
    expect(senderMayAsk("get-tab-state", { ...POPUP, id: "other" }, extension)).toBe(false);
    expect(senderMayAsk("page-detected", { ...CONTENT, id: "other" }, extension)).toBe(false);
    expect(senderMayAsk("page-detected", { ...POPUP, tab: { id: 4 } }, extension)).toBe(false);
    expect(senderMayAsk("get-tab-state", { id: extension.id, url: "https://evil.example/" }, extension)).toBe(
      false,
    );
  });
});

describe("messageListener", () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it("rejects malformed messages at once, without a handler", async () => {
    const h = handlers();
    for (const raw of [null, 42, { type: "nope" }, { type: "get-tab-state", tabId: "1" }])
      expect(await send(h, raw, POPUP)).toEqual({ error: "rejected: malformed message" });
    expect(h["get-tab-state"]).not.toHaveBeenCalled();
  });

  it("rejects a well-formed message from the wrong sender", async () => {
    const h = handlers();
    expect(await send(h, DETECTED, POPUP)).toEqual({ error: "rejected: unexpected sender" });
    expect(await send(h, { type: "get-tab-state", tabId: 1 }, CONTENT)).toEqual({
      error: "rejected: unexpected sender",
    });
    expect(h["page-detected"]).not.toHaveBeenCalled();
    expect(h["get-tab-state"]).not.toHaveBeenCalled();
  });

  it("answers with the handler's result, giving content scripts' handlers their tab", async () => {
    const h = handlers();
    expect(await send(h, { type: "get-tab-state", tabId: 9 }, POPUP)).toEqual({ result: { tabId: 9 } });
    expect(await send(h, DETECTED, CONTENT)).toEqual({ result: { detectedIn: 3 } });
  });

  it("answers a failing handler with its error", async () => {
    expect(await send(handlers(), { type: "analyze-tab", tabId: 1 }, POPUP)).toEqual({
      error: "the tab is gone",
    });
  });

  it("keeps the channel open only for accepted requests", () => {
    const listener = messageListener(extension, handlers());
    expect(listener({ type: "nope" }, POPUP, () => {})).toBeUndefined();
    expect(listener({ type: "clear-results" }, POPUP, () => {})).toBe(true);
  });
});
