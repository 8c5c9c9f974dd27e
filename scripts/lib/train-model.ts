/**
 * The classifier's candidate recipes and the one that ships, shared by `npm run train` (select by
 * cross-validation, fit on all labelled policies, write the bundled model), `npm run
 * eval:classify` (the same cross-validation, per category) and `npm run eval:summary` (the
 * shipped recipe's fold models). Change a recipe here and all three follow; a recipe is part of
 * its fold models' cache key (scripts/lib/classifier/cache.ts), so they are refitted.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { FeatureConfig } from "../../lib/classify/featurize.ts";
import { decodeModelFile, type ModelFile } from "../../lib/classify/model-format.ts";
import { type Cached, cachedJson, FIT_FILES } from "./classifier/cache.ts";
import { CLUSTER_FILES, otaClusters } from "./classifier/cluster-resource.ts";
import type { Learner } from "./classifier/cv.ts";
import type { LinearOptions } from "./classifier/linear.ts";
import {
  type ClusterResource,
  fitStage,
  type LabelledPolicy,
  predictPolicies,
  type RawSource,
  type TrainConfig,
  untunedFile,
} from "./classifier/pipeline.ts";
import { labelledPolicy } from "./classifier/policies.ts";
import { pseudoLabelled } from "./classifier/self-train.ts";
import { tosdrExamples } from "./classifier/tosdr-examples.ts";
import { extractRaw, type RawFeatures } from "./classifier/vectors.ts";
import type { ClusterOptions } from "./classifier/word-clusters.ts";
import { readOtaPolicySegments } from "./ota-text.ts";
import { readTosdrPoints, tosdrPointsFile } from "./tosdr.ts";

const WORD_FEATURES: FeatureConfig = {
  hashBits: 20,
  wordNgrams: 2,
  charMin: 0,
  charMax: 0,
  weights: { words: 1, chars: 0, heading: 0.3, context: 0.6, meta: 0.3 },
};
const LINEAR: LinearOptions = {
  c: 16,
  iterations: 200,
  // Positives weigh min(10, (neg/pos)^0.75): rare labels (retention, DNT, opt-out kinds) gain recall.
  positivePower: 0.75,
  maxPositiveWeight: 10,
};
/** Word 1–2-grams of the segment + heading, neighbours' words, position/length. */
const WORD: TrainConfig = { features: WORD_FEATURES, minDf: 3, linear: LINEAR };
/**
 * The segment's words cut to their first 5 characters ("collected", "collection" → "colle"),
 * 1–2-grams, instead of the words themselves: a cheap stemmer. Heading, context, meta as WORD.
 */
const PREFIX5: TrainConfig = {
  ...WORD,
  features: { ...WORD_FEATURES, prefixLen: 5, weights: { ...WORD_FEATURES.weights, words: 0, prefixes: 1 } },
};

const withWeights = (cfg: TrainConfig, weights: Partial<FeatureConfig["weights"]>): TrainConfig => ({
  ...cfg,
  features: { ...cfg.features, weights: { ...cfg.features.weights, ...weights } },
});

/** Word clusters over the English OTA documents (scripts/lib/classifier/word-clusters.ts). */
const CLUSTERS: ClusterOptions = {
  vocabulary: 20000,
  minCount: 5,
  contexts: 5000,
  window: 3,
  dims: 64,
  k: 256,
  iterations: 20,
  seed: 1,
};
const PRE5_NOCTX = withWeights(PREFIX5, { context: 0 });
const withClusters = (
  cfg: TrainConfig,
  weight: number,
  ngrams: number,
  clusters: ClusterOptions = CLUSTERS,
): TrainConfig => ({
  ...cfg,
  clusters,
  features: {
    ...cfg.features,
    clusterNgrams: ngrams,
    weights: { ...cfg.features.weights, clusters: weight },
  },
});

/**
 * `npm run train` cross-validates each and ships the best fold-mean category macro- + micro-F1.
 * Fold mean ± sd (5 folds, 95 policies), categories macro / micro: pre5-noctx 0.785 ± 0.024 /
 * 0.789 ± 0.020; pre5 0.778 ± 0.026 / 0.785 ± 0.021; pre5-c4 0.774 / 0.784; word 0.773 / 0.784;
 * pre5-soft 0.769 / 0.779. The neighbours' words, which dev had favoured, cost 0.007 macro out of
 * fold. (Prefixes with the whole words beside them were not cross-validated: two cores, one evening.)
 */
