// Training only: the decision rule (per-label thresholds and the category floor) chosen on
// probabilities of policies the model was not fitted on — out-of-fold predictions (cv.ts).
import { decideLabels } from "../../../lib/classify/infer.ts";
import { CATEGORY_COUNT, LABELS } from "../../../lib/classify/labels.ts";
import { type Averages, averages, bestThreshold, decisionPrf, labelPrf } from "./metrics.ts";

/** Category floors tried (0 = off; see model-format categoryFloor). */
const CATEGORY_FLOORS = [0, 0.5, 0.6, 0.7, 0.8];

export interface DecisionScore {
  cat: Averages;
  fine: Averages;
}

export interface Decision {
  thresholds: number[];
  categoryFloor: number;
  /** Categories at 0.5 thresholds, no floor, on the probabilities the rule was chosen on. */
  at05: Averages;
  /** The chosen thresholds + floor there. */
  final: DecisionScore;
}

/** Category and finer-label averages of a decision rule on probabilities `probs` against `gold`. */
export function scoreDecision(
  probs: Float32Array,
  gold: Uint8Array,
  thresholds: ArrayLike<number>,
  floor: number,
): DecisionScore {
  const L = LABELS.length;
  const d = decideLabels(probs, thresholds, L, CATEGORY_COUNT, floor);
  const rows = LABELS.map((_, l) => decisionPrf(d, gold, L, l));
  return { cat: averages(rows.slice(0, CATEGORY_COUNT)), fine: averages(rows.slice(CATEGORY_COUNT)) };
}

/**
 * 1. each label's own-F1 threshold (0.05 grid, ties toward 0.5, rare labels keep 0.5); 2. the
 * category floor that maximises category macro- + micro-F1 with those thresholds.
 */
export function chooseDecision(probs: Float32Array, gold: Uint8Array): Decision {
  const L = LABELS.length;
  const thresholds = LABELS.map((_, l) => bestThreshold(probs, gold, L, l));
  const objective = (r: DecisionScore): number => r.cat.macroF1 + r.cat.microF1;
  let floor = 0;
  let best = objective(scoreDecision(probs, gold, thresholds, 0));
  for (const f of CATEGORY_FLOORS) {
    const v = objective(scoreDecision(probs, gold, thresholds, f));
    if (v > best + 1e-9) {
      best = v;
      floor = f;
    }
  }
  const at05 = averages(LABELS.slice(0, CATEGORY_COUNT).map((_, l) => labelPrf(probs, gold, L, l, 0.5)));
  return { thresholds, categoryFloor: floor, at05, final: scoreDecision(probs, gold, thresholds, floor) };
}

/** 0.5 for every label and no category floor (the rule of an untuned model, e.g. the baseline). */
export function fixedDecision(): Decision {
  const none = {
    macroF1: Number.NaN,
    microF1: Number.NaN,
    microPrecision: Number.NaN,
    microRecall: Number.NaN,
  };
  return {
    thresholds: LABELS.map(() => 0.5),
    categoryFloor: 0,
    at05: none,
    final: { cat: none, fine: none },
  };
}
