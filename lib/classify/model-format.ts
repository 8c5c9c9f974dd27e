// The model file: a versioned JSON document with base64 payloads, validated with zod/mini (the full
// zod is too heavy for the extension bundle) and decoded into typed arrays once per load.
import { z } from "zod/mini";
import { decodeBase64 } from "./base64";
import { type ClusterTable, decodeClusters } from "./clusters";
import type { FeatureConfig } from "./featurize";
import { fnv1a } from "./hash";
import { LABELS } from "./labels";

export const MODEL_FORMAT = "privacy-glance-classifier";
/**
 * 6: a word-cluster table (`clusters`) and the feature group that reads it. A model without
 *    clusters is still written as version 5, so code that predates clusters reads it unchanged and
 *    rejects, rather than misreads, one with them.
 * 5: one linear model (the version-4 ensemble `stages` and the `stack` stage are gone: no trained
 *    model used them) whose thresholds and category floor are chosen by cross-validation. Version 4
 *    added the word-prefix feature group, version 3 the category floor.
 */
export const MODEL_VERSION = 6;
/** The version of a model file without word clusters (see MODEL_VERSION). */
export const PLAIN_MODEL_VERSION = 5;
const VERSIONS: readonly unknown[] = [PLAIN_MODEL_VERSION, MODEL_VERSION];

const finite = z.number().check(z.refine(Number.isFinite, "must be a finite number"));
const count = z.int().check(z.minimum(0));

const featureSchema = z.object({
  hashBits: z.int().check(z.minimum(8), z.maximum(24)),
  wordNgrams: z.int().check(z.minimum(1), z.maximum(3)),
  charMin: count,
  charMax: count,
  prefixLen: z.optional(count),
  clusterNgrams: z.optional(z.int().check(z.minimum(1), z.maximum(2))),
  weights: z.object({
    words: finite,
    chars: finite,
    heading: finite,
    context: finite,
    meta: finite,
    prefixes: z.optional(finite),
    clusters: z.optional(finite),
  }),
});

/** Word clusters learned from unlabelled policy text (lib/classify/clusters.ts), without the words. */
const clusterSchema = z.object({
  count: z.int().check(z.minimum(1), z.maximum(65536)),
  words: count,
  /** Sorted FNV-1a hashes of the words, delta + varint coded, base64. */
  hashes: z.string(),
  /** One cluster id per hash (1 byte, 2 little-endian bytes past 256 clusters), base64. */
  ids: z.string(),
});

export const modelFileSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  version: z.union([z.literal(PLAIN_MODEL_VERSION), z.literal(MODEL_VERSION)]),
  labels: z.array(z.string()),
  features: featureSchema,
  rowCount: count,
  /** Sorted vocabulary buckets, delta + varint coded, base64. */
  buckets: z.string(),
  /** One byte per row: IDF quantised linearly into idfRange. */
  idf: z.string(),
  idfRange: z.tuple([finite, finite]),
  /** Int8 weights, row-major [row][label], base64; real weight = byte × weightScales[label]. */
  weights: z.string(),
  weightScales: z.array(finite),
  bias: z.array(finite),
  /** Probability cut per label, chosen on out-of-fold predictions (scripts/lib/classifier/cv.ts). */
  thresholds: z.array(finite),
  /**
   * When no category of a segment reaches its threshold, the category with the highest
   * probability ÷ threshold still holds if that ratio is at least categoryFloor (0–1; nearly every
   * policy paragraph has a category). Absent or 0 = off.
   */
  categoryFloor: z.optional(finite.check(z.minimum(0), z.maximum(1))),
  /** Word clusters read by the `clusters` feature group; absent = no cluster features. */
  clusters: z.optional(clusterSchema),
  /** FNV-1a (hex) of buckets + idf + weights (+ the cluster payloads): catches truncated or edited payloads. */
  checksum: z.string(),
  /** Free-form provenance (training data, figures); not used by inference. */
  meta: z.optional(z.record(z.string(), z.unknown())),
});
export type ModelFile = z.infer<typeof modelFileSchema>;
export type ClusterFile = z.infer<typeof clusterSchema>;

