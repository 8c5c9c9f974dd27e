// The shipped sentence-level Does / Does Not model of sharing (lib/summarize/attribute-model-infer.ts).
// Sentences are our own.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { encodeBase64 } from "../../lib/classify/base64";
import { type BinaryAttributeModel, binaryAttributeProbability } from "../../lib/summarize/attribute-linear";
import { SHARING_POLARITY_MODEL } from "../../lib/summarize/attribute-model";
import { attributePolarity, SHARING_DOES_THRESHOLD } from "../../lib/summarize/attribute-model-infer";

describe("attributePolarity", () => {
  it.each([
    ["We share your personal information with our advertising partners.", true],
    ["We may disclose your information to third-party service providers who host our site.", true],
    ["We do not sell, rent or share your personal information with third parties.", false],
    ["Your e-mail address will never be disclosed to outside companies.", false],
  ])("%s → does %s", (sentence, does) => {
    const p = attributePolarity(sentence).does;
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThanOrEqual(1);
    expect(p >= SHARING_DOES_THRESHOLD).toBe(does);
  });

  it("rates a denial below the same sentence affirmed", () => {
    const affirmed = attributePolarity("We share your data with third parties.").does;
    const denied = attributePolarity("We do not share your data with third parties.").does;
    expect(denied).toBeLessThan(affirmed);
  });

  it("is a small model with a sane threshold", () => {
    expect(SHARING_POLARITY_MODEL.weights.length).toBe(
      Math.ceil((1 << SHARING_POLARITY_MODEL.hashBits) / 3) * 4,
    );
    expect(SHARING_DOES_THRESHOLD).toBeGreaterThan(0);
    expect(SHARING_DOES_THRESHOLD).toBeLessThan(1);
  });

  it("uses no Node or DOM API at run time", () => {
    for (const f of [
      "attribute-model-infer.ts",
      "attribute-linear.ts",
      "attribute-features.ts",
      "attribute-model.ts",
    ]) {
      const src = readFileSync(new URL(`../../lib/summarize/${f}`, import.meta.url), "utf8");
      expect(src).not.toMatch(/from "node:|require\(|\bdocument\.|\bwindow\./);
    }
  });
});

describe("binaryAttributeProbability", () => {
  const model = (weights: Int8Array, bias = 0): BinaryAttributeModel => ({
    format: 1,
    hashBits: 4,
    negation: "mark",
    scale: 0.5,
    bias,
    threshold: 0.5,
    weights: encodeBase64(new Uint8Array(weights.buffer)),
  });

  it("is the sigmoid of the bias for an empty sentence", () => {
    expect(binaryAttributeProbability(model(new Int8Array(16), 0), "")).toBeCloseTo(0.5, 12);
    expect(binaryAttributeProbability(model(new Int8Array(16), 2), "")).toBeCloseTo(
      1 / (1 + Math.exp(-2)),
      12,
    );
  });

  it("rejects weights of the wrong length", () => {
    expect(() => binaryAttributeProbability(model(new Int8Array(8)), "x")).toThrow(/corrupt/);
  });
});
