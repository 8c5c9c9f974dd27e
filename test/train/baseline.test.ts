import { describe, expect, it } from "vitest";
import { LABELS } from "../../lib/classify/labels";
import { fitBaseline, predictBaseline } from "../../scripts/lib/classifier/baseline";
import { FIXTURE_POLICIES } from "../classify/fixture";

describe("TF-IDF + logistic regression baseline", () => {
  it("learns which segments of its training data carry a label", () => {
    const model = fitBaseline(FIXTURE_POLICIES);
    const policy = FIXTURE_POLICIES[0] ?? [];
    const probs = predictBaseline(model, [policy]);
    const L = LABELS.length;
    const sharing = LABELS.indexOf("sharing");
    const scores = policy.map((_, s) => probs[s * L + sharing] ?? 0);
    // Segment 3 is the sharing sentence.
    expect(scores.indexOf(Math.max(...scores))).toBe(3);
    for (const p of probs) expect(p).toBeGreaterThanOrEqual(0);
    for (const p of probs) expect(p).toBeLessThanOrEqual(1);
  });

  it("keeps every training 1–2-gram and ignores words it never saw", () => {
    const model = fitBaseline(FIXTURE_POLICIES);
    expect(model.vocab.has("cookies")).toBe(true);
    expect(model.vocab.has("use cookies") || model.vocab.has("stores cookies")).toBe(true);
    const unseen = predictBaseline(model, [[{ text: "zzqx vvrt", heading: "", gold: [] }]]);
    const empty = predictBaseline(model, [[{ text: "", heading: "", gold: [] }]]);
    expect(Array.from(unseen)).toEqual(Array.from(empty));
  });

  it("is deterministic", () => {
    const a = predictBaseline(fitBaseline(FIXTURE_POLICIES), FIXTURE_POLICIES);
    const b = predictBaseline(fitBaseline(FIXTURE_POLICIES), FIXTURE_POLICIES);
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});