/** The decoded, ready-to-run model. */
export interface Model {
  version: number;
  labels: readonly string[];
  features: FeatureConfig;
  rowCount: number;
  /**
   * Open-addressing table (see lookupSlot), empty when denseRows is used: TABLE_STRIDE int32s per slot,
   * the bucket and its row (−1 = empty slot). Kept small (8-byte slots, at most 2/3 full) because
   * inference probes it at random for every feature: a smaller table stays in the CPU cache.
   */
  table: Int32Array;
  /** Small hash spaces (≤ 2^DENSE_ROWS_MAX_BITS): bucket → row (−1 = not in the vocabulary) directly. */
  denseRows: Int32Array | null;
  idf: Float32Array;
  weights: Int8Array;
  weightScales: Float32Array;
  bias: Float32Array;
  thresholds: Float32Array;
  /** See the file field; 0 = off. */
  categoryFloor: number;
  /** Decoded word clusters; null when the file has none. */
  clusters: ClusterTable | null;
}

/** Up to 2^16 buckets (256 KiB) a direct bucket → row array replaces the hash-table probe. */
const DENSE_ROWS_MAX_BITS = 16;

export function payloadChecksum(
  file: Pick<ModelFile, "buckets" | "idf" | "weights"> & { clusters?: Pick<ClusterFile, "hashes" | "ids"> },
): string {
  let h = fnv1a(file.weights, fnv1a(file.idf, fnv1a(file.buckets)));
  if (file.clusters) h = fnv1a(file.clusters.ids, fnv1a(file.clusters.hashes, h));
  return h.toString(16).padStart(8, "0");
}

function fail(reason: string): never {
  throw new Error(`Model file is invalid: ${reason}`);
}

