/**
 * The comparison baseline of `npm run eval:classify`: TF-IDF over word 1–2-grams + one-vs-rest
 * logistic regression, in the textbook form (the defaults of common toolkits): lower-cased tokens
 * of two or more letters/digits, every n-gram seen in training kept, raw term counts × smooth IDF,
 * each segment L2-normalised; one L2 logistic regression per label (C = 1) with "balanced" class
 * weights (each class weighs n / (2 · its count), so a rare label's few positives count as much as
 * its negatives), labels holding at probability ≥ 0.5. Segment text only: no heading, neighbours or
 * position. Without the class weights (commit c5b7194) it scored categories macro 0.391, micro
 * 0.612 under the same folds: it almost never predicted the small categories.
 */
import { decodeBase64, encodeBase64 } from "../../../lib/classify/base64.ts";
import { LABELS } from "../../../lib/classify/labels.ts";
import { cachedJson } from "./cache.ts";
import type { Learner } from "./cv.ts";
import { trainLbfgs } from "./lbfgs.ts";
import type { LabelledPolicy } from "./pipeline.ts";
import { labelledPolicy } from "./policies.ts";
import type { SparseVector } from "./vectors.ts";

/**
 * Solved to convergence (at most 100 L-BFGS iterations, the usual toolkit cap): stops when an
 * iteration lowers the objective by less than 1e-9 of it. The solver's default stop (1e-5) quits
 * this small-C problem while the weights are still far from the optimum.
 */
export const BASELINE_RECIPE = {
  ngrams: 2,
  c: 1,
  classWeight: "balanced",
  iterations: 100,
  tolerance: 1e-9,
  minDf: 1,
} as const;

/** Files whose contents decide the baseline's predictions (its cache key). */
const BASELINE_FILES = [
  "lib/classify/labels.ts",
  "lib/types.ts",
  "scripts/lib/classifier/baseline.ts",
  "scripts/lib/classifier/lbfgs.ts",
  "scripts/lib/classifier/policies.ts",
  "scripts/lib/opp115.ts",
];

function terms(text: string): string[] {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}_]{2,}/gu) ?? [];
  const out = [...tokens];
  for (let i = 0; i + 1 < tokens.length; i++) out.push(`${tokens[i]} ${tokens[i + 1]}`);
  return out;
}

export interface BaselineModel {
  vocab: Map<string, number>;
  idf: Float64Array;
  /** Per label: weights over the vocabulary, then the bias. */
  perLabel: { weights: Float64Array; bias: number }[];
}

function vector(text: string, model: Pick<BaselineModel, "vocab" | "idf">): SparseVector {
  const tf = new Map<number, number>();
  for (const t of terms(text)) {
    const j = model.vocab.get(t);
    if (j !== undefined) tf.set(j, (tf.get(j) ?? 0) + 1);
  }
  const indices = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
  const values = Float32Array.from(indices, (j) => (tf.get(j) ?? 0) * (model.idf[j] ?? 0));
  let norm = 0;
  for (const v of values) norm += v * v;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < values.length; k++) values[k] = (values[k] ?? 0) / norm;
  return { indices, values };
}

export function fitBaseline(policies: readonly LabelledPolicy[]): BaselineModel {
  const segs = policies.flat();
  const df = new Map<string, number>();
  for (const s of segs) for (const t of new Set(terms(s.text))) df.set(t, (df.get(t) ?? 0) + 1);
  const kept = [...df.entries()]
    .filter(([, d]) => d >= BASELINE_RECIPE.minDf)
    .map(([t]) => t)
    .sort();
  const vocab = new Map(kept.map((t, j) => [t, j]));
  const n = segs.length;
  const idf = Float64Array.from(kept, (t) => Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1);
  const X = segs.map((s) => vector(s.text, { vocab, idf }));
  const perLabel = LABELS.map((label) => {
    const Y = segs.map((s) => Uint8Array.of(s.gold.includes(label) ? 1 : 0));
    const pos = Y.reduce((k, y) => k + (y[0] ?? 0), 0);
    const neg = n - pos;
    // Balanced weights n/(2·pos) and n/(2·neg): the solver weighs negatives 1, so C carries the
    // negatives' weight and the positives get neg/pos on top.
    const balanced = pos > 0 && neg > 0;
    const m = trainLbfgs(X, Y, kept.length, 1, {
      c: BASELINE_RECIPE.c * (balanced ? n / (2 * neg) : 1),
      iterations: BASELINE_RECIPE.iterations,
      tolerance: BASELINE_RECIPE.tolerance,
      positiveWeights: Float64Array.of(balanced ? neg / pos : 1),
    });
    return { weights: Float64Array.from(m.weights), bias: m.bias[0] ?? 0 };
  });
  return { vocab, idf, perLabel };
}

/** Probabilities, row-major [segment][label], policies concatenated. */
export function predictBaseline(model: BaselineModel, policies: readonly LabelledPolicy[]): Float32Array {
  const segs = policies.flat();
  const L = LABELS.length;
  const out = new Float32Array(segs.length * L);
  segs.forEach((s, i) => {
    const x = vector(s.text, model);
    model.perLabel.forEach(({ weights, bias }, l) => {
      let z = bias;
      for (let k = 0; k < x.indices.length; k++) z += (weights[x.indices[k] ?? 0] ?? 0) * (x.values[k] ?? 0);
      out[i * L + l] = 1 / (1 + Math.exp(-z));
    });
  });
  return out;
}

/** The baseline as a cross-validation learner; its held-out probabilities are cached. */
export function baselineLearner(log: (line: string) => void = () => {}): Learner {
  return {
    name: "baseline",
    tuned: false,
    predict: (fit, predict) => {
      const out = cachedJson(
        { kind: "baseline", recipe: BASELINE_RECIPE, fit: [...fit].sort(), predict },
        BASELINE_FILES,
        () => {
          const probs = predictBaseline(
            fitBaseline([...fit].sort().map(labelledPolicy)),
            predict.map(labelledPolicy),
          );
          return encodeBase64(new Uint8Array(probs.buffer));
        },
      );
      if (!out.cached) log(`  baseline fitted on ${fit.length} policies in ${out.seconds.toFixed(1)} s`);
      const bytes = decodeBase64(out.value);
      if (!bytes) throw new Error("baseline cache entry is not base64");
      return new Float32Array(bytes.slice().buffer);
    },
  };
}
