// Training only: turns trained weights into the versioned model file (int8 weights, varint buckets).
import { encodeBase64 } from "../../../lib/classify/base64.ts";
import type { FeatureConfig } from "../../../lib/classify/featurize.ts";
import { LABELS } from "../../../lib/classify/labels.ts";
import {
  type ClusterFile,
  MODEL_FORMAT,
  MODEL_VERSION,
  type ModelFile,
  PLAIN_MODEL_VERSION,
  payloadChecksum,
} from "../../../lib/classify/model-format.ts";
import type { LinearModel } from "./linear.ts";
import type { Vocabulary } from "./vocab.ts";

/** Rounds to a few significant digits: keeps the file small and its bytes stable. */
export function round(x: number, digits = 5): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  return Number(x.toPrecision(digits));
}

function encodeVarintDeltas(values: Uint32Array): Uint8Array {
  const out: number[] = [];
  let prev = 0;
  for (const v of values) {
    let d = v - prev;
    prev = v;
    while (d >= 128) {
      out.push((d & 127) | 128);
      d = Math.floor(d / 128);
    }
    out.push(d);
  }
  return Uint8Array.from(out);
}

export interface TrainedStage {
  features: FeatureConfig;
  vocab: Vocabulary;
  linear: LinearModel;
  /** Word clusters the features read (features.weights.clusters > 0). */
  clusters?: ClusterFile;
}

export interface ExportInput extends TrainedStage {
  thresholds: readonly number[];
  categoryFloor?: number;
  meta?: Record<string, unknown>;
}

/** The linear model → its file form (int8 weights, 8-bit IDF, varint-coded buckets). */
export function exportModel(input: ExportInput): ModelFile {
  const { vocab, linear } = input;
  const L = LABELS.length;
  const rows = vocab.buckets.length;
  if (linear.labels !== L || linear.dim !== rows)
    throw new Error("exportModel: weights do not match vocabulary/labels");

  // Per-label symmetric int8 scale: the largest weight maps to ±127.
  const scales = new Float64Array(L);
  for (let r = 0; r < rows; r++) {
    for (let l = 0; l < L; l++)
      scales[l] = Math.max(scales[l] ?? 0, Math.abs(linear.weights[r * L + l] ?? 0));
  }
  const weightScales = Array.from(scales, (m) => round(m > 0 ? m / 127 : 1, 7));
  const q = new Int8Array(rows * L);
  for (let r = 0; r < rows; r++) {
    for (let l = 0; l < L; l++) {
      const v = Math.round((linear.weights[r * L + l] ?? 0) / (weightScales[l] ?? 1));
      q[r * L + l] = Math.max(-127, Math.min(127, v));
    }
  }

  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of vocab.idf) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (rows === 0) {
    lo = 1;
    hi = 1;
  }
  lo = round(lo, 7);
  hi = round(hi, 7);
  const idfBytes = Uint8Array.from(vocab.idf, (v) =>
    hi > lo ? Math.round(((v - lo) / (hi - lo)) * 255) : 0,
  );

  const payload = {
    buckets: encodeBase64(encodeVarintDeltas(vocab.buckets)),
    idf: encodeBase64(idfBytes),
    weights: encodeBase64(new Uint8Array(q.buffer)),
    ...(input.clusters ? { clusters: input.clusters } : {}),
  };
  const file: ModelFile = {
    format: MODEL_FORMAT,
    version: input.clusters ? MODEL_VERSION : PLAIN_MODEL_VERSION,
    labels: [...LABELS],
    features: input.features,
    rowCount: rows,
    buckets: payload.buckets,
    idf: payload.idf,
    idfRange: [lo, hi],
    weights: payload.weights,
    weightScales,
    bias: Array.from(linear.bias, (b) => round(b)),
    thresholds: input.thresholds.map((t) => round(t, 4)),
    ...(input.clusters ? { clusters: input.clusters } : {}),
    checksum: payloadChecksum(payload),
  };
  if (input.categoryFloor && input.categoryFloor > 0) file.categoryFloor = input.categoryFloor;
  if (input.meta) file.meta = input.meta;
  return file;
}
