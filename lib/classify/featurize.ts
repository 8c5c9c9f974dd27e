// Segment → hashed sparse features. Shared verbatim by training (scripts/train.ts) and inference so
// both see exactly the same features; pure and free of Node/DOM APIs.
import { fnv1a } from "./hash";

export interface FeatureConfig {
  /** Features are hashed into 2^hashBits buckets before the vocabulary cut. */
  hashBits: number;
  /** Longest word n-gram taken from the segment text (1–3). */
  wordNgrams: number;
  /** Character n-grams inside words (0 disables them). */
  charMin: number;
  charMax: number;
  /** Weights of the feature groups after each group is L2-normalised (0 disables a group). */
  weights: {
    words: number;
    chars: number;
    heading: number;
    /** Words of the previous and next segments: a segment often continues its neighbour's topic. */
    context: number;
    /** Position in the policy, length, heading presence. */
    meta: number;
  };
}

export interface SegmentInput {
  text: string;
  heading: string;
}

/** Feature groups, each L2-normalised on its own so that one long group cannot drown the others. */
export const GROUPS = ["words", "chars", "heading", "context", "meta"] as const;
export type Group = (typeof GROUPS)[number];
const GROUP_SEEDS = GROUPS.map((g) => fnv1a(`group:${g}`));

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

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/g;
const EMAIL_RE = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;

/**
 * Lower-cases and folds the variants policies use for the same word: curly quotes, URLs and e-mail
 * addresses become placeholder words (their exact value says nothing about the category).
 */
export function normalizeText(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(URL_RE, " xurlx ")
    .replace(EMAIL_RE, " xemailx ")
    .replace(/[\u2018\u2019\u02bc`']/g, "")
    .replace(/&/g, " and ");
}

export function tokenize(s: string): string[] {
  return normalizeText(s).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const SPACE = " ";

class Bag {
  readonly counts = new Map<number, number>();
  /** Distinct seeds keep the groups apart in the shared hash space. */
  readonly seed: number;
  constructor(
    private readonly mask: number,
    groupIndex: number,
  ) {
    this.seed = GROUP_SEEDS[groupIndex] ?? 0;
  }
  add(key: string): void {
    this.addHash(fnv1a(key, this.seed));
  }
  /** Adds an already computed hash (FNV-1a is sequential: hash("a b") = fnv(b, fnv(" ", fnv(a)))). */
  addHash(h: number): void {
    const b = h & this.mask;
    this.counts.set(b, (this.counts.get(b) ?? 0) + 1);
  }
}

function addWords(bag: Bag, tokens: string[], maxN: number): void {
  for (let i = 0; i < tokens.length; i++) {
    // Extend the n-gram hash in place instead of building "a b c" strings.
    let h = fnv1a(tokens[i] ?? "", bag.seed);
    bag.addHash(h);
    for (let n = 2; n <= maxN && i + n <= tokens.length; n++) {
      h = fnv1a(tokens[i + n - 1] ?? "", fnv1a(SPACE, h));
      bag.addHash(h);
    }
  }
}

function addChars(bag: Bag, tokens: string[], min: number, max: number): void {
  if (min <= 0 || max < min) return;
  for (const t of tokens) {
    const w = ` ${t} `;
    for (let n = min; n <= max; n++) {
      for (let i = 0; i + n <= w.length; i++) bag.add(w.slice(i, i + n));
    }
  }
}

function lengthBucket(n: number): string {
  if (n < 8) return "xs";
  if (n < 25) return "s";
  if (n < 60) return "m";
  if (n < 150) return "l";
  return "xl";
}

/**
 * Raw hashed features of every segment. The array order matters: neighbours give context
 * features and the index gives the relative position in the policy.
 */
export function extractRaw(segments: readonly SegmentInput[], cfg: FeatureConfig): RawFeatures[] {
  const mask = 2 ** cfg.hashBits - 1;
  const tokens = segments.map((s) => tokenize(s.text));
  const n = segments.length;
  return segments.map((seg, i) => {
    const bags: Bag[] = GROUPS.map((_, gi) => new Bag(mask, gi));
    const [words, chars, heading, context, meta] = bags as [Bag, Bag, Bag, Bag, Bag];
    const own = tokens[i] ?? [];
    if (cfg.weights.words > 0) addWords(words, own, cfg.wordNgrams);
    if (cfg.weights.chars > 0) addChars(chars, own, cfg.charMin, cfg.charMax);
    const head = tokenize(seg.heading);
    if (cfg.weights.heading > 0) addWords(heading, head, 2);
    if (cfg.weights.context > 0) {
      for (const t of tokens[i - 1] ?? []) context.add(`p ${t}`);
      for (const t of tokens[i + 1] ?? []) context.add(`n ${t}`);
    }
    if (cfg.weights.meta > 0) {
      const rel = n > 1 ? i / (n - 1) : 0;
      meta.add(`pos${Math.min(4, Math.floor(rel * 5))}`);
      if (i === 0) meta.add("first");
      if (i === n - 1) meta.add("last");
      meta.add(head.length === 0 ? "nohead" : "head");
      meta.add(`len-${lengthBucket(own.length)}`);
    }
    let size = 0;
    for (const b of bags) size += b.counts.size;
    const out: RawFeatures = {
      buckets: new Uint32Array(size),
      groups: new Uint8Array(size),
      counts: new Float32Array(size),
    };
    let k = 0;
    bags.forEach((bag, gi) => {
      for (const [bucket, count] of bag.counts) {
        out.buckets[k] = bucket;
        out.groups[k] = gi;
        out.counts[k] = count;
        k++;
      }
    });
    return out;
  });
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
