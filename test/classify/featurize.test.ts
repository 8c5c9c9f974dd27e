import { describe, expect, it } from "vitest";
import { GROUPS, normalizeText, tokenize } from "../../lib/classify/featurize";
import { extractRaw, vectorize } from "../../scripts/lib/classifier/vectors";
import { FIXTURE_FEATURES } from "./fixture";

const allRows = (b: number): number => b; // identity vocabulary: every bucket is its own row

describe("normalizeText / tokenize", () => {
  it.each([
    ["Visit https://example.com/privacy now", ["visit", "xurlx", "now"]],
    ["Write to privacy@example.org today", ["write", "to", "xemailx", "today"]],
    ["We don\u2019t sell data", ["we", "dont", "sell", "data"]],
    ["Terms & Conditions", ["terms", "and", "conditions"]],
    ["Kinder unter 16 Jahren", ["kinder", "unter", "16", "jahren"]],
    ["", []],
  ])("%s", (input, expected) => {
    expect(tokenize(input)).toEqual(expected);
  });

  it("lower-cases and folds compatibility characters", () => {
    expect(normalizeText("ＣＯＯＫＩＥＳ")).toBe("cookies");
  });
});

describe("extractRaw", () => {
  const seg = (text: string, heading = "") => ({ text, heading });

  it("is deterministic and puts every feature in a known group", () => {
    const segs = [seg("We use cookies.", "Cookies"), seg("We share data with partners.")];
    const a = extractRaw(segs, FIXTURE_FEATURES);
    const b = extractRaw(segs, FIXTURE_FEATURES);
    expect(a).toEqual(b);
    for (const raw of a) for (const g of raw.groups) expect(g).toBeLessThan(GROUPS.length);
  });

  it("counts features exactly in large hash spaces (the word stage's open-addressing counter)", () => {
    // 2^20 buckets per group is above the dense limit; 3000 distinct words force the table to grow.
    const cfg = {
      ...FIXTURE_FEATURES,
      hashBits: 20,
      wordNgrams: 1,
      charMin: 0,
      charMax: 0,
      weights: { words: 1, chars: 0, heading: 0, context: 0, meta: 0 },
    };
    const words = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    const [raw] = extractRaw([seg([...words, "w0", "w0", "w1"].join(" "))], cfg);
    if (!raw) throw new Error("no features");
    const counts = Array.from(raw.counts);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3003);
    expect(new Set(Array.from(raw.buckets)).size).toBe(raw.buckets.length);
    // First-seen order: w0 first (3 times), w1 second (twice), unless a hash collision merged buckets.
    expect(counts[0]).toBeGreaterThanOrEqual(3);
    expect(counts[1]).toBeGreaterThanOrEqual(2);
    // A second call reuses nothing from the first.
    const [again] = extractRaw([seg("w0 w1")], cfg);
    expect(Array.from(again?.counts ?? [])).toEqual([1, 1]);
  });

  it("adds no heading features when the heading is empty", () => {
    const [raw] = extractRaw([seg("We use cookies.")], FIXTURE_FEATURES);
    const headingGroup = GROUPS.indexOf("heading");
    expect([...(raw?.groups ?? [])].includes(headingGroup)).toBe(false);
  });

  it("uses neighbouring segments as context", () => {
    const alone = extractRaw([seg("We use cookies.")], FIXTURE_FEATURES)[0];
    const withNext = extractRaw([seg("We use cookies."), seg("Partners see them.")], FIXTURE_FEATURES)[0];
    const ctx = GROUPS.indexOf("context");
    const count = (r: typeof alone) => [...(r?.groups ?? [])].filter((g) => g === ctx).length;
    expect(count(alone)).toBe(0);
    expect(count(withNext)).toBeGreaterThan(0);
  });

  it("maps words that share their first prefixLen characters to the same prefix features", () => {
    const cfg = {
      ...FIXTURE_FEATURES,
      wordNgrams: 1,
      prefixLen: 5,
      weights: { words: 0, chars: 0, heading: 0, context: 0, meta: 0, prefixes: 1 },
    };
    const keys = (text: string) => {
      const [raw] = extractRaw([seg(text)], cfg);
      expect([...(raw?.groups ?? [])].every((g) => g === GROUPS.indexOf("prefixes"))).toBe(true);
      return [...(raw?.buckets ?? [])];
    };
    expect(keys("collected")).toEqual(keys("collection"));
    expect(keys("we collected")).toEqual(keys("we collecting"));
    expect(keys("collected")).not.toEqual(keys("cookies"));
    // Without a prefix weight (every model before format 4) the group stays empty.
    const [off] = extractRaw([seg("collected")], {
      ...cfg,
      weights: { ...cfg.weights, prefixes: 0, words: 1 },
    });
    expect([...(off?.groups ?? [])].includes(GROUPS.indexOf("prefixes"))).toBe(false);
  });

  it("disables a group whose weight is 0", () => {
    const cfg = { ...FIXTURE_FEATURES, weights: { ...FIXTURE_FEATURES.weights, chars: 0 } };
    const [raw] = extractRaw([seg("cookies")], cfg);
    expect([...(raw?.groups ?? [])].includes(GROUPS.indexOf("chars"))).toBe(false);
  });
});

describe("vectorize", () => {
  it("L2-normalises each group and scales it by the group weight", () => {
    const cfg = { ...FIXTURE_FEATURES, weights: { words: 2, chars: 0, heading: 0, context: 0, meta: 0 } };
    const [raw] = extractRaw([{ text: "cookies cookies track visits", heading: "" }], cfg);
    if (!raw) throw new Error("no features");
    const idf = new Float32Array(2 ** cfg.hashBits).fill(1);
    const v = vectorize(raw, allRows, idf, cfg);
    const norm = Math.sqrt(v.values.reduce((s, x) => s + x * x, 0));
    expect(norm).toBeCloseTo(2, 5);
    expect([...v.indices]).toEqual([...v.indices].sort((a, b) => a - b));
  });

  it("ignores buckets outside the vocabulary", () => {
    const [raw] = extractRaw([{ text: "cookies", heading: "" }], FIXTURE_FEATURES);
    if (!raw) throw new Error("no features");
    const v = vectorize(raw, () => -1, new Float32Array(0), FIXTURE_FEATURES);
    expect(v.indices.length).toBe(0);
  });
});
