// Precision/recall/F1 and per-label threshold selection, shared by training and evaluation.

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1, support: tp + fn };
}

/** Per-label counts for predictions probs ≥ thresholds. probs/gold are row-major [example][label]. */
export function labelPrf(
  probs: Float32Array,
  gold: Uint8Array,
  L: number,
  l: number,
  threshold: number,
): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const n = gold.length / L;
  for (let i = 0; i < n; i++) {
    const pred = (probs[i * L + l] ?? 0) >= threshold;
    const g = gold[i * L + l] === 1;
    if (pred && g) tp++;
    else if (pred) fp++;
    else if (g) fn++;
  }
  return prf(tp, fp, fn);
}

export interface Averages {
  macroF1: number;
  microF1: number;
  microPrecision: number;
  microRecall: number;
}

export function averages(rows: readonly Prf[]): Averages {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let f1 = 0;
  for (const r of rows) {
    tp += r.tp;
    fp += r.fp;
    fn += r.fn;
    f1 += r.f1;
  }
  const micro = prf(tp, fp, fn);
  return {
    macroF1: rows.length > 0 ? f1 / rows.length : 0,
    microF1: micro.f1,
    microPrecision: micro.precision,
    microRecall: micro.recall,
  };
}

/**
 * Threshold maximising F1 for one label on a coarse grid (0.05 steps: finer grids just fit dev
 * noise). Ties go to the threshold nearest 0.5. Labels with fewer than minPositives gold examples
 * keep `fallback`: a handful of examples cannot choose a threshold.
 */
export function bestThreshold(
  probs: Float32Array,
  gold: Uint8Array,
  L: number,
  l: number,
  minPositives = 5,
  fallback = 0.5,
): number {
  let positives = 0;
  for (let i = l; i < gold.length; i += L) positives += gold[i] ?? 0;
  if (positives < minPositives) return fallback;
  let best = fallback;
  let bestF1 = labelPrf(probs, gold, L, l, fallback).f1;
  for (let k = 1; k < 20; k++) {
    const t = k / 20;
    const f1 = labelPrf(probs, gold, L, l, t).f1;
    if (f1 > bestF1 + 1e-12 || (Math.abs(f1 - bestF1) <= 1e-12 && Math.abs(t - 0.5) < Math.abs(best - 0.5))) {
      best = t;
      bestF1 = f1;
    }
  }
  return best;
}

/** Per-label counts for already made decisions (row-major [example][label], 1 = holds). */
export function decisionPrf(decisions: Uint8Array, gold: Uint8Array, L: number, l: number): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = l; i < gold.length; i += L) {
    const pred = decisions[i] === 1;
    const g = gold[i] === 1;
    if (pred && g) tp++;
    else if (pred) fp++;
    else if (g) fn++;
  }
  return prf(tp, fp, fn);
}
