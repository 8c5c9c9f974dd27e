/**
 * The classifier's candidate recipes and the one that ships, shared by `npm run train` (select by
 * cross-validation, fit on all labelled policies, write the bundled model), `npm run
 * eval:classify` (the same cross-validation, per category) and `npm run eval:summary` (the
 * shipped recipe's fold models). Change a recipe here and all three follow; a recipe is part of
 * its fold models' cache key (scripts/lib/classifier/cache.ts), so they are refitted.
 */
import type { FeatureConfig } from "../../lib/classify/featurize.ts";
import { decodeModelFile, type ModelFile } from "../../lib/classify/model-format.ts";
import { type Cached, cachedJson, FIT_FILES } from "./classifier/cache.ts";
import type { Learner } from "./classifier/cv.ts";
import type { LinearOptions } from "./classifier/linear.ts";
import {
  fitStage,
  predictPolicies,
  type RawSource,
  type TrainConfig,
  untunedFile,
} from "./classifier/pipeline.ts";
import { labelledPolicy } from "./classifier/policies.ts";
import { extractRaw, type RawFeatures } from "./classifier/vectors.ts";

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
  ["pre5-noctx", withWeights(PREFIX5, { context: 0 })],
];

/** What `npm run train` ships (it warns when its cross-validated selection differs). */
export const SHIPPED_CANDIDATE = "pre5-noctx";

export function candidateConfig(name: string): TrainConfig {
  const found = CANDIDATES.find(([n]) => n === name);
  if (!found) throw new Error(`no candidate named ${name}; known: ${CANDIDATES.map(([n]) => n).join(", ")}`);
  return found[1];
}

export function shippedConfig(): TrainConfig {
  return candidateConfig(SHIPPED_CANDIDATE);
}

/** Raw features per (feature configuration, policy), shared by every fit in this process. */
const raws = new Map<string, RawFeatures[]>();
function rawSource(cfg: TrainConfig, names: readonly string[]): RawSource {
  const fk = JSON.stringify(cfg.features);
  return (policy, i) => {
    const key = `${fk}\n${names[i]}`;
    let r = raws.get(key);
    if (!r) {
      r = extractRaw(policy, cfg.features);
      raws.set(key, r);
    }
    return r;
  };
}

/** The recipe fitted on `fit` (sorted names), thresholds 0.5: cached, since fitting takes a while. */
export function fittedFile(
  cfg: TrainConfig,
  fit: readonly string[],
  log: (line: string) => void = () => {},
): Cached<ModelFile> {
  const names = [...fit].sort();
  const out = cachedJson({ kind: "classifier", cfg, fit: names }, FIT_FILES, () =>
    untunedFile(fitStage(names.map(labelledPolicy), cfg, rawSource(cfg, names))),
  );
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
