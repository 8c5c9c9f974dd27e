// Training only: one-vs-rest L2 logistic regression solved to convergence with L-BFGS. All labels
// share one parameter vector (the objective is a sum of independent per-label terms), so every
// pass over the sparse data serves every label. Deterministic: no randomness, fixed summation order.
import type { SparseVector } from "./vectors.ts";

export interface LinearModel {
  dim: number;
  labels: number;
  /** Row-major [row][label]. */
  weights: Float64Array;
  bias: Float64Array;
}

export interface LbfgsOptions {
  /** Inverse L2 strength, as scikit-learn's C: minimise C·Σ loss + ½‖w‖² (or ½Σ precisionⱼ·wⱼ²). */
  c: number;
  iterations: number;
  /** Weight of positive examples per label (class weighting for rare labels). */
  positiveWeights: Float64Array;
  /** L-BFGS history length. */
  memory?: number;
  tolerance?: number;
  /** Per-weight L2 strength (dim × L); absent = 1 for every weight (plain L2). */
  precision?: Float64Array;
  /** Weight of each example's loss (e.g. < 1 for examples from another source); absent = 1 each. */
  exampleWeights?: ArrayLike<number>;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

/** Parameter layout: dim × L weights (row-major [row][label]) then L biases. */
function objective(
  X: readonly SparseVector[],
  Y: readonly ArrayLike<number>[],
  dim: number,
  L: number,
  opts: LbfgsOptions,
  theta: Float64Array,
  grad: Float64Array,
): number {
  const wEnd = dim * L;
  grad.fill(0);
  let f = 0;
  const z = new Float64Array(L);
  const g = new Float64Array(L);
  for (let i = 0; i < X.length; i++) {
    const x = X[i];
    const y = Y[i];
    if (!x || !y) continue;
    const c = opts.c * (opts.exampleWeights ? (opts.exampleWeights[i] ?? 1) : 1);
    for (let l = 0; l < L; l++) z[l] = theta[wEnd + l] ?? 0;
    for (let k = 0; k < x.indices.length; k++) {
      const base = (x.indices[k] ?? 0) * L;
      const v = x.values[k] ?? 0;
      for (let l = 0; l < L; l++) z[l] = (z[l] ?? 0) + (theta[base + l] ?? 0) * v;
    }
    for (let l = 0; l < L; l++) {
      const zl = z[l] ?? 0;
      const target = y[l] ?? 0;
      if (target > 0 && target < 1) {
        // Soft target (share of annotators): weighted cross-entropy, the positive part weighted.
        const pw = opts.positiveWeights[l] ?? 1;
        const lossPos = zl > 0 ? Math.log1p(Math.exp(-zl)) : -zl + Math.log1p(Math.exp(zl));
        const lossNeg = zl + lossPos;
        f += c * (pw * target * lossPos + (1 - target) * lossNeg);
        const p = 1 / (1 + Math.exp(-zl));
        const gl = c * (pw * target * (p - 1) + (1 - target) * p);
        g[l] = gl;
        grad[wEnd + l] = (grad[wEnd + l] ?? 0) + gl;
        continue;
      }
      const cw = c * (target ? (opts.positiveWeights[l] ?? 1) : 1);
      // Stable log(1 + e^{-m}) with margin m = ±z.
      const m = target ? zl : -zl;
      f += cw * (m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m)));
      const p = 1 / (1 + Math.exp(-zl));
      const gl = cw * (p - target);
      g[l] = gl;
      grad[wEnd + l] = (grad[wEnd + l] ?? 0) + gl;
    }
    for (let k = 0; k < x.indices.length; k++) {
      const base = (x.indices[k] ?? 0) * L;
      const v = x.values[k] ?? 0;
      for (let l = 0; l < L; l++) grad[base + l] = (grad[base + l] ?? 0) + (g[l] ?? 0) * v;
    }
  }
  const precision = opts.precision;
  for (let j = 0; j < wEnd; j++) {
    const w = theta[j] ?? 0;
    const a = precision ? (precision[j] as number) : 1;
    f += 0.5 * a * w * w;
    grad[j] = (grad[j] ?? 0) + a * w;
  }
  return f;
}

export function trainLbfgs(
  X: readonly SparseVector[],
  Y: readonly ArrayLike<number>[],
  dim: number,
  L: number,
  opts: LbfgsOptions,
): LinearModel {
  const n = dim * L + L;
  const m = opts.memory ?? 10;
  const tol = opts.tolerance ?? 1e-5;
  let theta = new Float64Array(n);
  let grad = new Float64Array(n);
  let f = objective(X, Y, dim, L, opts, theta, grad);
  const S: Float64Array[] = [];
  const Yh: Float64Array[] = [];
  const rho: number[] = [];
  const dir = new Float64Array(n);
  const alpha = new Float64Array(m);
  const nextTheta = new Float64Array(n);
  const nextGrad = new Float64Array(n);
  for (let it = 0; it < opts.iterations; it++) {
    // Two-loop recursion: dir = −H·grad.
    for (let j = 0; j < n; j++) dir[j] = -(grad[j] ?? 0);
    for (let h = S.length - 1; h >= 0; h--) {
      const a = (rho[h] ?? 0) * dot(S[h] as Float64Array, dir);
      alpha[h] = a;
      const y = Yh[h] as Float64Array;
      for (let j = 0; j < n; j++) dir[j] = (dir[j] ?? 0) - a * (y[j] ?? 0);
    }
    if (S.length > 0) {
      const last = S.length - 1;
      const gamma =
        dot(S[last] as Float64Array, Yh[last] as Float64Array) /
        dot(Yh[last] as Float64Array, Yh[last] as Float64Array);
      for (let j = 0; j < n; j++) dir[j] = (dir[j] ?? 0) * gamma;
    } else {
      const gn = Math.sqrt(dot(grad, grad));
      for (let j = 0; j < n; j++) dir[j] = (dir[j] ?? 0) / Math.max(gn, 1e-12);
    }
    for (let h = 0; h < S.length; h++) {
      const y = Yh[h] as Float64Array;
      const b = (rho[h] ?? 0) * dot(y, dir);
      const s = S[h] as Float64Array;
      const a = alpha[h] ?? 0;
      for (let j = 0; j < n; j++) dir[j] = (dir[j] ?? 0) + (a - b) * (s[j] ?? 0);
    }
    let slope = dot(grad, dir);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      S.length = 0;
      Yh.length = 0;
      rho.length = 0;
      for (let j = 0; j < n; j++) dir[j] = -(grad[j] ?? 0);
      slope = dot(grad, dir);
    }
    // Backtracking Armijo line search.
    let step = 1;
    let fNext = f;
    for (let ls = 0; ls < 30; ls++) {
      for (let j = 0; j < n; j++) nextTheta[j] = (theta[j] ?? 0) + step * (dir[j] ?? 0);
      fNext = objective(X, Y, dim, L, opts, nextTheta, nextGrad);
      if (fNext <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      s[j] = (nextTheta[j] ?? 0) - (theta[j] ?? 0);
      y[j] = (nextGrad[j] ?? 0) - (grad[j] ?? 0);
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      if (S.length === m) {
        S.shift();
        Yh.shift();
        rho.shift();
      }
      S.push(s);
      Yh.push(y);
      rho.push(1 / sy);
    }
    const improvement = (f - fNext) / Math.max(1, Math.abs(f));
    [theta, grad] = [Float64Array.from(nextTheta), Float64Array.from(nextGrad)];
    f = fNext;
    if (improvement < tol) break;
  }
  return { dim, labels: L, weights: theta.subarray(0, dim * L), bias: theta.slice(dim * L) };
}
