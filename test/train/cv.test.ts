import { describe, expect, it } from "vitest";
import { LABELS } from "../../lib/classify/labels";
import { crossValidate, type Learner } from "../../scripts/lib/classifier/cv";
import { chooseDecision } from "../../scripts/lib/classifier/decision";
import { goldMatrix, type LabelledPolicy } from "../../scripts/lib/classifier/pipeline";

const L = LABELS.length;
const COOKIES = "cookies";
const SHARING = "Third Party Sharing/Collection";

/** Nine made-up policies of 12 segments; which labels hold varies with the policy and segment. */
function policies(flipFirstFold = false): Map<string, LabelledPolicy> {
  const out = new Map<string, LabelledPolicy>();
  for (let p = 0; p < 9; p++) {
    const segs = Array.from({ length: 12 }, (_, s) => {
      let cookies = (p + s) % 3 === 0;
      if (flipFirstFold && p < 3) cookies = !cookies;
      return {
        text: `policy ${p} segment ${s}`,
        heading: "",
        gold: [...(cookies ? [COOKIES] : []), ...((p * s) % 4 === 1 ? [SHARING] : [])],
      };
    });
    out.set(`p${p}`, segs);
  }
  return out;
}

const folds = [0, 1, 2].map((index) => {
  const heldOut = [0, 1, 2].map((i) => `p${index * 3 + i}`);
  const training = Array.from({ length: 9 }, (_, i) => `p${i}`).filter((n) => !heldOut.includes(n));
  return { index, heldOut, training };
});

/** Scores each segment from a fixed formula of its position (not from its labels): a stand-in model. */
function fakeLearner(
  calls: { fit: readonly string[]; predict: readonly string[] }[],
  n: Map<string, LabelledPolicy>,
): Learner {
  return {
    name: "fake",
    tuned: true,
    predict: (fit, predict) => {
      calls.push({ fit, predict });
      const segs = predict.flatMap((name) => n.get(name) ?? []);
      return Float32Array.from({ length: segs.length * L }, (_, k) => ((k * 37) % 100) / 100);
    },
  };
}

describe("crossValidate", () => {
  it("fits on the training folds and predicts only the held-out one", () => {
    const calls: { fit: readonly string[]; predict: readonly string[] }[] = [];
    const data = policies();
    crossValidate(fakeLearner(calls, data), folds, (name) => data.get(name) ?? []);
    expect(calls).toHaveLength(3);
    for (const [i, c] of calls.entries()) {
      expect(c.predict).toEqual(folds[i]?.heldOut);
      expect(c.fit.some((p) => c.predict.includes(p))).toBe(false);
    }
  });

  it("chooses fold k's rule on the other folds' predictions, whatever fold k's labels are", () => {
    const plain = policies();
    const flipped = policies(true);
    const run = (data: Map<string, LabelledPolicy>) =>
      crossValidate(fakeLearner([], data), folds, (name) => data.get(name) ?? []);
    const a = run(plain);
    const b = run(flipped);
    // Fold 0 holds the flipped policies: its rule is the same, its score is not.
    expect(b.folds[0]?.decision).toEqual(a.folds[0]?.decision);
    expect(b.folds[0]?.score).not.toEqual(a.folds[0]?.score);
    // Its rule is the one chosen on folds 1 and 2 together.
    const others = [...(folds[1]?.heldOut ?? []), ...(folds[2]?.heldOut ?? [])];
    const probs = Float32Array.from(others.flatMap((n) => Array.from(a.oof.get(n) ?? [])));
    const expected = chooseDecision(probs, goldMatrix(others.map((n) => plain.get(n) ?? [])));
    expect(a.folds[0]?.decision).toEqual(expected);
    // The other folds' rules were chosen with the flipped policies among their tuning data.
    expect(b.folds[1]?.decision.final).not.toEqual(a.folds[1]?.decision.final);
  });
});
