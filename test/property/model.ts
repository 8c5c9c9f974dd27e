// The model the property tests run the pipeline with: the bundled one when lib/classify/model-data.ts
// exists, else a valid all-zero model (every label scores the same), so the pipeline still runs end to end.
import { type Model, parseModel } from "../../lib/classify/index";
import { LABELS } from "../../lib/classify/labels";
import { MODEL_FORMAT, MODEL_VERSION, payloadChecksum } from "../../lib/classify/model-format";

export function zeroModel(): Model {
  const n = LABELS.length;
  const file = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    labels: [...LABELS],
    features: {
      hashBits: 16,
      wordNgrams: 1,
      charMin: 0,
      charMax: 0,
      weights: { words: 1, chars: 0, heading: 0, context: 0, meta: 0 },
    },
    rowCount: 0,
    buckets: "",
    idf: "",
    idfRange: [0, 1],
    weights: "",
    weightScales: new Array<number>(n).fill(1),
    bias: new Array<number>(n).fill(0),
    thresholds: new Array<number>(n).fill(0.5),
    checksum: "",
  };
  file.checksum = payloadChecksum(file);
  return parseModel(file);
}

/** The bundled model, or the zero model (and which one it is). */
export async function pipelineModel(): Promise<{ model: Model; bundled: boolean }> {
  try {
    const { loadBundledModel } = await import("../../lib/classify/bundled-model");
    return { model: loadBundledModel(), bundled: true };
  } catch {
    return { model: zeroModel(), bundled: false };
  }
}
