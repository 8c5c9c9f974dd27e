// The speed-ups in featurize/hash/model-format must not change a single feature or score.
import { describe, expect, it } from "vitest";
import { loadBundledModel } from "../../lib/classify/bundled-model";
import { normalizeText } from "../../lib/classify/featurize";
import { FNV_OFFSET, fnv1a, fnv1aHead } from "../../lib/classify/hash";
import { lookupSlot, TABLE_STRIDE } from "../../lib/classify/model-format";

describe("normalizeText skips NFKC for ASCII", () => {
  // What normalizeText did before the ASCII shortcut (URL/e-mail folding left out: same inputs).
  const reference = (s: string): string =>
    s
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`']/g, "")
      .replace(/&/g, " and ");

  it.each([
    "Plain ASCII, with Digits 123 & Don't",
    "ＣＯＯＫＩＥＳ ﬁle",
    "caf\u00e9 cafe\u0301 \u00bd \u00a0nbsp",
    "We don\u2019t \u201csell\u201d data",
    "",
  ])("%s", (s) => {
    expect(normalizeText(s)).toBe(reference(s));
  });
});

describe("fnv1aHead", () => {
  it.each([
    ["collection", 5],
    ["we", 5],
    ["", 5],
    ["abcde", 5],
  ] as const)("hashes the first characters of %s like fnv1a of the slice", (s, n) => {
    expect(fnv1aHead(s, n)).toBe(fnv1a(s.slice(0, n)));
    expect(fnv1aHead(s, n, 0x1234abcd)).toBe(fnv1a(s.slice(0, n), 0x1234abcd));
    expect(fnv1aHead(s, n, FNV_OFFSET)).toBe(fnv1a(s.slice(0, n)));
  });
});

describe("bucket table", () => {
  it("finds every vocabulary row from its bucket", () => {
    const model = loadBundledModel();
    const seen = new Set<number>();
    for (let at = 0; at < model.table.length; at += TABLE_STRIDE) {
      const row = model.table[at + 1] as number;
      if (row < 0) continue;
      expect(lookupSlot(model, model.table[at] as number)).toBe(at);
      seen.add(row);
    }
    expect(seen.size).toBe(model.rowCount);
  });
});
