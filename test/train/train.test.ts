import { describe, expect, it } from "vitest";
import { parseModel } from "../../lib/classify/index";
import { decideLabels, predictProbabilities } from "../../lib/classify/infer";
import { LABELS } from "../../lib/classify/labels";
import { bestThreshold } from "../../scripts/lib/classifier/metrics";
import { FIXTURE_POLICIES, trainFile } from "../classify/fixture";

describe("training", () => {
  it("is deterministic: same inputs give a byte-identical model file", () => {
    const a = JSON.stringify(trainFile());
    const b = JSON.stringify(trainFile());
    expect(a).toBe(b);
  });

  it("fits its own training data", () => {
    const model = parseModel(trainFile());
    const policy = FIXTURE_POLICIES[0] ?? [];
    const probs = predictProbabilities(model, policy);
    const cookies = LABELS.indexOf("cookies");
    const L = LABELS.length;
    // Segment 2 is the cookie sentence; it should outscore the others on "cookies".
    const scores = policy.map((_, s) => probs[s * L + cookies] ?? 0);
    expect(scores.indexOf(Math.max(...scores))).toBe(2);
  });
});

describe("bestThreshold", () => {
  it("keeps the fallback when a label has too few positives", () => {
    const probs = Float32Array.from([0.9, 0.1, 0.2]);
    const gold = Uint8Array.from([1, 0, 0]);
    expect(bestThreshold(probs, gold, 1, 0, 5, 0.5)).toBe(0.5);
  });
  it("moves the cut to separate the classes", () => {
    const probs = Float32Array.from([0.3, 0.35, 0.32, 0.31, 0.34, 0.1, 0.05, 0.2]);
    const gold = Uint8Array.from([1, 1, 1, 1, 1, 0, 0, 0]);
    const t = bestThreshold(probs, gold, 1, 0, 5);
    expect(t).toBeGreaterThan(0.2);
    expect(t).toBeLessThanOrEqual(0.3);
  });
});

describe("decideLabels (category floor)", () => {
  // Three labels, the first two are categories.
  const thresholds = [0.5, 0.4, 0.5];
  it("keeps plain thresholding when a category passes or the floor is off", () => {
    const probs = Float32Array.from([0.6, 0.1, 0.7, 0.2, 0.3, 0.1]);
    expect(Array.from(decideLabels(probs, thresholds, 3, 2, 0))).toEqual([1, 0, 1, 0, 0, 0]);
    expect(Array.from(decideLabels(probs, thresholds, 3, 2, 0.5))).toEqual([1, 0, 1, 0, 1, 0]);
  });
  it("adds only the category with the highest probability ÷ threshold, and only above the floor", () => {
    // Ratios: 0.3/0.5 = 0.6 and 0.28/0.4 = 0.7 → the second category; the finer label is unaffected.
    const probs = Float32Array.from([0.3, 0.28, 0.45]);
    expect(Array.from(decideLabels(probs, thresholds, 3, 2, 0.6))).toEqual([0, 1, 0]);
    expect(Array.from(decideLabels(probs, thresholds, 3, 2, 0.8))).toEqual([0, 0, 0]);
  });
});
