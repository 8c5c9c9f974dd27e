// Training only: each segment's hashed feature counts (lib/classify/featurize.ts, as inference counts
// them) → the TF-IDF vectors the solver fits. lib/classify/infer.ts computes the same arithmetic
// fused with the dot product.
import type { ClusterTable } from "../../../lib/classify/clusters.ts";
import {
  countFeatures,
  type FeatureConfig,
  GROUPS,
  type SegmentInput,
  tokenizeSegments,
} from "../../../lib/classify/featurize.ts";

/** Hashed term counts of one segment, before IDF and normalisation. */
export interface RawFeatures {
  buckets: Uint32Array;
  groups: Uint8Array;
  counts: Float32Array;
}

export interface SparseVector {
  /** Row indices into the model's weight matrix, ascending. */
  indices: Int32Array;
  values: Float32Array;
}

/** Raw hashed features of every segment (training keeps them to build the vocabulary). */
export function extractRaw(
  segments: readonly SegmentInput[],
  cfg: FeatureConfig,
  tokens: readonly string[][] = tokenizeSegments(segments),
  clusters: ClusterTable | null = null,
): RawFeatures[] {
  const bits = cfg.hashBits;
  const mask = 2 ** bits - 1;
  const out: RawFeatures[] = [];
  countFeatures(
    segments,
    cfg,
    tokens,
    (_, c) => {
      const k = c.size;
      const raw: RawFeatures = {
        buckets: new Uint32Array(k),
        groups: new Uint8Array(k),
        counts: Float32Array.from(c.counts.subarray(0, k)),
      };
      for (let j = 0; j < k; j++) {
        const key = c.keys[j] as number;
        raw.buckets[j] = key & mask;
        raw.groups[j] = key >>> bits;
      }
      out.push(raw);
    },
    clusters,
  );
  return out;
}

/** Maps a hashed bucket to its model row (−1 when the bucket was cut from the vocabulary). */
export type RowLookup = (bucket: number) => number;

/**
 * Sublinear TF × IDF, L2-normalised per group, scaled by the group weight. Buckets outside the
 * vocabulary are ignored entirely (also in the norm) so training and inference agree.
 */
export function vectorize(
  raw: RawFeatures,
  rowOf: RowLookup,
  idf: Float32Array,
  cfg: FeatureConfig,
): SparseVector {
  const groupWeights = GROUPS.map((g) => cfg.weights[g]);
  const rows: number[] = [];
  const vals: number[] = [];
  const groupOf: number[] = [];
  const norms = new Float64Array(GROUPS.length);
  for (let k = 0; k < raw.buckets.length; k++) {
    const row = rowOf(raw.buckets[k] ?? 0);
    if (row < 0) continue;
    const g = raw.groups[k] ?? 0;
    const v = (1 + Math.log(raw.counts[k] ?? 1)) * (idf[row] ?? 1);
    rows.push(row);
    vals.push(v);
    groupOf.push(g);
    norms[g] = (norms[g] ?? 0) + v * v;
  }
  // Two buckets of different groups may share a row after hashing; merge them so indices are unique.
  const merged = new Map<number, number>();
  for (let k = 0; k < rows.length; k++) {
    const g = groupOf[k] ?? 0;
    const norm = Math.sqrt(norms[g] ?? 0);
    if (norm === 0) continue;
    const v = ((vals[k] ?? 0) / norm) * (groupWeights[g] ?? 0);
    const row = rows[k] ?? 0;
    merged.set(row, (merged.get(row) ?? 0) + v);
  }
  const indices = Int32Array.from(merged.keys()).sort();
  const values = new Float32Array(indices.length);
  for (let k = 0; k < indices.length; k++) values[k] = merged.get(indices[k] ?? 0) ?? 0;
  return { indices, values };
}
