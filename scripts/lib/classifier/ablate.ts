// Evaluation only: a model that never outputs some labels, to measure what each classifier output
// is worth to the summary (npm run eval:summary -- --without=…).
import { CATEGORY_COUNT, LABELS } from "../../../lib/classify/labels.ts";
import type { Model } from "../../../lib/classify/model-format.ts";

/**
 * Label names from a comma-separated list (no space after the commas: a comma followed by a space
 * belongs to a name, as in "User Access, Edit and Deletion"); "categories" and "fine" stand for
 * every category and every finer label. Throws on an unknown name.
 */
export function ablatedLabels(list: string): string[] {
  const out = new Set<string>();
  for (const raw of list.split(/,(?! )/)) {
    const name = raw.trim();
    if (!name) continue;
    if (name === "categories") for (const l of LABELS.slice(0, CATEGORY_COUNT)) out.add(l);
    else if (name === "fine") for (const l of LABELS.slice(CATEGORY_COUNT)) out.add(l);
    else if (LABELS.includes(name)) out.add(name);
    else
      throw new Error(`unknown label ${JSON.stringify(name)}; known: categories, fine, ${LABELS.join(", ")}`);
  }
  return [...out];
}

/**
 * The model with the given labels' bias pushed to −10⁴: their probability is 0, so neither their
 * threshold nor the category floor ever lets them hold. Every other label is scored as before.
 */
export function withoutLabels(model: Model, labels: readonly string[]): Model {
  const bias = Float32Array.from(model.bias);
  for (const l of labels) {
    const i = model.labels.indexOf(l);
    if (i < 0) throw new Error(`withoutLabels: the model has no label ${l}`);
    bias[i] = -1e4;
  }
  return { ...model, bias };
}
