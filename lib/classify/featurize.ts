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

/** Tokens of every segment's text (shareable between the stages of an ensemble). */
export function tokenizeSegments(segments: readonly SegmentInput[]): string[][] {
  return segments.map((s) => tokenize(s.text));
}

const SPACE = " ";

/** Counts of one segment's features, keyed by group × 2^hashBits + bucket, in first-seen order. */
interface Counts {
  inc(key: number): void;
  /** Calls visit for every key in first-seen order, then forgets everything (ready for reuse). */
  drain(visit: (key: number, count: number) => void): number;
}

/**
 * Large hash spaces (the word stage, 2^20 buckets per group): open addressing on typed arrays.
 * Same keys, counts and first-seen order as a Map would give, several times faster (no boxing).
 */
class HashCounts implements Counts {
  private table = new Int32Array(4096).fill(-1);
  /** Slot of each key in first-seen order, so drain can clear exactly the used slots. */
  private order = new Int32Array(2048);
  private keys = new Int32Array(2048);
  private counts = new Uint32Array(2048);
  private size = 0;
  inc(key: number): void {
    const mask = this.table.length - 1;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const at = this.table[slot] as number;
      if (at < 0) break;
      if (this.keys[at] === key) {
        this.counts[at] = (this.counts[at] as number) + 1;
        return;
      }
      slot = (slot + 1) & mask;
    }
    const at = this.size++;
    if (at === this.keys.length) this.growEntries();
    this.keys[at] = key;
    this.counts[at] = 1;
    this.order[at] = slot;
    this.table[slot] = at;
    if (this.size * 2 > this.table.length) this.rehash();
  }
  private growEntries(): void {
    const n = this.keys.length * 2;
    const keys = new Int32Array(n);
    keys.set(this.keys);
    this.keys = keys;
    const counts = new Uint32Array(n);
    counts.set(this.counts);
    this.counts = counts;
    const order = new Int32Array(n);
    order.set(this.order);
    this.order = order;
  }
  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = this.table.length - 1;
    for (let at = 0; at < this.size; at++) {
      let slot = (Math.imul(this.keys[at] as number, 0x9e3779b1) >>> 0) & mask;
      while ((this.table[slot] as number) >= 0) slot = (slot + 1) & mask;
      this.table[slot] = at;
      this.order[at] = slot;
    }
  }
  drain(visit: (key: number, count: number) => void): number {
    const n = this.size;
    for (let at = 0; at < n; at++) {
      visit(this.keys[at] as number, this.counts[at] as number);
      this.table[this.order[at] as number] = -1;
    }
    this.size = 0;
    return n;
  }
}

/** Small hash spaces (e.g. the character-n-gram stage): a dense array beats a Map by far. */
class DenseCounts implements Counts {
  private readonly counts: Uint32Array;
  private keys = new Int32Array(1024);
  private size = 0;
  constructor(space: number) {
    this.counts = new Uint32Array(space);
  }
  inc(key: number): void {
    const c = (this.counts[key] ?? 0) + 1;
    this.counts[key] = c;
    if (c === 1) {
      if (this.size === this.keys.length) {
        const grown = new Int32Array(this.size * 2);
        grown.set(this.keys);
        this.keys = grown;
      }
      this.keys[this.size++] = key;
    }
  }
  drain(visit: (key: number, count: number) => void): number {
    const n = this.size;
    for (let i = 0; i < n; i++) {
      const key = this.keys[i] ?? 0;
      visit(key, this.counts[key] ?? 0);
      this.counts[key] = 0;
    }
    this.size = 0;
    return n;
  }
}

/** Dense counting up to this many (group, bucket) keys (4 bytes each). */
const DENSE_LIMIT = 2 ** 19;

