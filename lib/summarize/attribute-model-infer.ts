// Runtime side of the sentence-level Does / Does Not model for third-party sharing: the probability
// that a sharing sentence states that personal data IS shared rather than denying it. Pure (no Node
// or DOM APIs), so it runs in the extension. Trained by `npm run train:attributes`
// (scripts/train-attributes.ts), which writes attribute-model.ts; measured by
// `npm run eval:attributes` (5-fold policy-level cross-validation).

import { binaryAttributeProbability } from "./attribute-linear";
import { SHARING_POLARITY_MODEL } from "./attribute-model";

/** `does` at or above this reads as "does" (chosen by cross-validation when training). */
export const SHARING_DOES_THRESHOLD: number = SHARING_POLARITY_MODEL.threshold;

/**
 * Does / Does Not of a sharing sentence: `does` near 0 for "We do not sell or share your
 * information", near 1 for "We share your information with our partners". Meant for sentences
 * already known to speak of sharing.
 */
export function attributePolarity(sentence: string): { does: number } {
  return { does: binaryAttributeProbability(SHARING_POLARITY_MODEL, sentence) };
}
