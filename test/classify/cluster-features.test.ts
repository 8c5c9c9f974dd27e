// The "clusters" feature group: cluster ids of the segment's words, read from a model's table.
import { describe, expect, it } from "vitest";
import { encodeBase64 } from "../../lib/classify/base64";
import { encodeClusters } from "../../lib/classify/clusters";
import { type FeatureConfig, GROUPS } from "../../lib/classify/featurize";
import { fnv1a } from "../../lib/classify/hash";
import { classifySegments, parseModel } from "../../lib/classify/index";
import { type ClusterFile, type ModelFile, payloadChecksum } from "../../lib/classify/model-format";
import { clusterTableOf } from "../../scripts/lib/classifier/cluster-resource";
import { fitStage, untunedFile } from "../../scripts/lib/classifier/pipeline";
import { extractRaw } from "../../scripts/lib/classifier/vectors";
import { FIXTURE_CONFIG, FIXTURE_POLICIES } from "./fixture";

const WORDS: Record<string, number> = {
  partners: 0,
  vendors: 0,
  affiliates: 0,
  cookies: 1,
  beacons: 1,
  share: 2,
  disclose: 2,
};
const file = (): ClusterFile => {
  const enc = encodeClusters(
    Object.entries(WORDS).map(([w, id]) => [fnv1a(w), id]),
    4,
  );
  return {
    count: 4,
    words: Object.keys(WORDS).length,
    hashes: encodeBase64(enc.hashes),
    ids: encodeBase64(enc.ids),
  };
};
const CLUSTERS = clusterTableOf(file());
const ONLY: FeatureConfig = {
  ...FIXTURE_CONFIG.features,
  clusterNgrams: 1,
  weights: { words: 0, chars: 0, heading: 0, context: 0, meta: 0, clusters: 1 },
};
const keys = (text: string, cfg: FeatureConfig = ONLY, table = CLUSTERS.table): number[] => {
  const [raw] = extractRaw([{ text, heading: "" }], cfg, undefined, table);
  expect([...(raw?.groups ?? [])].every((g) => g === GROUPS.indexOf("clusters"))).toBe(true);
  return [...(raw?.buckets ?? [])].sort();
};

describe("cluster features", () => {
  it("gives words of one cluster the same features", () => {
    expect(keys("partners")).toEqual(keys("vendors"));
    expect(keys("we share with affiliates")).toEqual(keys("we disclose to partners"));
    expect(keys("partners")).not.toEqual(keys("beacons"));
  });

  it("gives a word without a cluster no feature", () => {
    expect(keys("giraffe")).toEqual([]);
  });

  it("adds cluster bigrams only when asked, and none across a word without a cluster", () => {
    const bi = { ...ONLY, clusterNgrams: 2 };
    expect(keys("share partners", bi).length).toBe(3);
    expect(keys("share partners", bi)).toEqual(keys("disclose vendors", bi));
    expect(keys("share partners", bi)).not.toEqual(keys("partners share", bi));
    // The unknown word is its own "none" id: share·none and none·partners, not share·partners.
    expect(keys("share giraffe partners", bi)).not.toEqual(
      expect.arrayContaining(keys("share partners", bi)),
    );
  });

  it("stays off without a weight or without a table", () => {
    const off = { ...ONLY, weights: { ...ONLY.weights, clusters: 0, words: 1 } };
    const [a] = extractRaw([{ text: "partners", heading: "" }], off, undefined, CLUSTERS.table);
    expect([...(a?.groups ?? [])].includes(GROUPS.indexOf("clusters"))).toBe(false);
    const [b] = extractRaw([{ text: "partners", heading: "" }], ONLY, undefined, null);
    expect(b?.buckets.length).toBe(0);
  });
});

describe("a model with word clusters", () => {
  const cfg = {
    ...FIXTURE_CONFIG,
    features: {
      ...FIXTURE_CONFIG.features,
      clusterNgrams: 2,
      weights: { ...FIXTURE_CONFIG.features.weights, clusters: 0.5 },
    },
  };
  const trained = () => untunedFile(fitStage(FIXTURE_POLICIES, cfg, null, CLUSTERS));

  it("carries its table and scores the same after a JSON round trip", () => {
    const f = trained();
    expect(f.version).toBe(6);
    expect(untunedFile(fitStage(FIXTURE_POLICIES, FIXTURE_CONFIG)).version).toBe(5);
    expect(f.clusters?.words).toBe(Object.keys(WORDS).length);
    const model = parseModel(JSON.parse(JSON.stringify(f)));
    expect(model.clusters?.count).toBe(4);
    const segs = [{ text: "We pass order details to our vendors.", heading: "" }];
    expect(classifySegments(model, segs)).toEqual(
      classifySegments(parseModel(JSON.parse(JSON.stringify(f))), segs),
    );
  });

  it("refuses to be fitted without the clusters its features read", () => {
    expect(() => fitStage(FIXTURE_POLICIES, cfg)).toThrow(/no word clusters were given/);
  });

  it.each([
    [
      "an edited cluster payload",
      (m: Record<string, unknown>) => {
        const c = m.clusters as ClusterFile;
        return { ...m, clusters: { ...c, ids: (c.ids[0] === "A" ? "B" : "A") + c.ids.slice(1) } };
      },
      /checksum mismatch/,
    ],
    [
      "version 5, which predates clusters",
      (m: Record<string, unknown>) => ({ ...m, version: 5 }),
      /a version 5 file cannot carry word clusters/,
    ],
    [
      "a wrong word count",
      (m: Record<string, unknown>) => ({ ...m, clusters: { ...(m.clusters as ClusterFile), words: 3 } }),
      /cluster ids hold/,
    ],
    [
      "a cluster weight without a table",
      (m: Record<string, unknown>) => {
        const { clusters: _, ...rest } = m;
        return { ...rest, checksum: payloadChecksum(rest as unknown as ModelFile) };
      },
      /features\.weights\.clusters is set but the file has no clusters table/,
    ],
  ])("is rejected with %s", (_, mutate, message) => {
    const bad = mutate(JSON.parse(JSON.stringify(trained())) as Record<string, unknown>);
    expect(() => parseModel(bad)).toThrow(/^Model file is invalid: /);
    expect(() => parseModel(bad)).toThrow(message);
  });
});
