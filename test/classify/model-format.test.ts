import { beforeAll, describe, expect, it } from "vitest";
import { classifySegments, parseModel } from "../../lib/classify/index";
import { LABELS } from "../../lib/classify/labels";
import type { ModelFile } from "../../lib/classify/model-format";
import { CATEGORIES } from "../../lib/types";
import { FIXTURE_CONFIG, FIXTURE_POLICIES, trainFile } from "./fixture";

let file: ModelFile;
beforeAll(() => {
  file = trainFile();
});

const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(file)) as Record<string, unknown>;
const flip = (s: string): string => (s[0] === "A" ? "B" : "A") + s.slice(1);

describe("parseModel", () => {
  it("accepts a freshly trained model", () => {
    const model = parseModel(clone());
    expect(model.labels).toEqual(LABELS);
    expect(model.rowCount).toBe(file.rowCount);
  });

  it("accepts a model with the word-prefix feature group and scores with it", () => {
    const features = {
      ...FIXTURE_CONFIG.features,
      prefixLen: 5,
      weights: { ...FIXTURE_CONFIG.features.weights, words: 0, prefixes: 1 },
    };
    const prefixed = trainFile(FIXTURE_POLICIES, { ...FIXTURE_CONFIG, features });
    const model = parseModel(JSON.parse(JSON.stringify(prefixed)));
    expect(model.features.prefixLen).toBe(5);
    const [cookie, security] = classifySegments(model, [
      { text: "Our site stores cookies on your device.", heading: "" },
      { text: "We protect stored passwords with encryption.", heading: "" },
    ]);
    expect(cookie?.scores.cookies).toBeGreaterThan(security?.scores.cookies ?? 1);
  });

  const cases: [string, (m: Record<string, unknown>) => unknown, RegExp][] = [
    ["null", () => null, /expected a JSON object/],
    ["a string", () => "model", /expected a JSON object/],
    ["another format", (m) => ({ ...m, format: "something-else" }), /format is "something-else"/],
    ["a newer version", (m) => ({ ...m, version: 99 }), /version 99 is not supported/],
    ["missing weights", (m) => ({ ...m, weights: undefined }), /weights/],
    [
      "labels of another code version",
      (m) => ({ ...m, labels: [...LABELS].reverse() }),
      /labels do not match/,
    ],
    ["a short thresholds list", (m) => ({ ...m, thresholds: [0.5] }), /thresholds has 1 entries/],
    ["an edited weight payload", (m) => ({ ...m, weights: flip(String(m.weights)) }), /checksum mismatch/],
    ["a wrong row count", (m) => ({ ...m, rowCount: Number(m.rowCount) + 1 }), /rowCount/],
    ["a non-number bias", (m) => ({ ...m, bias: LABELS.map(() => "x") }), /bias/],
    [
      "the previous format version",
      (m) => ({ ...m, version: 4 }),
      /version 4 is not supported.*expects 5 or 6/,
    ],
    ["a category floor above 1", (m) => ({ ...m, categoryFloor: 2 }), /categoryFloor/],
    [
      "a prefix weight without a prefix length",
      (m) => {
        const features = m.features as { weights: Record<string, number> };
        return { ...m, features: { ...features, weights: { ...features.weights, prefixes: 1 } } };
      },
      /features\.weights\.prefixes is set but features\.prefixLen is missing/,
    ],
  ];
  it.each(cases)("rejects %s with a clear message", (_, mutate, message) => {
    const bad = mutate(clone());
    expect(() => parseModel(bad)).toThrow(/^Model file is invalid: /);
    expect(() => parseModel(bad)).toThrow(message);
  });
});

describe("classifySegments", () => {
  it("returns one classification per segment with every label scored in 0..1", () => {
    const model = parseModel(clone());
    const segments = [
      { text: "We keep your order details for two years.", heading: "Retention" },
      { text: "Our partners may set cookies.", heading: "" },
    ];
    const out = classifySegments(model, segments);
    expect(out).toHaveLength(2);
    for (const c of out) {
      expect(Object.keys(c.scores).sort()).toEqual([...LABELS].sort());
      for (const v of Object.values(c.scores)) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
      for (const cat of c.categories) expect(CATEGORIES).toContain(cat);
      for (const cat of c.categories) expect(c.scores[cat]).toBeGreaterThanOrEqual(0.5);
      for (const l of c.labels) expect(CATEGORIES as readonly string[]).not.toContain(l);
    }
  });

  it("handles an empty policy and empty text", () => {
    const model = parseModel(clone());
    expect(classifySegments(model, [])).toEqual([]);
    expect(classifySegments(model, [{ text: "", heading: "" }])).toHaveLength(1);
  });
});
