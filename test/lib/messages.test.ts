import { describe, expect, it } from "vitest";
import {
  backgroundRequestSchema,
  contentRequestSchema,
  pageTextSchema,
  parseMessage,
} from "../../lib/messages";
import { isOwnContentScript, isOwnExtensionPage } from "../../lib/sender";

const ID = "abcdefghijklmnop";
const ORIGIN = `chrome-extension://${ID}`;
const detection = { isPolicy: true, score: 0.9, reasons: ["url:privacy"] };

describe("background messages", () => {
  it.each([
    ["page-detected", { type: "page-detected", url: "https://a.example/privacy", detection }],
    ["get-tab-state", { type: "get-tab-state", tabId: 3 }],
    ["analyze-tab", { type: "analyze-tab", tabId: 3 }],
    ["analyze-policy-url", { type: "analyze-policy-url", tabId: 3, url: "https://a.example/privacy" }],
  ])("accepts a well-formed %s", (_name, raw) => {
    expect(parseMessage(backgroundRequestSchema, raw).ok).toBe(true);
  });

  it.each([
    ["an unknown type", { type: "steal-cookies" }],
    ["a missing field", { type: "get-tab-state" }],
    ["a wrong field type", { type: "get-tab-state", tabId: "3" }],
    ["a content-side request", { type: "highlight", text: "x" }],
    ["not an object", "get-tab-state"],
    ["null", null],
    ["a forged detection", { type: "page-detected", url: "x", detection: { isPolicy: "yes" } }],
  ])("rejects %s without throwing", (_name, raw) => {
    const result = parseMessage(backgroundRequestSchema, raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBeTruthy();
  });

  it("bounds the size of page text it accepts", () => {
    const segment = { index: 0, text: "x".repeat(20_001), heading: "" };
    const message = {
      type: "page-text",
      url: "u",
      title: "t",
      detection,
      status: "ok",
      method: "m",
      segments: [segment],
    };
    expect(parseMessage(pageTextSchema, message).ok).toBe(false);
    expect(parseMessage(pageTextSchema, { ...message, segments: [{ ...segment, text: "fine" }] }).ok).toBe(
      true,
    );
  });
});

describe("content messages", () => {
  it("accepts highlight and rejects unknown requests", () => {
    expect(parseMessage(contentRequestSchema, { type: "highlight", text: "We use cookies." }).ok).toBe(true);
    expect(parseMessage(contentRequestSchema, { type: "eval", code: "alert(1)" }).ok).toBe(false);
  });
});

describe("sender checks", () => {
  it.each([
    [{ id: ID, tab: { id: 4 }, url: "https://a.example/" }, true, false],
    [{ id: ID, url: `${ORIGIN}/popup.html` }, false, true],
    [{ id: "another-extension", tab: { id: 4 } }, false, false],
    [{ id: "another-extension", url: `${ORIGIN}/popup.html` }, false, false],
    [{ tab: { id: 4 }, url: "https://evil.example/" }, false, false],
    [{ id: ID, url: "https://evil.example/popup.html" }, false, false],
  ])("%o → content script %s, extension page %s", (sender, content, page) => {
    expect(isOwnContentScript(sender, ID)).toBe(content);
    expect(isOwnExtensionPage(sender, ID, ORIGIN)).toBe(page);
  });
});
