// Word clusters as the classifier reads them: a word's FNV-1a hash → its cluster id. The table is
// learned offline from unlabelled policy text (scripts/lib/classifier/word-clusters.ts) and stored
// in the model file without the words themselves; pure and free of Node/DOM APIs.
import { fnv1a } from "./hash";

export interface ClusterTable {
  /** Number of clusters; ids are 0 … count − 1. */
  count: number;
  /** fnv1a(word) → cluster id. */
  byHash: Map<number, number>;
}

/** The cluster id of a token (a lower-cased word as tokenize() yields it), −1 when it has none. */
export function clusterOf(table: ClusterTable, token: string): number {
  return table.byHash.get(fnv1a(token)) ?? -1;
}

/** Sorted hashes (delta + varint) and one id per hash (1 byte, or 2 little-endian past 256 clusters). */
export interface EncodedClusters {
  hashes: Uint8Array;
  ids: Uint8Array;
}

export function idBytes(count: number): 1 | 2 {
  return count <= 256 ? 1 : 2;
}

/** Word hashes + ids → the file's byte form. Duplicate hashes (collisions) keep the first id. */
export function encodeClusters(pairs: readonly [hash: number, id: number][], count: number): EncodedClusters {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const hashes: number[] = [];
  const width = idBytes(count);
  const ids: number[] = [];
  let prev = -1;
  for (const [h, id] of sorted) {
    if (h === prev) continue;
    let d = prev < 0 ? h : h - prev;
    prev = h;
    while (d >= 128) {
      hashes.push((d & 127) | 128);
      d = Math.floor(d / 128);
    }
    hashes.push(d);
    ids.push(id & 255);
    if (width === 2) ids.push(id >>> 8);
  }
  return { hashes: Uint8Array.from(hashes), ids: Uint8Array.from(ids) };
}

/** The byte form → a table; throws Error(reason) on a truncated or inconsistent payload. */
export function decodeClusters(
  hashes: Uint8Array,
  ids: Uint8Array,
  count: number,
  words: number,
): ClusterTable {
  const width = idBytes(count);
  if (ids.length !== words * width)
    throw new Error(`cluster ids hold ${ids.length} bytes, expected ${words * width} for ${words} words`);
  const byHash = new Map<number, number>();
  let prev = 0;
  let i = 0;
  for (let w = 0; w < words; w++) {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = hashes[i++];
      if (b === undefined || shift > 28) throw new Error("cluster hashes are truncated");
      v += (b & 127) * 2 ** shift;
      shift += 7;
      if (b < 128) break;
    }
    prev += v;
    const id = width === 1 ? (ids[w] as number) : (ids[2 * w] as number) | ((ids[2 * w + 1] as number) << 8);
    if (id >= count) throw new Error(`cluster id ${id} is not below the cluster count ${count}`);
    byHash.set(prev, id);
  }
  if (i !== hashes.length) throw new Error(`cluster hashes hold more than ${words} words`);
  return { count, byHash };
}
