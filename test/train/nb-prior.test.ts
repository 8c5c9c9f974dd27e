import { describe, expect, it } from "vitest";
import { nbPrecision } from "../../scripts/lib/classifier/nb-prior";
import type { SparseVector } from "../../scripts/lib/classifier/vectors";
import { FIXTURE_CONFIG, FIXTURE_POLICIES, trainFile } from "../classify/fixture";

const vec = (indices: number[]): SparseVector => ({
  indices: Int32Array.from(indices),
  values: new Float32Array(indices.length).fill(1),
});

describe("nbPrecision", () => {
  // Feature 0 appears only in positive examples, feature 1 everywhere (neutral), one label.
  const X = [vec([0, 1]), vec([0, 1]), vec([1]), vec([1])];
  const Y = [[1], [1], [0], [0]];

  it("regularises a label-specific feature less than a neutral one", () => {
    const p = nbPrecision(X, Y, 2, 1, 1);
    expect(p[0]).toBeLessThan(p[1] ?? 0);
  });

  it("is the plain L2 prior at strength 0", () => {
    const p = nbPrecision(X, Y, 2, 1, 0);
    for (const v of p) expect(v).toBeCloseTo(1 / 1.001, 9);
  });

  it("leaves labels past priorLabels on plain L2", () => {
    const Y2 = Y.map(([y]) => [y ?? 0, y ?? 0]);
    const p = nbPrecision(X, Y2, 2, 2, 1, 1);
    expect(p[0]).toBeLessThan(p[2] ?? 0); // label 0 of feature 0 vs feature 1
    expect([p[1], p[3]]).toEqual([1, 1]); // label 1 untouched
  });

  it("keeps training deterministic", () => {
    const cfg = { ...FIXTURE_CONFIG, linear: { ...FIXTURE_CONFIG.linear, nbPrior: 0.5 } };
    expect(JSON.stringify(trainFile(FIXTURE_POLICIES, cfg))).toBe(
      JSON.stringify(trainFile(FIXTURE_POLICIES, cfg)),
    );
  });
});
