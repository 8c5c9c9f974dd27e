import { describe, expect, it } from "vitest";
import { clusterOf } from "../../lib/classify/clusters";
import { tokenize } from "../../lib/classify/featurize";
import { clusterFile, clusterTableOf } from "../../scripts/lib/classifier/cluster-resource";
import { type ClusterOptions, learnWordClusters } from "../../scripts/lib/classifier/word-clusters";
import { markdownParagraphs, markdownSegments } from "../../scripts/lib/ota-text";

// A self-written corpus: "partners", "vendors" and "affiliates" are used in the same frames, and so
// are "cookies", "beacons" and "pixels"; the two frames share no content word.
const FRAMES = [
  (w: string) => `we may disclose your details to our ${w} for delivery`,
  (w: string) => `our ${w} receive your details under contract`,
  (w: string) => `we require our ${w} to keep your details safe`,
];
const TECH = [
  (w: string) => `the site stores ${w} in your browser to remember settings`,
  (w: string) => `you can block ${w} in your browser settings`,
  (w: string) => `some ${w} in your browser measure visits`,
];
const corpus = (): string[][] => {
  const docs: string[][] = [];
  for (let r = 0; r < 6; r++) {
    for (const w of ["partners", "vendors", "affiliates"]) for (const f of FRAMES) docs.push(tokenize(f(w)));
    for (const w of ["cookies", "beacons", "pixels"]) for (const f of TECH) docs.push(tokenize(f(w)));
  }
  return docs;
};
const OPTS: ClusterOptions = {
  vocabulary: 200,
  minCount: 3,
  contexts: 200,
  window: 2,
  dims: 8,
  k: 6,
  iterations: 20,
  seed: 7,
};

describe("learnWordClusters", () => {
  it("puts words used in the same frames together and apart from the other frame's words", () => {
    const c = learnWordClusters(corpus(), OPTS);
    const id = (w: string): number => c.ids[c.words.indexOf(w)] ?? -1;
    expect(id("vendors")).toBe(id("partners"));
    expect(id("affiliates")).toBe(id("partners"));
    expect(id("beacons")).toBe(id("cookies"));
    expect(id("pixels")).toBe(id("cookies"));
    expect(id("cookies")).not.toBe(id("partners"));
  });

  it("is deterministic: the same text and options give the same clusters", () => {
    const a = learnWordClusters(corpus(), OPTS);
    const b = learnWordClusters(corpus(), OPTS);
    expect(a.words).toEqual(b.words);
    expect(Array.from(a.ids)).toEqual(Array.from(b.ids));
  });

  it("leaves out words seen fewer than minCount times", () => {
    const docs = [...corpus(), tokenize("a lone zebra appears once")];
    const c = learnWordClusters(docs, OPTS);
    expect(c.words).not.toContain("zebra");
  });

  it("says so when there are fewer words than clusters", () => {
    expect(() => learnWordClusters(corpus(), { ...OPTS, k: 500 })).toThrow(/fewer than k = 500/);
  });

  it("becomes a table the featurizer reads, without the words", () => {
    const c = learnWordClusters(corpus(), OPTS);
    const file = clusterFile(c);
    expect(file.words).toBe(c.words.length);
    expect(JSON.stringify(file)).not.toContain("partners");
    const { table } = clusterTableOf(file);
    expect(clusterOf(table, "vendors")).toBe(c.ids[c.words.indexOf("vendors")]);
    expect(clusterOf(table, "zebra")).toBe(-1);
  });
});

describe("markdownParagraphs", () => {
  it("keeps link text, drops targets, emphasis, heading rules and list marks", () => {
    const md =
      'Our Notice\n==========\n\n**Sharing**  \nWe tell [our partners](https://example.com/p "p") little.\n\n- first point\n- second point\n\n| a | b |\n|---|---|\n';
    expect(markdownParagraphs(md)).toEqual([
      "Our Notice",
      "Sharing We tell our partners little.",
      "first point second point",
      "a   b",
    ]);
  });

  it("gives nothing for an empty document", () => {
    expect(markdownParagraphs("")).toEqual([]);
  });
});

describe("markdownSegments", () => {
  it("gives each paragraph the heading above it and no heading segments", () => {
    const md =
      "Our Notice\n==========\n\nWe explain things here.\n\n## What we collect\n\nYour name.\n\n**Sharing**  \nWe tell [partners](https://example.com) little.\n";
    expect(markdownSegments(md)).toEqual([
      { heading: "Our Notice", text: "We explain things here." },
      { heading: "What we collect", text: "Your name." },
      { heading: "Sharing", text: "We tell partners little." },
    ]);
  });
});

describe("learnWordClusters skipTop", () => {
  it("gives the most frequent words no cluster and keeps the others' ids", () => {
    const all = learnWordClusters(corpus(), OPTS);
    const rare = learnWordClusters(corpus(), { ...OPTS, skipTop: 3 });
    expect(rare.words).toEqual(all.words.slice(3));
    expect(Array.from(rare.ids)).toEqual(Array.from(all.ids.slice(3)));
  });
});
