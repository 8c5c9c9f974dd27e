/**
 * Training side of the sentence-level attribute classifiers (scripts only): hashed negation-marked
 * features (lib/summarize/attribute-features.ts), L2 logistic regression solved with the project's
 * L-BFGS (scripts/lib/classifier/lbfgs.ts), int8 weights as shipped, and the settings chosen by
 * cross-validation inside whatever policies it is given.
 *
 * Binary tasks train one output (the first class is the positive one) and decide with a threshold;
 * multi-class tasks train one-vs-rest outputs and take the most probable class. Deterministic: no
 * randomness, fixed order everywhere.
 */

import { attributeFeatures, type NegationMode } from "../../lib/summarize/attribute-features.ts";
import { trainLbfgs } from "./classifier/lbfgs.ts";
import type { SparseVector } from "./classifier/vectors.ts";

export interface FeatureSettings {
  hashBits: number;
  negation: NegationMode;
}

/**
 * Feature variants the recipe chooses between inside the training policies: negation marking alone,
 * or marking with the plain word kept beside NEG_word. 2^12 buckets keep the shipped file at 4 KB of
 * weights per output (2^10–2^14 measured the same for sharing Does/Does Not within the fold spread).
 */
export const HASH_BITS = 12;
export const FEATURE_CANDIDATES: readonly FeatureSettings[] = [
  { hashBits: HASH_BITS, negation: "mark" },
  { hashBits: HASH_BITS, negation: "mark+plain" },
];
/** Inverse L2 strengths tried (scikit-learn's C over the summed loss; features are L2-normalised). */
export const C_GRID = [1, 3, 10, 30, 100] as const;
/** Binary decision thresholds tried on P(first class). */
export const THRESHOLD_GRID = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);
/** Model confidence above which it overrides a rule that fired. 0.5 = always the model, 1 = rules first. */
export const OVERRIDE_GRID = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1] as const;
const ITERATIONS = 200;

export function vectorize(texts: readonly string[], f: FeatureSettings): SparseVector[] {
  return texts.map((t) => attributeFeatures(t, f));
}

export interface AttributeModel {
  hashBits: number;
  negation: NegationMode;
  /** Outputs: 1 for a binary task (P(first class)), else one per class. */
  outputs: number;
  /** int8 weights, row-major [bucket][output]. */
  weights: Int8Array;
  /** Per-output scale: weight = int8 × scale. */
  scales: Float64Array;
  bias: Float64Array;
}

/** Fits and quantises one model. `labels` are class indices into a task with `classes` classes. */
export function fitAttributeModel(
  X: readonly SparseVector[],
  labels: readonly number[],
  classes: number,
  c: number,
  f: FeatureSettings,
): AttributeModel {
  const outputs = classes === 2 ? 1 : classes;
  const dim = 1 << f.hashBits;
  const Y = labels.map((y) => {
    const row = new Float64Array(outputs);
    if (outputs === 1) row[0] = y === 0 ? 1 : 0;
    else row[y] = 1;
    return row;
  });
  const linear = trainLbfgs(X, Y, dim, outputs, {
    c,
    iterations: ITERATIONS,
    positiveWeights: new Float64Array(outputs).fill(1),
    tolerance: 1e-6,
  });
  const scales = new Float64Array(outputs);
  for (let r = 0; r < dim; r++)
    for (let l = 0; l < outputs; l++)
      scales[l] = Math.max(scales[l] ?? 0, Math.abs(linear.weights[r * outputs + l] ?? 0));
  for (let l = 0; l < outputs; l++) scales[l] = (scales[l] ?? 0) > 0 ? (scales[l] as number) / 127 : 1;
  const weights = new Int8Array(dim * outputs);
  for (let r = 0; r < dim; r++)
    for (let l = 0; l < outputs; l++)
      weights[r * outputs + l] = Math.round((linear.weights[r * outputs + l] ?? 0) / (scales[l] as number));
  return { hashBits: f.hashBits, negation: f.negation, outputs, weights, scales, bias: linear.bias.slice() };
}