/** One feature group's view of a segment's counts (all groups share one Counts). */
class Bag {
  /** Distinct seeds keep the groups apart in the shared hash space. */
  readonly seed: number;
  private readonly offset: number;
  constructor(
    private readonly counts: Counts,
    private readonly mask: number,
    groupIndex: number,
  ) {
    this.seed = GROUP_SEEDS[groupIndex] ?? 0;
    this.offset = groupIndex * (mask + 1);
  }
  add(key: string): void {
    this.addHash(fnv1a(key, this.seed));
  }
  /** Adds an already computed hash (FNV-1a is sequential: hash("a b") = fnv(b, fnv(" ", fnv(a)))). */
  addHash(h: number): void {
    this.counts.inc(this.offset + (h & this.mask));
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

/** Character n-grams of " word " (min..max long). FNV-1a is sequential, so the hash of every
 * n-gram starting at i is extended one character at a time instead of slicing substrings. */
function addChars(
  bag: Bag,
  tokens: string[],
  min: number,
  max: number,
  cache: Map<string, Uint32Array>,
): void {
  if (min <= 0 || max < min) return;
  for (const t of tokens) {
    // A policy repeats its words: each distinct word's n-gram hashes are computed once per call.
    let hashes = cache.get(t);
    if (!hashes) {
      hashes = charHashes(t, bag.seed, min, max);
      cache.set(t, hashes);
    }
    for (let k = 0; k < hashes.length; k++) bag.addHash(hashes[k] as number);
  }
}

function charHashes(t: string, seed: number, min: number, max: number): Uint32Array {
  const space = SPACE.charCodeAt(0);
  const len = t.length + 2;
  const out: number[] = [];
  for (let i = 0; i < len; i++) {
    let h = seed;
    const end = Math.min(len, i + max);
    for (let j = i; j < end; j++) {
      const c = j === 0 || j === len - 1 ? space : t.charCodeAt(j - 1);
      h = Math.imul(h ^ c, 0x01000193) >>> 0;
      if (j - i + 1 >= min) out.push(h);
    }
  }
  return Uint32Array.from(out);
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
export function extractRaw(
  segments: readonly SegmentInput[],
  cfg: FeatureConfig,
  tokens: readonly string[][] = tokenizeSegments(segments),
): RawFeatures[] {
  const size = 2 ** cfg.hashBits;
  const mask = size - 1;
  const n = segments.length;
  // Headings repeat over many consecutive segments: tokenise each distinct one once.
  const headTokens = new Map<string, string[]>();
  const charCache = new Map<string, Uint32Array>();
  const counts: Counts =
    GROUPS.length * size <= DENSE_LIMIT ? new DenseCounts(GROUPS.length * size) : new HashCounts();
  const bags: Bag[] = GROUPS.map((_, gi) => new Bag(counts, mask, gi));
  const [words, chars, heading, context, meta] = bags as [Bag, Bag, Bag, Bag, Bag];
  // Scratch for one segment's features, copied out at the end of each segment.
  let keys = new Float64Array(256);
  let values = new Float32Array(256);
  return segments.map((seg, i) => {
    const own = tokens[i] ?? [];
    if (cfg.weights.words > 0) addWords(words, own, cfg.wordNgrams);
    if (cfg.weights.chars > 0) addChars(chars, own, cfg.charMin, cfg.charMax, charCache);
    let head = headTokens.get(seg.heading);
    if (!head) {
      head = tokenize(seg.heading);
      headTokens.set(seg.heading, head);
    }
    if (cfg.weights.heading > 0) addWords(heading, head, 2);
    if (cfg.weights.context > 0) {
      // Same hashes as context.add(`p ${t}`) / (`n ${t}`), without building the strings.
      const prevSeed = fnv1a("p ", context.seed);
      const nextSeed = fnv1a("n ", context.seed);
      for (const t of tokens[i - 1] ?? []) context.addHash(fnv1a(t, prevSeed));
      for (const t of tokens[i + 1] ?? []) context.addHash(fnv1a(t, nextSeed));
    }
    if (cfg.weights.meta > 0) {
      const rel = n > 1 ? i / (n - 1) : 0;
      meta.add(`pos${Math.min(4, Math.floor(rel * 5))}`);
      if (i === 0) meta.add("first");
      if (i === n - 1) meta.add("last");
      meta.add(head.length === 0 ? "nohead" : "head");
      meta.add(`len-${lengthBucket(own.length)}`);
    }
    let k = 0;
    counts.drain((key, count) => {
      if (k === keys.length) {
        const grownKeys = new Float64Array(k * 2);
        grownKeys.set(keys);
        keys = grownKeys;
        const grownValues = new Float32Array(k * 2);
        grownValues.set(values);
        values = grownValues;
      }
      keys[k] = key;
      values[k] = count;
      k++;
    });
    const out: RawFeatures = {
      buckets: new Uint32Array(k),
      groups: new Uint8Array(k),
      counts: values.slice(0, k),
    };
    for (let j = 0; j < k; j++) {
      const key = keys[j] ?? 0;
      const g = Math.floor(key / size);
      out.buckets[j] = key - g * size;
      out.groups[j] = g;
    }
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
