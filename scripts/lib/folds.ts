/**
 * Policy-level cross-validation folds over all labelled OPP-115 policies (train + dev, 95), shared
 * by the evaluations, and the fold mean and spread they report.
 *
 * Deterministic and independent of the split files' line order: policies are ordered by a hash of
 * their name and dealt round-robin into FOLD_COUNT folds (19 each for 95). Inside fold k, anything
 * tuned (the classifier's thresholds) is chosen on the next fold, (k + 1) mod FOLD_COUNT — one of
 * the training folds, never the held-out one — and the model is fitted on the other three.
 */
import { createHash } from "node:crypto";
import { readSplit } from "./opp115.ts";

export const FOLD_COUNT = 5;
/** Changing it reshuffles every fold (and so invalidates the cached fold models). */
const FOLD_SEED = "privacy-glance-cv-1";

export interface Fold {
  /** 0-based. */
  index: number;
  /** Scored in this fold; seen by nothing trained or tuned for it. */
  heldOut: string[];
  /** The other folds: everything the fold's model may learn or be tuned from (fit + tune). */
  training: string[];
  /** Part of `training` (one fold) on which thresholds and other settings are chosen. */
  tune: string[];
  /** `training` without `tune`: what the fold's model is fitted on. */
  fit: string[];
}

/** Every labelled policy: the train and dev splits. */
export function labelledPolicies(): string[] {
  return [...readSplit("train"), ...readSplit("dev")];
}

const rank = (policy: string): string => createHash("sha256").update(`${FOLD_SEED}\n${policy}`).digest("hex");

/** The folds, each list sorted by name. */
export function crossValidationFolds(
  policies: readonly string[] = labelledPolicies(),
  k = FOLD_COUNT,
): Fold[] {
  if (new Set(policies).size !== policies.length) throw new Error("crossValidationFolds: duplicate policies");
  if (policies.length < k)
    throw new Error(`crossValidationFolds: ${policies.length} policies for ${k} folds`);
  const byRank = [...policies].sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
  const parts = Array.from({ length: k }, (_, f) => byRank.filter((_, i) => i % k === f).sort());
  const join = (folds: number[]): string[] => folds.flatMap((f) => parts[f] ?? []).sort();
  const others = (f: number): number[] => parts.map((_, g) => g).filter((g) => g !== f);
  return parts.map((heldOut, f) => {
    const tuneFold = (f + 1) % k;
    return {
      index: f,
      heldOut,
      training: join(others(f)),
      tune: parts[tuneFold] ?? [],
      fit: join(others(f).filter((g) => g !== tuneFold)),
    };
  });
}

export interface Spread {
  mean: number;
  /** Sample standard deviation over the folds (n − 1). */
  sd: number;
  min: number;
  max: number;
}

/** Fold mean and spread of one figure (values that are not numbers, e.g. 0/0 rates, are skipped). */
export function spread(values: readonly number[]): Spread {
  const xs = values.filter((v) => Number.isFinite(v));
  if (xs.length === 0) return { mean: Number.NaN, sd: Number.NaN, min: Number.NaN, max: Number.NaN };
  const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
  const sd = xs.length > 1 ? Math.sqrt(xs.reduce((s, v) => s + (v - mean) ** 2, 0) / (xs.length - 1)) : 0;
  return { mean, sd, min: Math.min(...xs), max: Math.max(...xs) };
}
