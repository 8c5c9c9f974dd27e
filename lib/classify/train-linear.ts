// Training only: one-vs-rest logistic regression for all labels at once, AdaGrad SGD with L2.
// Deterministic: the example order comes from a seeded PRNG and every sum runs in a fixed order.
import type { SparseVector } from "./featurize";
import { mulberry32 } from "./hash";
import { trainLbfgs } from "./train-lbfgs";
import { nbPrecision } from "./train-nb-prior";

export interface LinearOptions {
  /** "lbfgs": exact L2 logistic regression (default choice); "adagrad": fast sparse SGD. */
  solver: "lbfgs" | "adagrad";
  /** L-BFGS: inverse L2 strength (scikit-learn C) and iteration cap. */
  c: number;
  iterations: number;
  /** AdaGrad: passes over the data and base step. */
  epochs: number;
  learningRate: number;
  /** L2 strength, applied to the weights an example touches (lazy, as usual for sparse SGD). */
  l2: number;
  /** Positive examples weigh min(maxPositiveWeight, (neg/pos)^positivePower): helps rare labels. */
  positivePower: number;
  maxPositiveWeight: number;
  seed: number;
  /**
   * L-BFGS: 0–1 blend of a naive-Bayes-shaped prior into the plain L2 penalty (see
   * train-nb-prior.ts); 0 or absent = plain L2.
   */
  nbPrior?: number;
  /** How many labels, from the first, the NB prior applies to (absent = all). */
  nbPriorLabels?: number;
}

export interface LinearModel {
  dim: number;
  labels: number;
  /** Row-major [row][label]. */
  weights: Float64Array;
  bias: Float64Array;
}

export function shuffled(n: number, rand: () => number): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = t;
  }
  return order;
}

export function positiveWeights(
  Y: readonly ArrayLike<number>[],
  L: number,
  opts: LinearOptions,
): Float64Array {
  const pos = new Float64Array(L);
  for (const y of Y) for (let l = 0; l < L; l++) pos[l] = (pos[l] ?? 0) + (y[l] ?? 0);
  return Float64Array.from(pos, (p) => {
    const neg = Y.length - p;
    return p > 0 ? Math.min(opts.maxPositiveWeight, Math.max(1, (neg / p) ** opts.positivePower)) : 1;
  });
}

/** X: feature vectors; Y: per example, one target per label (0/1, or a 0–1 share for soft targets). */
export function trainLinear(
  X: readonly SparseVector[],
  Y: readonly ArrayLike<number>[],
  dim: number,
  L: number,
  opts: LinearOptions,
): LinearModel {
  if (opts.solver === "lbfgs") {
    return trainLbfgs(X, Y, dim, L, {
      c: opts.c,
      iterations: opts.iterations,
      positiveWeights: positiveWeights(Y, L, opts),
      precision: opts.nbPrior ? nbPrecision(X, Y, dim, L, opts.nbPrior, opts.nbPriorLabels) : undefined,
    });
  }
  return trainAdagrad(X, Y, dim, L, opts);
}

function trainAdagrad(
  X: readonly SparseVector[],
  Y: readonly ArrayLike<number>[],
  dim: number,
  L: number,
  opts: LinearOptions,
): LinearModel {
  const w = new Float64Array(dim * L);
  const gw = new Float64Array(dim * L);
  const b = new Float64Array(L);
  const gb = new Float64Array(L);
  const posW = positiveWeights(Y, L, opts);
  const rand = mulberry32(opts.seed);
  const z = new Float64Array(L);
  const g = new Float64Array(L);
  const eps = 1e-8;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const order = shuffled(X.length, rand);
    for (const i of order) {
      const x = X[i];
      const y = Y[i];
      if (!x || !y) continue;
      z.set(b);
      for (let k = 0; k < x.indices.length; k++) {
        const base = (x.indices[k] ?? 0) * L;
        const v = x.values[k] ?? 0;
        for (let l = 0; l < L; l++) z[l] = (z[l] ?? 0) + (w[base + l] ?? 0) * v;
      }
      for (let l = 0; l < L; l++) {
        const p = 1 / (1 + Math.exp(-(z[l] ?? 0)));
        const target = y[l] ?? 0;
        g[l] = (p - target) * (target ? (posW[l] ?? 1) : 1);
        const gbl = g[l] ?? 0;
        gb[l] = (gb[l] ?? 0) + gbl * gbl;
        b[l] = (b[l] ?? 0) - (opts.learningRate * gbl) / Math.sqrt((gb[l] ?? 0) + eps);
      }
      for (let k = 0; k < x.indices.length; k++) {
        const base = (x.indices[k] ?? 0) * L;
        const v = x.values[k] ?? 0;
        for (let l = 0; l < L; l++) {
          const idx = base + l;
          const wi = w[idx] ?? 0;
          const grad = (g[l] ?? 0) * v + opts.l2 * wi;
          const acc = (gw[idx] ?? 0) + grad * grad;
          gw[idx] = acc;
          w[idx] = wi - (opts.learningRate * grad) / Math.sqrt(acc + eps);
        }
      }
    }
  }
  return { dim, labels: L, weights: w, bias: b };
}

/**
 * Dense logistic regression for the stacking stage (few inputs): full-batch gradient descent that
 * starts from `init` and is pulled back towards it by the L2 term, so a label with little data
 * stays close to its first-stage score instead of being washed out.
 */
export function trainDenseLogistic(
  X: readonly Float64Array[],
  y: Uint8Array,
  init: Float64Array,
  opts: { iterations: number; learningRate: number; l2: number; positiveWeight: number },
): Float64Array {
  const d = X[0]?.length ?? 0;
  const w = Float64Array.from(init);
  const grad = new Float64Array(d);
  const n = X.length;
  for (let it = 0; it < opts.iterations; it++) {
    grad.fill(0);
    for (let i = 0; i < n; i++) {
      const x = X[i];
      if (!x) continue;
      let z = 0;
      for (let j = 0; j < d; j++) z += (w[j] ?? 0) * (x[j] ?? 0);
      const target = y[i] ?? 0;
      const e = (1 / (1 + Math.exp(-z)) - target) * (target ? opts.positiveWeight : 1);
      for (let j = 0; j < d; j++) grad[j] = (grad[j] ?? 0) + e * (x[j] ?? 0);
    }
    // The last input is the constant bias term: not regularised.
    for (let j = 0; j < d; j++) {
      const reg = j === d - 1 ? 0 : opts.l2 * ((w[j] ?? 0) - (init[j] ?? 0));
      w[j] = (w[j] ?? 0) - opts.learningRate * ((grad[j] ?? 0) / n + reg);
    }
  }
  return w;
}