function describeIssues(issues: readonly { path: PropertyKey[]; code: string; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message} (${i.code})`)
    .join("; ");
}

function decodeVarintDeltas(bytes: Uint8Array, expected: number): Uint32Array {
  const out = new Uint32Array(expected);
  let prev = 0;
  let k = 0;
  let i = 0;
  while (i < bytes.length) {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[i++];
      if (b === undefined || shift > 28) fail("buckets payload is truncated");
      v += (b & 127) * 2 ** shift;
      shift += 7;
      if (b < 128) break;
    }
    if (k >= expected) fail(`buckets payload holds more than rowCount=${expected} entries`);
    prev += v;
    out[k++] = prev;
  }
  if (k !== expected) fail(`buckets payload holds ${k} entries, rowCount says ${expected}`);
  return out;
}

/** Int32s per table slot: bucket, row. */
export const TABLE_STRIDE = 2;

function buildTable(buckets: Uint32Array): Int32Array {
  // Between 1/3 and 2/3 full: always an empty slot to end a probe, and short probes stay within a
  // cache line (eight 8-byte slots).
  let size = 16;
  while (size < buckets.length * 1.5) size *= 2;
  const table = new Int32Array(size * TABLE_STRIDE);
  for (let slot = 0; slot < size; slot++) table[slot * TABLE_STRIDE + 1] = -1;
  const mask = size - 1;
  for (let r = 0; r < buckets.length; r++) {
    const b = buckets[r] ?? 0;
    let slot = (Math.imul(b, 0x9e3779b1) >>> 0) & mask;
    while ((table[slot * TABLE_STRIDE + 1] ?? -1) >= 0) slot = (slot + 1) & mask;
    table[slot * TABLE_STRIDE] = b;
    table[slot * TABLE_STRIDE + 1] = r;
  }
  return table;
}

/**
 * Offset in `table` of a hashed bucket's slot (its row at +1), −1 when the bucket is not in the
 * vocabulary. For models without denseRows.
 */
export function lookupSlot(model: Pick<Model, "table">, bucket: number): number {
  const { table } = model;
  if (table.length === 0) return -1;
  const mask = table.length / TABLE_STRIDE - 1;
  let slot = (Math.imul(bucket, 0x9e3779b1) >>> 0) & mask;
  for (;;) {
    const at = slot * TABLE_STRIDE;
    if ((table[at + 1] as number) < 0) return -1;
    if (table[at] === bucket) return at;
    slot = (slot + 1) & mask;
  }
}

/** Validates a parsed model file and decodes its payloads. Throws Error("Model file is invalid: …"). */
export function decodeModelFile(data: unknown): Model {
  if (typeof data !== "object" || data === null)
    fail(`expected a JSON object, got ${data === null ? "null" : typeof data}`);
  const head = data as { format?: unknown; version?: unknown };
  if (head.format !== MODEL_FORMAT)
    fail(`format is ${JSON.stringify(head.format)}, expected "${MODEL_FORMAT}"`);
  if (!VERSIONS.includes(head.version)) {
    fail(
      `version ${JSON.stringify(head.version)} is not supported by this code (expects ${PLAIN_MODEL_VERSION} or ${MODEL_VERSION}); retrain with npm run train`,
    );
  }
  const parsed = modelFileSchema.safeParse(data);
  if (!parsed.success) fail(describeIssues(parsed.error.issues));
  const file = parsed.data;

  const labelCount = LABELS.length;
  if (file.labels.length !== labelCount || file.labels.some((l, i) => l !== LABELS[i])) {
    fail(
      `labels do not match this code's labels (model has ${file.labels.length}, code expects ${labelCount}); retrain with npm run train`,
    );
  }
  if (file.thresholds.length !== labelCount)
    fail(`thresholds has ${file.thresholds.length} entries, expected ${labelCount}`);
  if (payloadChecksum(file) !== file.checksum)
    fail("checksum mismatch (the payload is corrupt or was edited)");
  for (const [name, arr] of [
    ["weightScales", file.weightScales],
    ["bias", file.bias],
  ] as const) {
    if (arr.length !== labelCount) fail(`${name} has ${arr.length} entries, expected ${labelCount}`);
  }
  if (file.features.charMax < file.features.charMin) fail(`features.charMax is below charMin`);
  if ((file.features.weights.prefixes ?? 0) > 0 && (file.features.prefixLen ?? 0) < 1)
    fail(`features.weights.prefixes is set but features.prefixLen is missing or 0`);
  const bucketBytes = decodeBase64(file.buckets) ?? fail(`buckets is not valid base64`);
  const idfBytes = decodeBase64(file.idf) ?? fail(`idf is not valid base64`);
  const weightBytes = decodeBase64(file.weights) ?? fail(`weights is not valid base64`);
  const rows = file.rowCount;
  if (idfBytes.length !== rows) fail(`idf has ${idfBytes.length} bytes, expected rowCount=${rows}`);
  if (weightBytes.length !== rows * labelCount)
    fail(`weights has ${weightBytes.length} bytes, expected ${rows * labelCount}`);
  const buckets = decodeVarintDeltas(bucketBytes, rows);
  const limit = 2 ** file.features.hashBits;
  if (rows > 0 && (buckets[rows - 1] ?? 0) >= limit) fail(`a bucket lies outside 2^hashBits`);
  const [lo, hi] = file.idfRange;
  const idf = new Float32Array(rows);
  const step = (hi - lo) / 255;
  for (let r = 0; r < rows; r++) idf[r] = lo + (idfBytes[r] ?? 0) * step;
  if (file.clusters && file.version !== MODEL_VERSION)
    fail(`a version ${file.version} file cannot carry word clusters (version ${MODEL_VERSION} can)`);
  let clusters: ClusterTable | null = null;
  if (file.clusters) {
    const c = file.clusters;
    const hashes = decodeBase64(c.hashes) ?? fail(`clusters.hashes is not valid base64`);
    const ids = decodeBase64(c.ids) ?? fail(`clusters.ids is not valid base64`);
    try {
      clusters = decodeClusters(hashes, ids, c.count, c.words);
    } catch (e) {
      fail((e as Error).message);
    }
  }
  if ((file.features.weights.clusters ?? 0) > 0 && !clusters)
    fail(`features.weights.clusters is set but the file has no clusters table`);
  let denseRows: Int32Array | null = null;
  let table: Int32Array = new Int32Array(0);
  if (file.features.hashBits <= DENSE_ROWS_MAX_BITS) {
    denseRows = new Int32Array(limit).fill(-1);
    for (let r = 0; r < rows; r++) denseRows[buckets[r] ?? 0] = r;
  } else {
    table = buildTable(buckets);
  }
  return {
    version: file.version,
    labels: file.labels,
    features: file.features,
    rowCount: rows,
    table,
    denseRows,
    idf,
    weights: new Int8Array(weightBytes.buffer, weightBytes.byteOffset, weightBytes.length),
    weightScales: Float32Array.from(file.weightScales),
    bias: Float32Array.from(file.bias),
    thresholds: Float32Array.from(file.thresholds),
    categoryFloor: file.categoryFloor ?? 0,
    clusters,
  };
}
