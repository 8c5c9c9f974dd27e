import { describe, expect, it } from "vitest";
import { CATEGORY_COUNT, LABELS } from "../../lib/classify/labels";
import { pseudoLabelled, type SelfTrainOptions } from "../../scripts/lib/classifier/self-train";

const L = LABELS.length;
const OPTS: SelfTrainOptions = { confidence: 0.9, weight: 0.3, maxSegments: 10, minWords: 3 };
const row = (set: Record<string, number>): number[] => LABELS.map((l) => set[l] ?? 0.02);
const doc = (name: string, texts: string[]) => ({
  name,
  segments: texts.map((text) => ({ text, heading: "Head" })),
});

describe("pseudoLabelled", () => {
  const docs = [doc("a.md", ["we keep your order for two years", "we may share some details", "ok"])];
  const probs = [
    Float32Array.from([
      ...row({ "Data Retention": 0.95 }),
      // Unsure: sharing at 0.6 is neither present nor absent.
      ...row({ "Third Party Sharing/Collection": 0.6 }),
      ...row({ Other: 0.99 }),
    ]),
  ];

  it("keeps a sure segment with its categories, weighted, and drops an unsure one", () => {
    const out = pseudoLabelled(docs, probs, OPTS);
    expect(out).toEqual([
      [{ text: "we keep your order for two years", heading: "Head", gold: ["Data Retention"], weight: 0.3 }],
    ]);
  });

  it("needs one sure category: all categories absent is no example", () => {
    const none = [Float32Array.from(row({}))];
    expect(pseudoLabelled([doc("b.md", ["nothing sure about this one"])], none, OPTS)).toEqual([]);
  });

  it("adds finer labels above 0.5 and skips segments shorter than minWords", () => {
    const p = [
      Float32Array.from([...row({ "First Party Collection/Use": 0.97, cookies: 0.7, location: 0.4 })]),
    ];
    const [[seg] = []] = pseudoLabelled([doc("c.md", ["our site sets cookies"])], p, OPTS);
    expect(seg?.gold).toEqual(["First Party Collection/Use", "cookies"]);
    expect(pseudoLabelled([doc("c.md", ["cookies"])], p, OPTS)).toEqual([]);
  });

  it("caps the count deterministically and keeps document order", () => {
    const texts = Array.from({ length: 8 }, (_, i) => `segment number ${i} says retention`);
    const p = [Float32Array.from(texts.flatMap(() => row({ "Data Retention": 0.95 })))];
    const a = pseudoLabelled([doc("d.md", texts)], p, { ...OPTS, maxSegments: 3 });
    expect(a[0]).toHaveLength(3);
    expect(pseudoLabelled([doc("d.md", texts)], p, { ...OPTS, maxSegments: 3 })).toEqual(a);
    const order = (a[0] ?? []).map((s) => texts.indexOf(s.text));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(CATEGORY_COUNT).toBeLessThan(L);
  });
});
