// Training only: one-vs-rest logistic regression for all labels at once (L-BFGS, lbfgs.ts), with
// class weighting for rare labels and an optional naive-Bayes-shaped prior (nb-prior.ts).
import type { LinearModel } from "./lbfgs.ts";
import { trainLbfgs } from "./lbfgs.ts";
import { nbPrecision } from "./nb-prior.ts";
import type { SparseVector } from "./vectors.ts";

export type { LinearModel } from "./lbfgs.ts";

export interface LinearOptions {
  /** Inverse L2 strength (scikit-learn C) and the iteration cap. */
  c: number;
  iterations: number;
  /** Positive examples weigh min(maxPositiveWeight, (neg/pos)^positivePower): helps rare labels. */
  positivePower: number;
  maxPositiveWeight: number;
  /** 0–1 blend of a naive-Bayes-shaped prior into the plain L2 penalty; 0 or absent = plain L2. */
  nbPrior?: number;
  /** How many labels, from the first, the NB prior applies to (absent = all). */
  nbPriorLabels?: number;
}

export function positiveWeights(
  Y: readonly ArrayLike<number>[],
  L: number,
  opts: Pick<LinearOptions, "positivePower" | "maxPositiveWeight">,
): Float64Array {
  const pos = new Float64Array(L);
  for (const y of Y) for (let l = 0; l < L; l++) pos[l] = (pos[l] ?? 0) + (y[l] ?? 0);
  return Float64Array.from(pos, (p) => {
    const neg = Y.length - p;
    return p > 0 ? Math.min(opts.maxPositiveWeight, Math.max(1, (neg / p) ** opts.positivePower)) : 1;
  });
}

/**
 * X: feature vectors; Y: per example, one target per label (0/1, or a 0–1 share for soft targets);
 * exampleWeights: each example's loss weight (absent = 1).
 */
export function trainLinear(
  X: readonly SparseVector[],
  Y: readonly ArrayLike<number>[],
  dim: number,
  L: number,
  opts: LinearOptions,
  exampleWeights?: ArrayLike<number>,
): LinearModel {
  return trainLbfgs(X, Y, dim, L, {
    ...(exampleWeights ? { exampleWeights } : {}),
    c: opts.c,
    iterations: opts.iterations,
    positiveWeights: positiveWeights(Y, L, opts),
    precision: opts.nbPrior ? nbPrecision(X, Y, dim, L, opts.nbPrior, opts.nbPriorLabels) : undefined,
  });
}