/** Probabilities, row-major [example][output], from the int8 weights (what ships). */
export function predictProbs(model: AttributeModel, X: readonly SparseVector[]): Float64Array {
  const L = model.outputs;
  const out = new Float64Array(X.length * L);
  const z = new Float64Array(L);
  X.forEach((x, i) => {
    for (let l = 0; l < L; l++) z[l] = model.bias[l] ?? 0;
    for (let k = 0; k < x.indices.length; k++) {
      const base = (x.indices[k] ?? 0) * L;
      const v = x.values[k] ?? 0;
      for (let l = 0; l < L; l++)
        z[l] = (z[l] ?? 0) + (model.weights[base + l] ?? 0) * (model.scales[l] ?? 1) * v;
    }
    for (let l = 0; l < L; l++) out[i * L + l] = 1 / (1 + Math.exp(-(z[l] ?? 0)));
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Decisions

/** The model's class and its confidence (0.5–1 for a binary task) for one example. */
export function modelDecision(
  probs: Float64Array,
  i: number,
  outputs: number,
  threshold: number,
): { cls: number; confidence: number } {
  if (outputs === 1) {
    // Confidence from 0.5 (at the threshold) to 1 (certain), on either side of the threshold.
    const p = probs[i] ?? 0;
    return p >= threshold
      ? { cls: 0, confidence: threshold < 1 ? 0.5 + (0.5 * (p - threshold)) / (1 - threshold) : 1 }
      : { cls: 1, confidence: threshold > 0 ? 0.5 + (0.5 * (threshold - p)) / threshold : 1 };
  }
  let best = 0;
  let sum = 0;
  for (let l = 0; l < outputs; l++) {
    const p = probs[i * outputs + l] ?? 0;
    sum += p;
    if (p > (probs[i * outputs + best] ?? 0)) best = l;
  }
  return { cls: best, confidence: sum > 0 ? (probs[i * outputs + best] ?? 0) / sum : 0 };
}

/** Score of class `cls` for example i (to choose among several classes a rule names). */
function classScore(probs: Float64Array, i: number, outputs: number, cls: number): number {
  if (outputs === 1) return cls === 0 ? (probs[i] ?? 0) : 1 - (probs[i] ?? 0);
  return probs[i * outputs + cls] ?? 0;
}

/**
 * Rules and model together: the model when it is at least `override` confident, else the rule when
 * it fires (several classes: the one the model rates highest), else the model.
 */
export function combinedDecision(
  probs: Float64Array,
  i: number,
  outputs: number,
  threshold: number,
  rule: readonly number[],
  override: number,
): number {
  const m = modelDecision(probs, i, outputs, threshold);
  if (rule.length === 0 || (override < 1 && m.confidence >= override)) return m.cls;
  let best = rule[0] as number;
  for (const r of rule) if (classScore(probs, i, outputs, r) > classScore(probs, i, outputs, best)) best = r;
  return best;
}

/** Rules alone: the first class the rule names, else the training majority. */
export function ruleDecision(rule: readonly number[], majority: number): number {
  return rule[0] ?? majority;
}

// ---------------------------------------------------------------------------------------------
// Metrics

export interface ClassMetrics {
  accuracy: number;
  macroF1: number;
  /** Per class (NaN when the class has no gold and no prediction here). */
  f1: number[];
  n: number;
}

export function classMetrics(
  gold: readonly number[],
  pred: readonly number[],
  classes: number,
): ClassMetrics {
  const tp = new Array<number>(classes).fill(0);
  const fp = new Array<number>(classes).fill(0);
  const fn = new Array<number>(classes).fill(0);
  let correct = 0;
  gold.forEach((g, i) => {
    const p = pred[i] as number;
    if (p === g) {
      correct++;
      tp[g] = (tp[g] ?? 0) + 1;
    } else {
      fp[p] = (fp[p] ?? 0) + 1;
      fn[g] = (fn[g] ?? 0) + 1;
    }
  });
  const f1 = tp.map((t, c) => {
    const denom = 2 * t + (fp[c] ?? 0) + (fn[c] ?? 0);
    return denom > 0 ? (2 * t) / denom : Number.NaN;
  });
  const present = f1.filter((v) => Number.isFinite(v));
  return {
    accuracy: gold.length > 0 ? correct / gold.length : Number.NaN,
    macroF1: present.length > 0 ? present.reduce((s, v) => s + v, 0) / present.length : Number.NaN,
    f1,
    n: gold.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Settings chosen by cross-validation inside a set of policies

export interface Example {
  text: string;
  label: number;
  /** Class indices the rule names (empty: the rule does not fire). */
  rule: readonly number[];
}

export interface Settings {
  features: FeatureSettings;
  c: number;
  threshold: number;
  override: number;
  /** Pooled out-of-fold macro-F1 of the chosen model and of the chosen combination. */
  modelMacroF1: number;
  combinedMacroF1: number;
}

/** Best value of a grid by score; ties go to the earlier grid entry. */
function argBest<T>(grid: readonly T[], score: (v: T) => number): { value: T; score: number } {
  let value = grid[0] as T;
  let best = Number.NEGATIVE_INFINITY;
  for (const v of grid) {
    const s = score(v);
    if (s > best + 1e-12) {
      best = s;
      value = v;
    }
  }
  return { value, score: best };
}

/** Out-of-group probabilities: each group predicted by a model fitted on the other groups. */
function outOfGroupProbs(
  groups: readonly Example[][],
  classes: number,
  c: number,
  f: FeatureSettings,
  vectors: readonly SparseVector[][],
): Float64Array {
  const outputs = classes === 2 ? 1 : classes;
  const all = new Float64Array(groups.reduce((n, g) => n + g.length, 0) * outputs);
  let o = 0;
  groups.forEach((_, gi) => {
    const X = vectors.filter((_, j) => j !== gi).flat();
    const y = groups.filter((_, j) => j !== gi).flatMap((g) => g.map((e) => e.label));
    const p = predictProbs(fitAttributeModel(X, y, classes, c, f), vectors[gi] ?? []);
    all.set(p, o);
    o += p.length;
  });
  return all;
}

/**
 * Chooses the feature variant (among `candidates`), C, the binary threshold and the override level
 * by leave-one-group-out over `groups` (policy folds): each group is predicted by a model fitted on
 * the others, the predictions are pooled, and the settings with the best pooled macro-F1 win (ties:
 * the earlier candidate, the smaller C, the threshold nearest 0.5). The override level is chosen
 * last, for the chosen model; with `withRules` false it stays 0.5 (model alone).
 */
export function chooseSettings(
  groups: readonly Example[][],
  classes: number,
  candidates: readonly FeatureSettings[],
  withRules = true,
): Settings {
  const outputs = classes === 2 ? 1 : classes;
  const pooled = groups.flat();
  const gold = pooled.map((e) => e.label);
  const modelF1 = (probs: Float64Array, t: number): number =>
    classMetrics(
      gold,
      pooled.map((_, i) => modelDecision(probs, i, outputs, t).cls),
      classes,
    ).macroF1;
  const thresholds = outputs === 1 ? [0.5, ...THRESHOLD_GRID.filter((t) => t !== 0.5)] : [0.5];
  let best = {
    features: candidates[0] as FeatureSettings,
    c: C_GRID[0] as number,
    threshold: 0.5,
    score: Number.NEGATIVE_INFINITY,
    probs: new Float64Array(0) as Float64Array<ArrayBufferLike>,
  };
  for (const f of candidates) {
    const vectors = groups.map((g) =>
      vectorize(
        g.map((e) => e.text),
        f,
      ),
    );
    for (const c of C_GRID) {
      const probs = outOfGroupProbs(groups, classes, c, f, vectors);
      const t = argBest(thresholds, (th) => modelF1(probs, th));
      if (t.score > best.score + 1e-12) best = { features: f, c, threshold: t.value, score: t.score, probs };
    }
  }
  const ov = withRules
    ? argBest(
        OVERRIDE_GRID,
        (v) =>
          classMetrics(
            gold,
            pooled.map((e, i) => combinedDecision(best.probs, i, outputs, best.threshold, e.rule, v)),
            classes,
          ).macroF1,
      )
    : { value: 0.5, score: best.score };
  return {
    features: best.features,
    c: best.c,
    threshold: best.threshold,
    override: ov.value,
    modelMacroF1: best.score,
    combinedMacroF1: ov.score,
  };
}
