// Training only: a naive-Bayes-shaped L2 prior (the idea of NBSVM, Wang & Manning 2012). NBSVM
// scales each feature by its log-count ratio r before a linear fit; that is the same as fitting
// the original features with a per-weight L2 penalty w²/r². So words whose presence differs a lot
// between a label's positive and negative segments are held back less, and near-neutral words more.
import type { SparseVector } from "./vectors.ts";

/**
 * Per-weight L2 precision (dim × L, row-major [row][label]) for train-lbfgs. Only the first
 * `priorLabels` labels get the prior (the others keep plain L2, precision 1): a label with few
 * positive segments has too noisy a log-count ratio to shape its prior. For each such label the
 * prior variance is r² (r = log-count ratio of the feature's document counts, add-one smoothed),
 * scaled to mean 1 so C keeps its meaning, then blended with the plain prior:
 * variance = strength · r²/mean(r²) + (1 − strength).
 */
export function nbPrecision(
  X: readonly SparseVector[],
  Y: readonly ArrayLike<number>[],
  dim: number,
  L: number,
  strength: number,
  priorLabels: number = L,
): Float64Array {
  // Document counts of each feature: overall and within each label's positive segments.
  const df = new Float64Array(dim);
  const pos = new Float64Array(dim * L);
  for (let i = 0; i < X.length; i++) {
    const x = X[i] as SparseVector;
    const y = Y[i] as ArrayLike<number>;
    for (let k = 0; k < x.indices.length; k++) {
      const j = x.indices[k] as number;
      df[j] = (df[j] as number) + 1;
      for (let l = 0; l < L; l++) {
        if ((y[l] as number) >= 0.5) pos[j * L + l] = (pos[j * L + l] as number) + 1;
      }
    }
  }
  const out = new Float64Array(dim * L).fill(1);
  for (let l = 0; l < Math.min(L, priorLabels); l++) {
    let sumPos = 0;
    let sumNeg = 0;
    for (let j = 0; j < dim; j++) {
      const p = pos[j * L + l] as number;
      sumPos += p + 1;
      sumNeg += (df[j] as number) - p + 1;
    }
    let mean = 0;
    for (let j = 0; j < dim; j++) {
      const p = pos[j * L + l] as number;
      const r = Math.log((p + 1) / sumPos) - Math.log(((df[j] as number) - p + 1) / sumNeg);
      out[j * L + l] = r * r;
      mean += r * r;
    }
    mean = mean / Math.max(1, dim) || 1;
    for (let j = 0; j < dim; j++) {
      const variance = (strength * (out[j * L + l] as number)) / mean + (1 - strength);
      // The small floor keeps a feature with r = 0 (and strength 1) finite.
      out[j * L + l] = 1 / (variance + 1e-3);
    }
  }
  return out;
}
