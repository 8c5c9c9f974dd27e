// Chrome's offscreen reader, against a faked browser: one document for concurrent reads, replies
// checked, and the document closed when idle (but never under a read).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { readInOffscreenDocument } from "../../lib/offscreen-reader";

const reply = {
  type: "page-text",
  title: "Privacy Notice",
  status: "ok",
  method: "readability",
  segments: [{ index: 0, text: "We use cookies.", heading: "Cookies" }],
};

describe("readInOffscreenDocument", () => {
  let open = false;
  let creates = 0;
  let closes = 0;

  beforeEach(() => {
    vi.useFakeTimers();
    open = false;
    creates = 0;
    closes = 0;
    vi.spyOn(fakeBrowser.runtime, "getContexts").mockImplementation(async () =>
      open ? [{} as Browser.runtime.ExtensionContext] : [],
    );
    vi.spyOn(fakeBrowser.offscreen, "createDocument").mockImplementation(async () => {
      await Promise.resolve();
      if (open) throw new Error("Only a single offscreen document may be created.");
      creates++;
      open = true;
    });
    vi.spyOn(fakeBrowser.offscreen, "closeDocument").mockImplementation(async () => {
      closes++;
      open = false;
    });
  });
  afterEach(async () => {
    // Let the idle close of the test's last read happen before the next test counts.
    await vi.runAllTimersAsync();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("creates one document for reads that start together, and returns the page text", async () => {
    const send = vi.spyOn(fakeBrowser.runtime, "sendMessage").mockResolvedValue(reply as never);
    const [a, b] = await Promise.all([
      readInOffscreenDocument("<p>a</p>", "text/html"),
      readInOffscreenDocument("<p>b</p>", "text/html"),
    ]);
    expect(creates).toBe(1);
    expect(a).toEqual({
      title: "Privacy Notice",
      status: "ok",
      method: "readability",
      segments: reply.segments,
    });
    expect(b.segments).toHaveLength(1);
    expect(send).toHaveBeenCalledWith({ type: "read-page", html: "<p>a</p>", contentType: "text/html" });
  });

  it("rejects a reply that is not page text, with a clear error", async () => {
    vi.spyOn(fakeBrowser.runtime, "sendMessage").mockResolvedValue({ error: "boom" } as never);
    await expect(readInOffscreenDocument("<p>x</p>", "text/html")).rejects.toThrow(
      "the page could not be read: boom",
    );
    vi.spyOn(fakeBrowser.runtime, "sendMessage").mockResolvedValue(undefined);
    await expect(readInOffscreenDocument("<p>x</p>", "text/html")).rejects.toThrow(/could not be read/);
  });

  it("closes the document once idle, never while a read is under way, and reopens it for the next", async () => {
    let finish: (value: unknown) => void = () => {};
    vi.spyOn(fakeBrowser.runtime, "sendMessage").mockImplementation(
      () => new Promise((resolve) => (finish = resolve)),
    );
    const first = readInOffscreenDocument("<p>1</p>", "text/html");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(closes).toBe(0);
    finish(reply);
    await first;
    await vi.advanceTimersByTimeAsync(19_000);
    expect(closes).toBe(0);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(closes).toBe(1);
    expect(open).toBe(false);

    vi.spyOn(fakeBrowser.runtime, "sendMessage").mockResolvedValue(reply as never);
    await readInOffscreenDocument("<p>2</p>", "text/html");
    expect(creates).toBe(2);
  });

  it("a read that starts while the idle document is closing waits, then opens a new one", async () => {
    vi.spyOn(fakeBrowser.runtime, "sendMessage").mockResolvedValue(reply as never);
    await readInOffscreenDocument("<p>1</p>", "text/html");
    let finishClose: () => void = () => {};
    vi.spyOn(fakeBrowser.offscreen, "closeDocument").mockImplementation(
      () =>
        new Promise<void>((resolve) => {
          finishClose = () => {
            closes++;
            open = false;
            resolve();
          };
        }),
    );
    await vi.advanceTimersByTimeAsync(21_000);
    const second = readInOffscreenDocument("<p>2</p>", "text/html");
    await vi.advanceTimersByTimeAsync(0);
    expect(creates).toBe(1);
    finishClose();
    await expect(second).resolves.toMatchObject({ status: "ok" });
    expect(closes).toBe(1);
    expect(creates).toBe(2);
    expect(open).toBe(true);
  });
});
