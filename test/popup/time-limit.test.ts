// The popup's time limit on its questions (time-limit.ts) and where the connector applies it: a
// question about the tab gets one, an analysis none; a page that cannot be scripted is not "no answer".
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { extensionConnector } from "@/entrypoints/popup/connector";
import { isNoAnswer, type NoAnswerError, withTimeLimit } from "@/entrypoints/popup/time-limit";
import { tabStateFixture } from "./fixtures";

const never = () => new Promise<never>(() => {});

describe("withTimeLimit", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("gives the answer that comes in time, and leaves no timer behind", async () => {
    await expect(withTimeLimit(Promise.resolve(3), 100, "sum")).resolves.toBe(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("passes on a failure that comes in time as it is, not as no answer", async () => {
    const failed = withTimeLimit(Promise.reject(new Error("refused")), 100, "sum");
    await expect(failed).rejects.toThrow("refused");
    await failed.catch((error: unknown) => expect(isNoAnswer(error)).toBe(false));
  });

  it("says which question got no answer, once the time is up and not before", async () => {
    const late = withTimeLimit(never(), 100, "get-tab-state");
    const outcome = late.then(
      () => "answered",
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(99);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(isNoAnswer(error)).toBe(true);
    expect((error as NoAnswerError).message).toBe("no answer to get-tab-state within 100 ms");
  });
});

describe("extensionConnector's time limit", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  /** The background answers with `reply` (a function of the message), or never. */
  function background(reply: (message: { type: string }) => Promise<unknown>) {
    return vi.spyOn(fakeBrowser.runtime, "sendMessage").mockImplementation(reply as never);
  }

  it("the tab's state: the answer in time, else no answer after the limit", async () => {
    const connector = extensionConnector("?tab=4", 50);
    background(async () => ({ result: tabStateFixture() }));
    expect((await connector.tabState(4))?.status).toBe("analysed");
    background(never);
    const asked = connector.tabState(4).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(50);
    expect(isNoAnswer(await asked)).toBe(true);
  });

  it("the page: no answer is passed on, but a page that cannot be scripted is null, not no answer", async () => {
    const connector = extensionConnector("?tab=4", 50);
    background(async () => ({ error: "Cannot access contents of the page" }));
    expect(await connector.pageInfo(4)).toBeNull();
    background(never);
    const asked = connector.pageInfo(4).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(50);
    expect(isNoAnswer(await asked)).toBe(true);
  });

  it("an analysis has no time limit: the popup shows it under way", async () => {
    const connector = extensionConnector("?tab=4", 50);
    background(never);
    let settled = false;
    connector.analyse(4).then(
      () => (settled = true),
      () => (settled = true),
    );
    await vi.advanceTimersByTimeAsync(10_000);
    expect(settled).toBe(false);
  });
});
