// Training only, but pure (no file system): labelled policies + a configuration → a model file.
// scripts/train.ts feeds it OPP-115; the unit tests feed it a tiny self-written fixture.
import { extractRaw, type FeatureConfig, type SegmentInput, type SparseVector, vectorize } from "./featurize";
import { predictProbabilities, STACK_LOGIT_SCALE, stackInput } from "./infer";
import { LABELS } from "./labels";
import { decodeModelFile, type Model, type ModelFile } from "./model-format";
import { exportModel, type TrainedStage } from "./train-export";
import { type LinearOptions, trainDenseLogistic, trainLinear } from "./train-linear";
import { buildVocabulary, rowLookup } from "./train-vocab";

export interface LabelledInput extends SegmentInput {
  /** Names of the labels (categories and finer labels) that hold. */
  gold: readonly string[];
  /** Optional share of annotators (0–1) who gave each label; used when TrainConfig.softTargets > 0. */
  votes?: Readonly<Record<string, number>>;
}
/** One policy: its segments in document order. */
export type LabelledPolicy = readonly LabelledInput[];

export interface StackOptions {
  /** Policy-level folds used to get out-of-fold first-stage scores for the training set. */
  folds: number;
  iterations: number;
  learningRate: number;
  l2: number;
  positiveWeight: number;
}

/** One linear model of the ensemble: its features, vocabulary cut and solver settings. */
export interface StageConfig {
  features: FeatureConfig;
  minDf: number;
  linear: LinearOptions;
  /**
   * Training target = (1 − softTargets) · gold + softTargets · share of annotators who gave the
   * label (segments' `votes`). 0 or absent: the plain 0/1 gold labels.
   */
  softTargets?: number;
}

export interface TrainConfig extends StageConfig {
  /** Further ensemble members trained on the same data; probabilities are averaged at inference. */
  extraStages?: readonly StageConfig[];
  stack: StackOptions | null;
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

/** Vocabulary + one linear model on all the policies. */
export function fitStage(policies: readonly LabelledPolicy[], cfg: StageConfig): TrainedStage {
  const L = LABELS.length;
  // Features are extracted per policy: neighbours never cross a policy boundary.
  const raws = policies.flatMap((p) => extractRaw(p, cfg.features));
  const vocab = buildVocabulary(raws, cfg.minDf);
  const rowOf = rowLookup(vocab);
  const X: SparseVector[] = raws.map((r) => vectorize(r, rowOf, vocab.idf, cfg.features));
  const Y = targetRows(policies, cfg.softTargets ?? 0);
  const linear = trainLinear(X, Y, vocab.buckets.length, L, cfg.linear);
  return { features: cfg.features, vocab, linear };
}

/** Vocabulary + linear first stage (every ensemble member); thresholds 0.5 and no stack yet. */
export function fitFirstStage(
  policies: readonly LabelledPolicy[],
  cfg: TrainConfig,
  meta?: Record<string, unknown>,
): ModelFile {
  const first = fitStage(policies, cfg);
  const extra = (cfg.extraStages ?? []).map((st) => fitStage(policies, st));
  return exportModel({ ...first, extra, thresholds: LABELS.map(() => 0.5), meta });
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

/** Stack weights [label][3L+1] learned on out-of-fold first-stage scores of the training policies. */
export function fitStack(
  policies: readonly LabelledPolicy[],
  cfg: TrainConfig,
  stack: StackOptions,
): number[] {
  const L = LABELS.length;
  const folds = Math.max(2, Math.min(stack.folds, policies.length));
  const oof: Float32Array[] = policies.map(() => new Float32Array(0));
  for (let f = 0; f < folds; f++) {
    const trainPart = policies.filter((_, i) => i % folds !== f);
    const heldOut = policies.map((p, i) => ({ p, i })).filter(({ i }) => i % folds === f);
    const model = decodeModelFile(fitFirstStage(trainPart, cfg));
    for (const { p, i } of heldOut) oof[i] = predictProbabilities(model, p);
  }
  const inputs: Float64Array[] = [];
  policies.forEach((p, i) => {
    const first = oof[i] ?? new Float32Array(0);
    for (let s = 0; s < p.length; s++) {
      const x = new Float64Array(3 * L + 1);
      stackInput(first, L, p.length, s, x);
      inputs.push(x);
    }
  });
  const gold = goldMatrix(policies);
  const weights: number[] = [];
  for (let l = 0; l < L; l++) {
    const y = new Uint8Array(inputs.length);
    for (let i = 0; i < inputs.length; i++) y[i] = gold[i * L + l] ?? 0;
    // Start from "the first stage alone": weight STACK_LOGIT_SCALE on the label's own scaled logit.
    const init = new Float64Array(3 * L + 1);
    init[l] = STACK_LOGIT_SCALE;
    weights.push(...trainDenseLogistic(inputs, y, init, stack));
  }
  return weights;
}

/** Full training: first stage on all training policies, plus the stacking stage when configured. */
export function trainModelFile(
  policies: readonly LabelledPolicy[],
  cfg: TrainConfig,
  meta?: Record<string, unknown>,
): ModelFile {
  const file = fitFirstStage(policies, cfg, meta);
  if (cfg.stack)
    file.stack = { weights: fitStack(policies, cfg, cfg.stack).map((w) => Number(w.toPrecision(5))) };
  return file;
}