export const CANDIDATES: [string, TrainConfig][] = [
  ["pre5", PREFIX5],
  // Stronger L2.
  ["pre5-c4", { ...PREFIX5, linear: { ...LINEAR, c: 4 } }],
  // Targets blended half with the share of annotators who gave the label.
  ["pre5-soft", { ...PREFIX5, softTargets: 0.5 }],
  ["word", WORD],
  // Without the neighbouring segments' words.
  ["pre5-noctx", PRE5_NOCTX],
];

/**
 * More signal from unlabelled and other-labelled text (issue 16), each cross-validated against
 * pre5-noctx with the same folds; `npm run train -- --experiments` (or `--only NAME`) runs them.
 * Fold mean ± sd, categories macro / micro: see the README's "The classifier".
 */
export const EXPERIMENTS: [string, TrainConfig][] = [
  // Word-cluster ids of the segment's words (1-grams, or 1–2-grams), clusters from OTA text.
  ["clu256-w5", withClusters(PRE5_NOCTX, 0.5, 1)],
  ["clu256-w5-bi", withClusters(PRE5_NOCTX, 0.5, 2)],
  ["clu256-w3-bi", withClusters(PRE5_NOCTX, 0.3, 2)],
  ["clu1024-w5-bi", withClusters(PRE5_NOCTX, 0.5, 2, { ...CLUSTERS, k: 1024 })],
  // Clusters only for words outside the 500 most frequent (rarer words borrow their cluster's weight).
  ["clu256-w3-rare", withClusters(PRE5_NOCTX, 0.3, 1, { ...CLUSTERS, skipTop: 500 })],
  // ToS;DR quotes of mapped cases as extra one-segment examples (privacy documents only, or all).
  ["tosdr-priv", { ...PRE5_NOCTX, tosdr: { privacyOnly: true, weight: 1 } }],
  ["tosdr-priv-w3", { ...PRE5_NOCTX, tosdr: { privacyOnly: true, weight: 0.3 } }],
  ["tosdr-all-w3", { ...PRE5_NOCTX, tosdr: { privacyOnly: false, weight: 0.3 } }],
  // Self-training: the fold's own model labels OTA privacy-policy segments it is sure of.
  [
    "self-c9-w3",
    { ...PRE5_NOCTX, selfTrain: { confidence: 0.9, weight: 0.3, maxSegments: 3000, minWords: 8 } },
  ],
];

/** What `npm run train` ships (it warns when its cross-validated selection differs). */
export const SHIPPED_CANDIDATE = "pre5-noctx";

export function candidateConfig(name: string): TrainConfig {
  const all = [...CANDIDATES, ...EXPERIMENTS];
  const found = all.find(([n]) => n === name);
  if (!found) throw new Error(`no candidate named ${name}; known: ${all.map(([n]) => n).join(", ")}`);
  return found[1];
}

export function shippedConfig(): TrainConfig {
  return candidateConfig(SHIPPED_CANDIDATE);
}

/** Raw features per (feature configuration, policy), shared by every fit in this process. */
const raws = new Map<string, RawFeatures[]>();
function rawSource(cfg: TrainConfig, names: readonly string[], clusters: ClusterResource | null): RawSource {
  const fk = JSON.stringify([cfg.features, cfg.clusters ?? null]);
  return (policy, i) => {
    const key = `${fk}\n${names[i]}`;
    let r = raws.get(key);
    if (!r) {
      r = extractRaw(policy, cfg.features, undefined, clusters?.table ?? null);
      raws.set(key, r);
    }
    return r;
  };
}

/** Files whose contents decide the ToS;DR examples. */
const TOSDR_FILES = ["scripts/lib/classifier/tosdr-examples.ts", "scripts/lib/tosdr.ts"];

