// Public API of the classifier (contract: other stages and the CLI code against exactly this).
import { CATEGORIES, type Category, type Classification } from "../types";
import { calibratedScore, decideLabels, predictProbabilities } from "./infer";
import { CATEGORY_COUNT } from "./labels";
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
  const holds = decideLabels(probs, model.thresholds, L, CATEGORY_COUNT, model.categoryFloor);
  return segments.map((_, s) => {
    const scores: Record<string, number> = {};
    const categories: Category[] = [];
    const labels: string[] = [];
    model.labels.forEach((label, l) => {
      let score = calibratedScore(probs[s * L + l] ?? 0, model.thresholds[l] ?? 0.5);
      // A category kept by the category floor reads as holding (score 0.5) like any other.
      if (holds[s * L + l] === 1) score = Math.max(score, 0.5);
      scores[label] = score;
      if (holds[s * L + l] !== 1) return;
      if (CATEGORY_SET.has(label)) categories.push(label as Category);
      else labels.push(label);
    });
    return { categories, scores, labels };
  });
}
