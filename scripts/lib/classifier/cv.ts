/**
 * Training only: policy-level cross-validation of a learner over the labelled OPP-115 policies
 * (folds: scripts/lib/folds.ts, 5 × 19 over train + dev). Fold k's model is fitted on the other
 * four folds (76 policies) and scored on fold k. Its decision rule (thresholds, category floor) is
 * chosen on the out-of-fold predictions of the other four folds — each made by a model that did
 * not see that fold — so fold k's labels choose nothing that fold k is scored with. The shipped
 * model's rule is chosen the same way on all 95 out-of-fold predictions.
 */
import { decideLabels } from "../../../lib/classify/infer.ts";
import { CATEGORY_COUNT, LABELS } from "../../../lib/classify/labels.ts";
import { type Fold, type Spread, spread } from "../folds.ts";
import {
  chooseDecision,
  type Decision,
  type DecisionScore,
  fixedDecision,
  scoreDecision,
} from "./decision.ts";
import { decisionPrf, type Prf } from "./metrics.ts";
import { goldMatrix, type LabelledPolicy } from "./pipeline.ts";
import { labelledPolicy } from "./policies.ts";

/** Something fitted on some policies and asked for probabilities on others. */
export interface Learner {
  name: string;
  /**
   * Probabilities (row-major [segment][label], policies concatenated in the given order) of the
   * `predict` policies from a model fitted on the `fit` policies.
   */
  predict(fit: readonly string[], predict: readonly string[]): Float32Array;
  /** True: thresholds and category floor are chosen out of fold; false: 0.5 and no floor. */
  tuned: boolean;
}

export interface FoldScore {
  index: number;
  heldOut: string[];
  decision: Decision;
  score: DecisionScore;
  /** Per label (LABELS order), on the held-out fold. */
  rows: Prf[];
}

export interface CvResult {
  learner: string;
  folds: FoldScore[];
  /** Out-of-fold probabilities of every policy, keyed by policy name. */
  oof: Map<string, Float32Array>;
}

function concat(parts: readonly Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Each policy's share of a concatenated probability matrix. */
function splitByPolicy(
  names: readonly string[],
  probs: Float32Array,
  load: PolicySource,
): Map<string, Float32Array> {
  const L = LABELS.length;
  const out = new Map<string, Float32Array>();
  let at = 0;
  for (const n of names) {
    const len = load(n).length * L;
    out.set(n, probs.subarray(at, at + len));
    at += len;
  }
  return out;
}

/** Policy name → its labelled segments (OPP-115 by default; the tests pass their own). */
export type PolicySource = (name: string) => LabelledPolicy;

/** The decision rule chosen on the out-of-fold predictions of `names`. */
export function decisionOn(
  oof: ReadonlyMap<string, Float32Array>,
  names: readonly string[],
  load: PolicySource = labelledPolicy,
): Decision {
  const probs = concat(names.map((n) => oof.get(n) ?? new Float32Array(0)));
  return chooseDecision(probs, goldMatrix(names.map(load)));
}

/** Scores of a decision rule on some policies' probabilities. */
export function scoreOn(
  probs: Float32Array,
  names: readonly string[],
  decision: Decision,
  load: PolicySource = labelledPolicy,
): { score: DecisionScore; rows: Prf[] } {
  const gold = goldMatrix(names.map(load));
  const L = LABELS.length;
  const d = decideLabels(probs, decision.thresholds, L, CATEGORY_COUNT, decision.categoryFloor);
  return {
    score: scoreDecision(probs, gold, decision.thresholds, decision.categoryFloor),
    rows: LABELS.map((_, l) => decisionPrf(d, gold, L, l)),
  };
}

export function crossValidate(
  learner: Learner,
  folds: readonly Pick<Fold, "index" | "heldOut" | "training">[],
  load: PolicySource = labelledPolicy,
): CvResult {
  const oof = new Map<string, Float32Array>();
  for (const fold of folds) {
    const probs = learner.predict(fold.training, fold.heldOut);
    for (const [n, p] of splitByPolicy(fold.heldOut, probs, load)) oof.set(n, p);
  }
  const scores = folds.map((fold): FoldScore => {
    const others = folds.filter((f) => f.index !== fold.index).flatMap((f) => f.heldOut);
    const decision = learner.tuned ? decisionOn(oof, others, load) : fixedDecision();
    const probs = concat(fold.heldOut.map((n) => oof.get(n) ?? new Float32Array(0)));
    return {
      index: fold.index,
      heldOut: fold.heldOut,
      decision,
      ...scoreOn(probs, fold.heldOut, decision, load),
    };
  });
  return { learner: learner.name, folds: scores, oof };
}

/** Fold mean and spread of the category and finer-label averages and of each label's F1. */
export function cvSpreads(cv: CvResult): {
  catMacro: Spread;
  catMicro: Spread;
  fineMacro: Spread;
  fineMicro: Spread;
  perLabel: Spread[];
} {
  const f = cv.folds;
  return {
    catMacro: spread(f.map((x) => x.score.cat.macroF1)),
    catMicro: spread(f.map((x) => x.score.cat.microF1)),
    fineMacro: spread(f.map((x) => x.score.fine.macroF1)),
    fineMicro: spread(f.map((x) => x.score.fine.microF1)),
    // A fold with neither gold nor predicted segments of a label has no F1 for it (skipped).
    perLabel: LABELS.map((_, l) =>
      spread(
        f.map((x) =>
          x.rows[l] && x.rows[l].tp + x.rows[l].fp + x.rows[l].fn > 0 ? x.rows[l].f1 : Number.NaN,
        ),
      ),
    ),
  };
}
