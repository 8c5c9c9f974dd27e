import { describe, expect, it } from "vitest";
import { trainLinear } from "../../scripts/lib/classifier/linear";
import type { SparseVector } from "../../scripts/lib/classifier/vectors";

const v = (pairs: [number, number][]): SparseVector => ({
  indices: Int32Array.from(pairs.map(([i]) => i)),
  values: Float32Array.from(pairs.map(([, x]) => x)),
});
const X = [
  v([[0, 1]]),
  v([[1, 1]]),
  v([
    [0, 0.5],
    [2, 1],
  ]),
  v([[1, 0.7]]),
];
const Y = [[1], [0], [1], [0]];
const OPTS = { c: 5, iterations: 100, positivePower: 0, maxPositiveWeight: 1 };

describe("example weights", () => {
  it("an example of weight 0 changes nothing, as if it were left out", () => {
    const extraX = [
      ...X,
      v([
        [1, 1],
        [2, 1],
      ]),
    ];
    const extraY = [...Y, [1]];
    const without = trainLinear(X, Y, 3, 1, OPTS);
    const zero = trainLinear(extraX, extraY, 3, 1, OPTS, [1, 1, 1, 1, 0]);
    for (let j = 0; j < 3; j++) expect(zero.weights[j]).toBeCloseTo(without.weights[j] ?? 0, 5);
    expect(zero.bias[0]).toBeCloseTo(without.bias[0] ?? 0, 5);
  });

  it("a weighted example pulls the fit less than a full one", () => {
    const extraX = [...X, v([[1, 1]])];
    const extraY = [...Y, [1]];
    const full = trainLinear(extraX, extraY, 3, 1, OPTS);
    const light = trainLinear(extraX, extraY, 3, 1, OPTS, [1, 1, 1, 1, 0.2]);
    const none = trainLinear(X, Y, 3, 1, OPTS);
    // Feature 1 is negative in the data; the extra positive on it raises its weight, less when light.
    expect(full.weights[1]).toBeGreaterThan(light.weights[1] ?? 0);
    expect(light.weights[1]).toBeGreaterThan(none.weights[1] ?? 0);
  });
});
