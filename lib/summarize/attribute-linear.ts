// One binary attribute model in its file form (int8 weights over hashed sentence features) and its
// probability. Pure (no Node or DOM APIs); shared by the runtime (attribute-model-infer.ts) and by
// training, which checks that the file it writes gives exactly the probabilities it measured.
import { decodeBase64 } from "../classify/base64";
import { attributeFeatures, type NegationMode } from "./attribute-features";

export interface BinaryAttributeModel {
  format: number;
  hashBits: number;
  negation: NegationMode;
  /** Real weight = int8 × scale. */
  scale: number;
  bias: number;
  /** P(first class) at or above this reads as the first class (chosen by cross-validation in training). */
  threshold: number;
  /** base64 of 2^hashBits int8 weights, one per feature bucket. */
  weights: string;
}

const decoded = new WeakMap<BinaryAttributeModel, Int8Array>();

function weightsOf(model: BinaryAttributeModel): Int8Array {
  let w = decoded.get(model);
  if (!w) {
    const bytes = decodeBase64(model.weights);
    if (!bytes || bytes.length !== 1 << model.hashBits) throw new Error("attribute model: corrupt weights");
    w = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    decoded.set(model, w);
  }
  return w;
}

/** P(first class) of `sentence` under a binary attribute model. */
export function binaryAttributeProbability(model: BinaryAttributeModel, sentence: string): number {
  const w = weightsOf(model);
  const x = attributeFeatures(sentence, { hashBits: model.hashBits, negation: model.negation });
  let z = model.bias;
  for (let k = 0; k < x.indices.length; k++)
    z += (w[x.indices[k] ?? 0] ?? 0) * model.scale * (x.values[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
