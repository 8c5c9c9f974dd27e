// Small statistics helpers: nearest-rank percentiles, the same definition as scripts/eval-detect.ts.

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  mean: number;
  max: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export const round = (n: number, digits = 3): number => {
  if (!Number.isFinite(n)) return n;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

export function summarize(values: readonly number[], digits = 3): Summary {
  const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;
  return {
    n: values.length,
    p50: round(percentile(values, 50), digits),
    p95: round(percentile(values, 95), digits),
    mean: round(mean, digits),
    max: round(values.length ? Math.max(...values) : Number.NaN, digits),
  };
}
