// Training only, but pure (no file system): labelled policies + a configuration → a fitted model.
// scripts/train.ts feeds it OPP-115; the unit tests feed it a tiny self-written fixture.
import type { ClusterTable } from "../../../lib/classify/clusters.ts";
import type { FeatureConfig, SegmentInput } from "../../../lib/classify/featurize.ts";
import { predictProbabilities } from "../../../lib/classify/infer.ts";
import { LABELS } from "../../../lib/classify/labels.ts";
import type { ClusterFile, Model, ModelFile } from "../../../lib/classify/model-format.ts";
import { exportModel, type TrainedStage } from "./export.ts";
import { type LinearOptions, trainLinear } from "./linear.ts";
import type { SelfTrainOptions } from "./self-train.ts";
import { extractRaw, type RawFeatures, vectorize } from "./vectors.ts";
import { buildVocabulary, rowLookup } from "./vocab.ts";
import type { ClusterOptions } from "./word-clusters.ts";

export interface LabelledInput extends SegmentInput {
  /** Names of the labels (categories and finer labels) that hold. */
  gold: readonly string[];
  /** Optional share of annotators (0–1) who gave each label; used when TrainConfig.softTargets > 0. */
  votes?: Readonly<Record<string, number>>;
  /** Weight of this segment's loss in the fit (absent = 1), e.g. lower for examples from another corpus. */
  weight?: number;
}
/** One policy: its segments in document order. */
export type LabelledPolicy = readonly LabelledInput[];

/** What is fitted: the features, the vocabulary cut and the solver settings. */
export interface TrainConfig {
  features: FeatureConfig;
  minDf: number;
  linear: LinearOptions;
  /**
   * Training target = (1 − softTargets) · gold + softTargets · share of annotators who gave the
   * label (segments' `votes`). 0 or absent: the plain 0/1 gold labels.
   */
  softTargets?: number;
  /**
   * How the word clusters read by features.weights.clusters are learned from unlabelled text
   * (scripts/lib/classifier/word-clusters.ts); the caller learns them and passes them to fitStage.
   */
  clusters?: ClusterOptions;
  /**
   * ToS;DR quotes of the cases that map to a category (scripts/lib/classifier/tosdr-examples.ts)
   * added to the fitted policies; the caller reads and passes them. Absent = none.
   */
  tosdr?: { privacyOnly: boolean; weight: number };
  /**
   * Self-training on the unlabelled OTA privacy policies (scripts/lib/classifier/self-train.ts):
   * the recipe without it labels them, and its sure segments join the fit. Absent = none.
   */
  selfTrain?: SelfTrainOptions;
}

/** Learned word clusters: the file form the model carries and the table the featurizer reads. */
export interface ClusterResource {
  file: ClusterFile;
  table: ClusterTable;
}

export function goldMatrix(policies: readonly LabelledPolicy[]): Uint8Array {
  const L = LABELS.length;
  const index = new Map(LABELS.map((l, i) => [l, i]));
  const segs = policies.flat();
  const out = new Uint8Array(segs.length * L);
  segs.forEach((s, i) => {
    for (const g of s.gold) {
      const l = index.get(g);
      if (l !== undefined) out[i * L + l] = 1;
    }
  });
  return out;
}

function rowsOf(matrix: Uint8Array, L: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < matrix.length; i += L) out.push(matrix.subarray(i, i + L));
  return out;
}

/** Training targets per segment: the gold 0/1 labels, blended with the annotator shares when asked. */
export function targetRows(policies: readonly LabelledPolicy[], soft: number): ArrayLike<number>[] {
  const L = LABELS.length;
  const hard = rowsOf(goldMatrix(policies), L);
  if (!(soft > 0)) return hard;
  const segs = policies.flat();
  return hard.map((row, i) => {
    const votes = segs[i]?.votes ?? {};
    return Float32Array.from(row, (g, l) => (1 - soft) * g + soft * (votes[LABELS[l] ?? ""] ?? g));
  });
}

/**
 * Raw features of one policy under a feature configuration. Features are extracted per policy
 * (neighbours never cross a policy boundary), so callers that fit many models on overlapping sets
 * of policies may pass a cache of these instead of re-extracting.
 */
export type RawSource = (policy: LabelledPolicy, index: number) => RawFeatures[];

/** Vocabulary + the linear model on all the policies. */
export function fitStage(
  policies: readonly LabelledPolicy[],
  cfg: TrainConfig,
  raw: RawSource | null = null,
  clusters: ClusterResource | null = null,
): TrainedStage {
  if ((cfg.features.weights.clusters ?? 0) > 0 && !clusters)
    throw new Error("fitStage: features.weights.clusters is set but no word clusters were given");
  const source: RawSource = raw ?? ((p) => extractRaw(p, cfg.features, undefined, clusters?.table ?? null));
  const raws = policies.flatMap((p, i) => source(p, i));
  const vocab = buildVocabulary(raws, cfg.minDf);
  const rowOf = rowLookup(vocab);
  const X = raws.map((r) => vectorize(r, rowOf, vocab.idf, cfg.features));
  const Y = targetRows(policies, cfg.softTargets ?? 0);
  const segs = policies.flat();
  const weighted = segs.some((s) => s.weight !== undefined && s.weight !== 1);
  const weights = weighted ? Float64Array.from(segs, (s) => s.weight ?? 1) : undefined;
  const linear = trainLinear(X, Y, vocab.buckets.length, LABELS.length, cfg.linear, weights);
  const stage: TrainedStage = { features: cfg.features, vocab, linear };
  if (clusters && (cfg.features.weights.clusters ?? 0) > 0) stage.clusters = clusters.file;
  return stage;
}

/** The fitted model as a file with 0.5 thresholds and no category floor (the decision comes next). */
export function untunedFile(stage: TrainedStage): ModelFile {
  return exportModel({ ...stage, thresholds: LABELS.map(() => 0.5) });
}

/** Probabilities for every segment of every policy, row-major [segment][label], policies concatenated. */
export function predictPolicies(model: Model, policies: readonly LabelledPolicy[]): Float32Array {
  const L = model.labels.length;
  const total = policies.reduce((n, p) => n + p.length, 0);
  const out = new Float32Array(total * L);
  let offset = 0;
  for (const p of policies) {
    out.set(predictProbabilities(model, p), offset * L);
    offset += p.length;
  }
  return out;
}
