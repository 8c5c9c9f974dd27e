// Reliability limits that the browser tests rely on, checked fast in Node: what the page side sends
// must fit the message schema (or the background rejects the whole page), the text extractors must
// stay linear on hostile text, and results of private tabs must never reach storage.
import { parseHTML } from "linkedom";
import { describe, expect, it, vi } from "vitest";
import { readPageText } from "../../lib/analyze";
import { pageTextSchema } from "../../lib/messages";
import { MAX_CHARS, segmentText } from "../../lib/segment/index";
import { MAX_TAB_STATES } from "../../lib/storage";
import {
  extractAll,
  extractEmails,
  extractPhones,
  extractPostal,
  extractUrls,
} from "../../lib/summarize/contacts";
import type { TabState } from "../../lib/tab-state";
import { type StateStorage, TabStore } from "../../lib/tab-store";

const PARA =
  "We collect your personal information such as your e-mail address and share it with advertising partners when you use our services. ";

function doc(body: string): Document {
  return parseHTML(
    `<!doctype html><html><head><title>Privacy Policy</title></head><body><article><h1>Privacy Policy</h1>${body}</article></body></html>`,
  ).document as unknown as Document;
}

/** The extractor content script's reply for this page, as the background parses it. */
function replyFits(page: Document): {
  ok: boolean;
  segments: number;
  longest: number;
  longestHeading: number;
} {
  const text = readPageText(page);
  const reply = {
    type: "page-text",
    url: "https://a.example/privacy",
    detection: { isPolicy: true, score: 1, reasons: [] },
    ...text,
  };
  return {
    ok: pageTextSchema.safeParse(reply).success,
    segments: text.segments.length,
    longest: Math.max(0, ...text.segments.map((s) => s.text.length)),
    longestHeading: Math.max(0, ...text.segments.map((s) => s.heading.length)),
  };
}

describe("the page side's reply always fits pageTextSchema (else the background rejects the page)", () => {
  it("a policy with a 30,000-character word", () => {
    const result = replyFits(doc(`<p>${"x".repeat(30_000)}</p><p>${PARA.repeat(3)}</p>`));
    expect(result).toMatchObject({ ok: true });
  });

  it("a policy with a 25,000-character heading", () => {
    const result = replyFits(
      doc(`<h2>${"A".repeat(25_000)}</h2><p>${PARA.repeat(3)}</p><p>${PARA.repeat(3)}</p>`),
    );
    expect(result).toMatchObject({ ok: true });
  });

  it("a policy with 5,200 sections (more segments than the schema's 5,000)", () => {
    const result = replyFits(doc(`<h2>Section</h2><p>${PARA.repeat(2)}</p>`.repeat(5_200)));
    expect(result).toMatchObject({ ok: true });
  });
});

describe("segments stay within MAX_CHARS", () => {
  it.each([
    ["a 10,000-character word", "y".repeat(10_000)],
    ["a 10,000-character URL", `https://example.com/${"a".repeat(10_000)}`],
    ["CJK without sentence punctuation", "我们收集您的个人信息".repeat(400)],
  ])("%s", (_name, text) => {
    const segments = segmentText(`Privacy Policy\n\n${text}\n\n${PARA}`);
    expect(Math.max(...segments.map((s) => s.text.length))).toBeLessThanOrEqual(MAX_CHARS);
  });
});

// A correctness guard, not a speed measurement: with 100,000 characters a quadratic scan takes tens of
// seconds, a linear one a fraction of a second, so the generous bound only trips on the former.
describe("contact extractors stay linear on hostile text (no catastrophic backtracking)", () => {
  const N = 100_000;
  const cases: [string, string][] = [
    ["'a.' repeated, then '@'", `${"a.".repeat(N / 2)}@`],
    ["'a-' repeated", "a-".repeat(N / 2)],
    ["'a%' repeated, then '@'", `${"a%".repeat(N / 2)}@`],
    ["'www.' repeated", "www.".repeat(N / 4)],
    ["digits and spaces", "1 ".repeat(N / 2)],
    ["street words", "123 Main Street, ".repeat(N / 17)],
  ];
  it.each(cases)("%s: every extractor finishes on 100,000 characters", (_name, text) => {
    for (const extractor of [extractEmails, extractUrls, extractPhones, extractPostal, extractAll]) {
      const start = performance.now();
      extractor(text);
      expect(performance.now() - start, extractor.name).toBeLessThan(3000);
    }
  });
});

