import { describe, expect, it } from "vitest";
import { crossValidationFolds, spread } from "../../scripts/lib/folds";

const names = Array.from({ length: 95 }, (_, i) => `${1000 + i}_site${i}.com`);

describe("crossValidationFolds", () => {
  it("puts every policy in exactly one held-out fold, 19 each", () => {
    const folds = crossValidationFolds(names);
    expect(folds.map((f) => f.heldOut.length)).toEqual([19, 19, 19, 19, 19]);
    expect(folds.flatMap((f) => f.heldOut).sort()).toEqual([...names].sort());
  });

  it("fits and tunes only on the other folds, never on the held-out one", () => {
    for (const f of crossValidationFolds(names)) {
      const held = new Set(f.heldOut);
      expect(f.training.some((p) => held.has(p))).toBe(false);
      expect([...f.fit, ...f.tune].sort()).toEqual(f.training);
      expect(f.fit.some((p) => f.tune.includes(p))).toBe(false);
      expect(f.tune).toHaveLength(19);
      expect(f.fit).toHaveLength(57);
    }
  });

  it("does not depend on the input order", () => {
    expect(crossValidationFolds([...names].reverse())).toEqual(crossValidationFolds(names));
  });
});

describe("spread", () => {
  it("gives the mean, sample sd, min and max, skipping missing rates", () => {
    const s = spread([0.8, 0.9, Number.NaN, 1]);
    expect(s.mean).toBeCloseTo(0.9);
    expect(s.sd).toBeCloseTo(0.1);
    expect([s.min, s.max]).toEqual([0.8, 1]);
  });
});
