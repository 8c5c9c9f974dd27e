// Inference: hashed features → int8 linear scores → sigmoid per label; then the decision rule
// (per-label thresholds and the category floor).
import { countFeatures, GROUPS, type SegmentInput, tokenizeSegments } from "./featurize";
import { lookupSlot, type Model } from "./model-format";

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** 1 + ln(count) for small counts (sublinear TF without a Math.log per feature). */
const SUBLINEAR = Float64Array.from({ length: 64 }, (_, c) => (c > 0 ? 1 + Math.log(c) : 0));

/** Probabilities of every label for every segment, row-major [segment][label]. */
export function predictProbabilities(model: Model, segments: readonly SegmentInput[]): Float32Array {
  const L = model.labels.length;
  const out = new Float32Array(segments.length * L);
  const tokens = tokenizeSegments(segments);
  const groupWeights = GROUPS.map((g) => model.features.weights[g] ?? 0);
  const { weights, idf, weightScales, bias, denseRows, table } = model;
  const bits = model.features.hashBits;
  const mask = 2 ** bits - 1;
  const z = new Float64Array(L);
  const norms = new Float64Array(GROUPS.length);
  let rows = new Int32Array(256);
  let vals = new Float64Array(256);
  let grps = new Uint8Array(256);
  countFeatures(
    segments,
    model.features,
    tokens,
    (s, c) => {
      // Same arithmetic as training's vectorize (scripts/lib/classifier/vectors.ts) (sublinear TF × IDF, per-group L2, group weight), fused
      // with the dot product and without Maps: this loop is the whole inference cost.
      const { keys, counts } = c;
      const n = c.size;
      if (rows.length < n) {
        rows = new Int32Array(n * 2);
        vals = new Float64Array(n * 2);
        grps = new Uint8Array(n * 2);
      }
      norms.fill(0);
      // Pass 1: in-vocabulary features only (m of them), their TF-IDF values and the group norms.
      let m = 0;
      for (let k = 0; k < n; k++) {
        const key = keys[k] as number;
        const bucket = key & mask;
        let row: number;
        if (denseRows) {
          row = denseRows[bucket] as number;
        } else {
          const at = lookupSlot(model, bucket);
          row = at < 0 ? -1 : (table[at + 1] as number);
        }
        if (row < 0) continue;
        const rowIdf = idf[row] as number;
        const count = counts[k] as number;
        const tf = count < 64 ? (SUBLINEAR[count] as number) : 1 + Math.log(count);
        const v = tf * rowIdf;
        const g = key >>> bits;
        rows[m] = row * L;
        vals[m] = v;
        grps[m] = g;
        m++;
        norms[g] = (norms[g] as number) + v * v;
      }
      for (let g = 0; g < norms.length; g++) {
        const norm = Math.sqrt(norms[g] as number);
        norms[g] = norm > 0 ? (groupWeights[g] as number) / norm : 0;
      }
      for (let k = 0; k < m; k++) vals[k] = (vals[k] as number) * (norms[grps[k] as number] as number);
      // Pass 2: the dot product, four weight rows at a time (halves the loads/stores of z).
      z.fill(0);
      let k = 0;
      for (; k + 3 < m; k += 4) {
        const b0 = rows[k] as number;
        const b1 = rows[k + 1] as number;
        const b2 = rows[k + 2] as number;
        const b3 = rows[k + 3] as number;
        const v0 = vals[k] as number;
        const v1 = vals[k + 1] as number;
        const v2 = vals[k + 2] as number;
        const v3 = vals[k + 3] as number;
        for (let l = 0; l < L; l++) {
          z[l] =
            (z[l] as number) +
            (weights[b0 + l] as number) * v0 +
            (weights[b1 + l] as number) * v1 +
            (weights[b2 + l] as number) * v2 +
            (weights[b3 + l] as number) * v3;
        }
      }
      for (; k < m; k++) {
        const base = rows[k] as number;
        const v = vals[k] as number;
        for (let l = 0; l < L; l++) z[l] = (z[l] as number) + (weights[base + l] as number) * v;
      }
      const o = s * L;
      for (let l = 0; l < L; l++) {
        out[o + l] = sigmoid((z[l] as number) * (weightScales[l] as number) + (bias[l] as number));
      }
    },
    model.clusters,
  );
  return out;
}

/**
 * Decisions per label, row-major [segment][label] (1 = holds): probability ≥ threshold, plus the
 * category floor — a segment with no category above its threshold keeps its most likely category
 * (highest probability ÷ threshold) when that ratio is ≥ floor. Categories are the first
 * `categoryCount` labels. Shared by inference and by threshold selection in training.
 */
export function decideLabels(
  probs: Float32Array,
  thresholds: ArrayLike<number>,
  L: number,
  categoryCount: number,
  floor: number,
): Uint8Array {
  const out = new Uint8Array(probs.length);
  const n = probs.length / L;
  for (let s = 0; s < n; s++) {
    const o = s * L;
    let any = false;
    let best = -1;
    let bestRatio = -1;
    for (let l = 0; l < L; l++) {
      const t = Math.min(0.999, Math.max(0.001, thresholds[l] ?? 0.5));
      const ratio = (probs[o + l] ?? 0) / t;
      if (ratio >= 1) {
        out[o + l] = 1;
        if (l < categoryCount) any = true;
      }
      if (l < categoryCount && ratio > bestRatio) {
        bestRatio = ratio;
        best = l;
      }
    }
    if (!any && floor > 0 && best >= 0 && bestRatio >= floor) out[o + best] = 1;
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
