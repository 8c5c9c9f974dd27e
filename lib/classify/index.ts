// Public API of the classifier (contract: other stages and the CLI code against exactly this).
import { CATEGORIES, type Category, type Classification } from "../types";
import { calibratedScore, predictProbabilities } from "./infer";
import { decodeModelFile, type Model } from "./model-format";

export { FINE_LABELS, LABELS } from "./labels";
export type { Model } from "./model-format";

/** Validates and decodes a model file (already JSON-parsed). Throws Error("Model file is invalid: …"). */
export function parseModel(data: unknown): Model {
  return decodeModelFile(data);
}

const CATEGORY_SET = new Set<string>(CATEGORIES);

/**
 * Classifies a policy's segments. Pass them in document order: neighbours are used as context.
 * `scores` has every category and finer label, 0–1, where ≥ 0.5 means the label holds.
 */
export function classifySegments(
  model: Model,
  segments: { text: string; heading: string }[],
): Classification[] {
  const L = model.labels.length;
  const probs = predictProbabilities(model, segments);
  return segments.map((_, s) => {
    const scores: Record<string, number> = {};
    const categories: Category[] = [];
    const labels: string[] = [];
    model.labels.forEach((label, l) => {
      const score = calibratedScore(probs[s * L + l] ?? 0, model.thresholds[l] ?? 0.5);
      scores[label] = score;
      if (score < 0.5) return;
      if (CATEGORY_SET.has(label)) categories.push(label as Category);
      else labels.push(label);
    });
    return { categories, scores, labels };
  });
}
