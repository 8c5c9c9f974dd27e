import { describe, expect, it } from "vitest";
import { clusterOf, decodeClusters, encodeClusters } from "../../lib/classify/clusters";
import { fnv1a } from "../../lib/classify/hash";

const pairs = (words: Record<string, number>): [number, number][] =>
  Object.entries(words).map(([w, id]) => [fnv1a(w), id]);

describe("word-cluster tables", () => {
  it("round-trips words to their cluster ids and knows no other word", () => {
    const enc = encodeClusters(pairs({ partners: 3, vendors: 3, cookies: 1, beacons: 1 }), 4);
    const table = decodeClusters(enc.hashes, enc.ids, 4, 4);
    expect(clusterOf(table, "partners")).toBe(3);
    expect(clusterOf(table, "vendors")).toBe(3);
    expect(clusterOf(table, "beacons")).toBe(1);
    expect(clusterOf(table, "giraffe")).toBe(-1);
    // Lookups are by the token as tokenize() gives it: lower case.
    expect(clusterOf(table, "Partners")).toBe(-1);
  });

  it("stores two bytes per id past 256 clusters", () => {
    const enc = encodeClusters(pairs({ alpha: 300, beta: 5 }), 400);
    expect(enc.ids.length).toBe(4);
    const table = decodeClusters(enc.hashes, enc.ids, 400, 2);
    expect(clusterOf(table, "alpha")).toBe(300);
    expect(clusterOf(table, "beta")).toBe(5);
  });

  it("keeps one entry when two words share a hash", () => {
    const h = fnv1a("same");
    const enc = encodeClusters(
      [
        [h, 2],
        [h, 7],
      ],
      8,
    );
    expect(enc.ids.length).toBe(1);
  });

  it.each([
    [
      "a truncated hash list",
      (e: { hashes: Uint8Array; ids: Uint8Array }) => ({ ...e, hashes: e.hashes.subarray(0, 2) }),
      2,
      /truncated/,
    ],
    [
      "too few ids",
      (e: { hashes: Uint8Array; ids: Uint8Array }) => ({ ...e, ids: e.ids.subarray(0, 1) }),
      2,
      /ids hold 1 bytes/,
    ],
    ["more hashes than words", (e: { hashes: Uint8Array; ids: Uint8Array }) => e, 1, /ids hold 2 bytes/],
  ])("rejects %s", (_, mutate, words, message) => {
    const bad = mutate(encodeClusters(pairs({ one: 0, two: 1 }), 2));
    expect(() => decodeClusters(bad.hashes, bad.ids, 2, words)).toThrow(message);
  });

  it("rejects an id outside the cluster count", () => {
    const enc = encodeClusters(pairs({ one: 5 }), 8);
    expect(() => decodeClusters(enc.hashes, enc.ids, 4, 1)).toThrow(
      /cluster id 5 is not below the cluster count 4/,
    );
  });
});