/** The ToS;DR examples a recipe adds, with a digest of the points file; null when it adds none. */
function recipeExtras(cfg: TrainConfig): { policies: LabelledPolicy[]; digest: string } | null {
  if (!cfg.tosdr) return null;
  const file = tosdrPointsFile();
  const digest = createHash("sha256").update(readFileSync(file)).digest("hex");
  return {
    policies: tosdrExamples(readTosdrPoints(file).points, cfg.tosdr.privacyOnly, cfg.tosdr.weight),
    digest,
  };
}

const SELF_TRAIN_FILES = ["scripts/lib/classifier/self-train.ts", "scripts/lib/ota-text.ts"];

/**
 * Self-training examples for a fit on `names`: the recipe without self-training, fitted on the same
 * policies (cached), labels the OTA privacy policies; null when the recipe does not self-train.
 */
function selfTrained(
  cfg: TrainConfig,
  names: readonly string[],
  log: (line: string) => void,
): { policies: () => LabelledPolicy[]; digest: string } | null {
  const opts = cfg.selfTrain;
  if (!opts) return null;
  const ota = readOtaPolicySegments("en");
  let memo: LabelledPolicy[] | null = null;
  return {
    digest: ota.digest,
    policies: () => {
      if (!memo) {
        const { selfTrain: _, ...teacherCfg } = cfg;
        const teacher = decodeModelFile(fittedFile(teacherCfg, names, log).value);
        const probs = ota.docs.map((d) =>
          predictPolicies(teacher, [d.segments.map((s) => ({ ...s, gold: [] }))]),
        );
        memo = pseudoLabelled(ota.docs, probs, opts);
        log(`  self-training: ${memo.reduce((n, p) => n + p.length, 0)} sure OTA segments`);
      }
      return memo;
    },
  };
}

/** The word clusters a recipe reads, or null when it reads none. */
function recipeClusters(
  cfg: TrainConfig,
  log: (line: string) => void,
): (ClusterResource & { digest: string }) | null {
  if (!((cfg.features.weights.clusters ?? 0) > 0)) return null;
  if (!cfg.clusters)
    throw new Error("a recipe with cluster features needs its cluster options (TrainConfig.clusters)");
  return otaClusters(cfg.clusters, log);
}

/** The recipe fitted on `fit` (sorted names), thresholds 0.5: cached, since fitting takes a while. */
export function fittedFile(
  cfg: TrainConfig,
  fit: readonly string[],
  log: (line: string) => void = () => {},
): Cached<ModelFile> {
  const names = [...fit].sort();
  const clusters = recipeClusters(cfg, log);
  const extra = recipeExtras(cfg);
  const pseudo = selfTrained(cfg, names, log);
  const parts = {
    kind: "classifier",
    cfg,
    fit: names,
    ...(clusters ? { clusterData: clusters.digest } : {}),
    ...(extra ? { tosdrData: extra.digest } : {}),
    ...(pseudo ? { otaData: pseudo.digest } : {}),
  };
  const files = [
    ...FIT_FILES,
    ...(clusters ? CLUSTER_FILES : []),
    ...(extra ? TOSDR_FILES : []),
    ...(pseudo ? SELF_TRAIN_FILES : []),
  ];
  const out = cachedJson(parts, files, () => {
    const policies = names.map(labelledPolicy);
    const keys = [...names];
    if (extra) {
      policies.push(...extra.policies);
      keys.push(...extra.policies.map((_, i) => `tosdr:${i}`));
    }
    if (pseudo) {
      policies.push(...pseudo.policies());
      // Pseudo-labels differ per fold: their features are not shared through the raw cache.
      keys.push(...pseudo.policies().map((_, i) => `self:${names.join(",")}:${i}`));
    }
    return untunedFile(fitStage(policies, cfg, rawSource(cfg, keys, clusters), clusters));
  });
  if (!out.cached) log(`  fitted on ${names.length} policies in ${out.seconds.toFixed(1)} s`);
  return out;
}

/** A candidate as a cross-validation learner (decision rule chosen out of fold). */
export function recipeLearner(name: string, log?: (line: string) => void): Learner {
  const cfg = candidateConfig(name);
  return {
    name,
    tuned: true,
    predict: (fit, predict) =>
      predictPolicies(decodeModelFile(fittedFile(cfg, fit, log).value), predict.map(labelledPolicy)),
  };
}