function state(updatedAt: number, url = "https://a.example/privacy"): TabState {
  return {
    status: "error",
    url,
    title: "Privacy",
    detection: { isPolicy: true, score: 1, reasons: [] },
    trigger: "auto",
    segmentCount: 0,
    summary: null,
    updatedAt,
  };
}

/** A storage area that records every value written, like chrome.storage.session would hold it. */
function recordingStorage(
  initial: unknown = undefined,
): StateStorage & { writes: Record<string, TabState>[]; value: unknown } {
  const area = {
    value: initial,
    writes: [] as Record<string, TabState>[],
    async getValue() {
      return area.value;
    },
    async setValue(value: Record<string, TabState>) {
      area.writes.push(structuredClone(value));
      area.value = structuredClone(value);
    },
  };
  return area;
}

describe("TabStore: private tabs, bounds, corrupt values, restarts", () => {
  it("never writes a private tab's result to storage, but still answers for it from memory", async () => {
    const area = recordingStorage();
    const store = new TabStore(area, () => {});
    await store.set(7, state(1, "https://private.example/privacy"), true);
    await store.set(8, state(2), false);
    await store.set(7, state(3, "https://private.example/privacy"), true);
    expect(await store.get(7)).not.toBeNull();
    for (const written of area.writes) {
      expect(Object.keys(written)).not.toContain("7");
      expect(JSON.stringify(written)).not.toContain("private.example");
    }
    // A restarted background (new store over the same storage) has no trace of the private tab.
    const restarted = new TabStore(area, () => {});
    expect(await restarted.get(7)).toBeNull();
    expect(await restarted.get(8)).not.toBeNull();
  });

  it("a private tab stays private after its state is removed and set again", async () => {
    const area = recordingStorage();
    const store = new TabStore(area, () => {});
    await store.set(3, state(1, "https://private.example/a"), true);
    await store.remove(3);
    await store.set(3, state(2, "https://private.example/b"), true);
    await store.set(4, state(3), false);
    expect(JSON.stringify(area.writes)).not.toContain("private.example");
  });

  it(`keeps at most ${MAX_TAB_STATES} results, dropping the oldest`, async () => {
    const area = recordingStorage();
    const store = new TabStore(area, () => {});
    for (let tab = 1; tab <= MAX_TAB_STATES + 25; tab++) await store.set(tab, state(tab), false);
    const stored = area.value as Record<string, TabState>;
    expect(Object.keys(stored)).toHaveLength(MAX_TAB_STATES);
    expect(await store.get(1)).toBeNull();
    expect(await store.get(MAX_TAB_STATES + 25)).not.toBeNull();
  });

  it.each([["garbage"], [42], [[1, 2, 3]], [{ "1": "nope", abc: state(1), "2": state(2) }]])(
    "recovers from a corrupt stored value %j with a warning",
    async (corrupt) => {
      const warn = vi.fn();
      const area = recordingStorage(corrupt);
      const store = new TabStore(area, warn);
      expect(await store.get(1)).toBeNull();
      await store.set(5, state(5), false);
      expect(await store.get(5)).not.toBeNull();
      expect(warn).toHaveBeenCalled();
      expect(Object.keys(area.value as object).every((k) => /^\d+$/.test(k))).toBe(true);
    },
  );

  it("two results set at the same time are both kept (no lost update)", async () => {
    const area = recordingStorage();
    const store = new TabStore(area, () => {});
    await store.get(0); // the store has read storage once, as after the first message
    await Promise.all([store.set(1, state(1), false), store.set(2, state(2), false), store.remove(99)]);
    expect(await store.get(1)).not.toBeNull();
    expect(await store.get(2)).not.toBeNull();
    expect(Object.keys(area.value as object).sort()).toEqual(["1", "2"]);
  });
});
