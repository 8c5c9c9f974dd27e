// Inference: hashed features → int8 linear scores → sigmoid, then the optional stacking stage that
// lets each segment's labels lean on its neighbours' first-stage scores.
import { extractRaw, GROUPS, type SegmentInput } from "./featurize";
import { lookupRow, type Model } from "./model-format";

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** First-stage probabilities, row-major [segment][label]. */
export function linearProbabilities(model: Model, segments: readonly SegmentInput[]): Float32Array {
  const L = model.labels.length;
  const out = new Float32Array(segments.length * L);
  const raws = extractRaw(segments, model.features);
  const groupWeights = GROUPS.map((g) => model.features.weights[g]);
  const z = new Float64Array(L);
  const norms = new Float64Array(GROUPS.length);
  let rows = new Int32Array(256);
  let vals = new Float64Array(256);
  raws.forEach((raw, s) => {
    // Same arithmetic as featurize.vectorize (sublinear TF × IDF, per-group L2, group weight), fused
    // with the dot product and without Maps: this loop is the whole inference cost.
    const n = raw.buckets.length;
    if (rows.length < n) {
      rows = new Int32Array(n * 2);
      vals = new Float64Array(n * 2);
    }
    norms.fill(0);
    for (let k = 0; k < n; k++) {
      const row = lookupRow(model, raw.buckets[k] ?? 0);
      rows[k] = row;
      if (row < 0) continue;
      const v = (1 + Math.log(raw.counts[k] ?? 1)) * (model.idf[row] ?? 1);
      vals[k] = v;
      const g = raw.groups[k] ?? 0;
      norms[g] = (norms[g] ?? 0) + v * v;
    }
    for (let g = 0; g < norms.length; g++) {
      const norm = Math.sqrt(norms[g] ?? 0);
      norms[g] = norm > 0 ? (groupWeights[g] ?? 0) / norm : 0;
    }
    z.fill(0);
    for (let k = 0; k < n; k++) {
      const row = rows[k] ?? -1;
      if (row < 0) continue;
      const v = (vals[k] ?? 0) * (norms[raw.groups[k] ?? 0] ?? 0);
      const base = row * L;
      for (let l = 0; l < L; l++) z[l] = (z[l] ?? 0) + (model.weights[base + l] ?? 0) * v;
    }
    for (let l = 0; l < L; l++) {
      out[s * L + l] = sigmoid((z[l] ?? 0) * (model.weightScales[l] ?? 0) + (model.bias[l] ?? 0));
    }
  });
  return out;
}

/** Scaled, clipped logit: keeps stacking inputs in a range plain gradient descent handles well. */
export const STACK_LOGIT_SCALE = 4;
function stackLogit(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.max(-3, Math.min(3, Math.log(q / (1 - q)) / STACK_LOGIT_SCALE));
}

/**
 * Stacking features of segment s: its own first-stage scores, then the previous and the next
 * segment's (neutral 0 at the policy's edges), then a constant 1 for the bias.
 */
export function stackInput(first: Float32Array, L: number, n: number, s: number, into: Float64Array): void {
  for (let j = 0; j < L; j++) {
    into[j] = stackLogit(first[s * L + j] ?? 0);
    into[L + j] = s > 0 ? stackLogit(first[(s - 1) * L + j] ?? 0) : 0;
    into[2 * L + j] = s + 1 < n ? stackLogit(first[(s + 1) * L + j] ?? 0) : 0;
  }
  into[3 * L] = 1;
}

/** Final probabilities, row-major [segment][label]. */
export function predictProbabilities(model: Model, segments: readonly SegmentInput[]): Float32Array {
  const first = linearProbabilities(model, segments);
  const stack = model.stack;
  if (!stack) return first;
  const L = model.labels.length;
  const n = segments.length;
  const width = 3 * L + 1;
  const input = new Float64Array(width);
  const out = new Float32Array(first.length);
  for (let s = 0; s < n; s++) {
    stackInput(first, L, n, s, input);
    for (let l = 0; l < L; l++) {
      let z = 0;
      for (let j = 0; j < width; j++) z += (stack[l * width + j] ?? 0) * (input[j] ?? 0);
      out[s * L + l] = sigmoid(z);
    }
  }
  return out;
}

/**
 * Maps a probability to a 0–1 score whose 0.5 point is the label's tuned threshold, so callers can
 * read "score ≥ 0.5" as "the label holds" for every label alike.
 */
export function calibratedScore(p: number, threshold: number): number {
  const t = Math.min(0.999, Math.max(0.001, threshold));
  const s = p < t ? (0.5 * p) / t : 0.5 + (0.5 * (p - t)) / (1 - t);
  const rounded = Math.round(Math.min(1, Math.max(0, s)) * 1e4) / 1e4;
  // Rounding must not lift a below-threshold probability onto the 0.5 decision point.
  return p < t ? Math.min(rounded, 0.4999) : rounded;
}
