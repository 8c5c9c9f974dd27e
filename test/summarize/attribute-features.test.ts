// Negation marking and hashed features of the sentence-level attribute classifiers. Sentences are our own.
import { describe, expect, it } from "vitest";
import { fnv1a } from "../../lib/classify/hash";
import {
  attributeFeatureKeys,
  attributeFeatures,
  attributeTokens,
  markNegation,
  negationMarked,
} from "../../lib/summarize/attribute-features";

describe("negation marking", () => {
  it("marks every word after the cue: 'we do not sell your data'", () => {
    expect(negationMarked("We do not sell your data.")).toEqual([
      "we",
      "do",
      "not",
      "NEG_sell",
      "NEG_your",
      "NEG_data",
    ]);
  });

  it("ends the scope at 'but'", () => {
    const marked = negationMarked("We do not sell your data but we share it with partners.");
    expect(marked).toContain("NEG_sell");
    expect(marked.slice(marked.indexOf("but"))).toEqual(["but", "we", "share", "it", "with", "partners"]);
  });

  it("ends the scope at punctuation and at however / unless", () => {
    expect(negationMarked("We never rent it; we share it.")).toEqual([
      "we",
      "never",
      "NEG_rent",
      "NEG_it",
      "we",
      "share",
      "it",
    ]);
    expect(negationMarked("We will not share it unless you agree")).toEqual([
      "we",
      "will",
      "not",
      "NEG_share",
      "NEG_it",
      "unless",
      "you",
      "agree",
    ]);
    expect(negationMarked("No data is sold, however partners see it")).toEqual([
      "no",
      "NEG_data",
      "NEG_is",
      "NEG_sold",
      "however",
      "partners",
      "see",
      "it",
    ]);
  });

  it("reads n't, curly apostrophes and lost apostrophes as cues", () => {
    expect(negationMarked("We don’t share it")).toEqual(["we", "don't", "NEG_share", "NEG_it"]);
    expect(negationMarked("We dont share it")).toEqual(["we", "dont", "NEG_share", "NEG_it"]);
    expect(negationMarked("It isn't sold")).toEqual(["it", "isn't", "NEG_sold"]);
  });

  it("treats without, neither/nor, refrain and decline as cues", () => {
    expect(negationMarked("shared without your consent")).toEqual([
      "shared",
      "without",
      "NEG_your",
      "NEG_consent",
    ]);
    expect(negationMarked("we refrain from selling it")).toEqual([
      "we",
      "refrain",
      "NEG_from",
      "NEG_selling",
      "NEG_it",
    ]);
    expect(negationMarked("we decline to disclose it")).toEqual([
      "we",
      "decline",
      "NEG_to",
      "NEG_disclose",
      "NEG_it",
    ]);
    expect(negationMarked("neither sold nor rented")).toEqual(["neither", "NEG_sold", "nor", "NEG_rented"]);
  });

  it("lets 'except' close one scope and open its own", () => {
    expect(negationMarked("we do not share it except with providers")).toEqual([
      "we",
      "do",
      "not",
      "NEG_share",
      "NEG_it",
      "except",
      "NEG_with",
      "NEG_providers",
    ]);
  });

  it("keeps punctuation tokens so bigrams can stop at them", () => {
    expect(markNegation(attributeTokens("not sold, shared"))).toEqual(["not", "NEG_sold", ",", "shared"]);
  });

  it("folds URLs and e-mail addresses into placeholders", () => {
    expect(attributeTokens("Write to privacy@example.com or visit https://example.com/x.")).toEqual([
      "write",
      "to",
      "xemailx",
      "or",
      "visit",
      "xurlx",
    ]);
  });
});

describe("attribute features", () => {
  // Fails if the marking is removed: the denied verb must not share a feature with the affirmed one.
  it("gives a denied word a different feature than the affirmed word", () => {
    const denied = attributeFeatureKeys("We do not sell your data.");
    const affirmed = attributeFeatureKeys("We sell your data.");
    expect(denied).toContain("w:NEG_sell");
    expect(denied).not.toContain("w:sell");
    expect(affirmed).toContain("w:sell");
    expect(denied).toContain("b:NEG_sell NEG_your");
    const bits = 12;
    const mask = (1 << bits) - 1;
    const x = attributeFeatures("We do not sell your data.", { hashBits: bits });
    expect([...x.indices]).toContain(fnv1a("w:NEG_sell") & mask);
    expect([...x.indices]).not.toContain(fnv1a("w:sell") & mask);
  });

  it("keeps the plain word beside the marked one in mark+plain, and marks nothing in none", () => {
    const both = attributeFeatureKeys("We do not sell your data.", "mark+plain");
    expect(both).toContain("w:NEG_sell");
    expect(both).toContain("w:sell");
    expect(attributeFeatureKeys("We do not sell your data.", "none").some((k) => k.includes("NEG_"))).toBe(
      false,
    );
  });

  it("does not make bigrams across punctuation", () => {
    const keys = attributeFeatureKeys("sold, shared");
    expect(keys).toContain("w:sold");
    expect(keys).toContain("w:shared");
    expect(keys.some((k) => k.startsWith("b:"))).toBe(false);
  });

  it("is binary, sorted, distinct and L2-normalised", () => {
    const x = attributeFeatures("we share we share we share", { hashBits: 10 });
    const idx = [...x.indices];
    expect(idx).toEqual([...new Set(idx)].sort((a, b) => a - b));
    const norm = Math.sqrt([...x.values].reduce((s, v) => s + v * v, 0));
    expect(norm).toBeCloseTo(1, 6);
    expect(attributeFeatures("", { hashBits: 10 }).indices.length).toBe(0);
  });
});
