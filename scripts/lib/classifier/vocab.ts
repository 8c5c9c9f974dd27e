// Training only: the vocabulary cut (document frequency) and IDF over the training segments.
import type { RawFeatures } from "./vectors.ts";

export interface Vocabulary {
  /** Kept buckets, ascending; a bucket's position is its model row. */
  buckets: Uint32Array;
  idf: Float32Array;
}

/** Keeps buckets seen in at least minDf training segments; smooth IDF as in scikit-learn. */
export function buildVocabulary(raws: readonly RawFeatures[], minDf: number): Vocabulary {
  const df = new Map<number, number>();
  for (const raw of raws) {
    for (const b of raw.buckets) df.set(b, (df.get(b) ?? 0) + 1);
  }
  const kept = [...df.entries()].filter(([, d]) => d >= minDf).map(([b]) => b);
  const buckets = Uint32Array.from(kept).sort();
  const n = raws.length;
  const idf = new Float32Array(buckets.length);
  buckets.forEach((b, r) => {
    idf[r] = Math.log((1 + n) / (1 + (df.get(b) ?? 0))) + 1;
  });
  return { buckets, idf };
}

/** Row lookup for training (the model uses an open-addressing table instead). */
export function rowLookup(vocab: Vocabulary): (bucket: number) => number {
  const map = new Map<number, number>();
  vocab.buckets.forEach((b, r) => {
    map.set(b, r);
  });
  return (b) => map.get(b) ?? -1;
}
