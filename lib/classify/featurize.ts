// Segment → hashed feature counts. Shared verbatim by training (scripts/lib/classifier/vectors.ts)
// and inference so both see exactly the same features; pure and free of Node/DOM APIs.
import { type ClusterTable, clusterOf } from "./clusters";
import { fnv1a, fnv1aHead } from "./hash";

export interface FeatureConfig {
  /** Features are hashed into 2^hashBits buckets before the vocabulary cut. */
  hashBits: number;
  /** Longest word n-gram taken from the segment text (1–3). */
  wordNgrams: number;
  /** Character n-grams inside words (0 disables them). */
  charMin: number;
  charMax: number;
  /**
   * Word prefixes of this many characters as their own 1–2-grams (0 or absent = off): a cheap
   * stemmer ("collected", "collection" → "colle" at 5). Used only when weights.prefixes > 0.
   */
  prefixLen?: number;
  /**
   * Longest n-gram of word-cluster ids (1–2; absent = 1), used only when weights.clusters > 0 and
   * the model carries a cluster table (lib/classify/clusters.ts).
   */
  clusterNgrams?: number;
  /** Weights of the feature groups after each group is L2-normalised (0 disables a group). */
  weights: {
    words: number;
    chars: number;
    heading: number;
    /** Words of the previous and next segments: a segment often continues its neighbour's topic. */
    context: number;
    /** Position in the policy, length, heading presence. */
    meta: number;
    /** Word prefixes of the segment text (see prefixLen); absent = 0 (models before format 4). */
    prefixes?: number;
    /**
     * Cluster ids of the segment's words, learned from unlabelled policy text: words the labelled
     * policies rarely use still count like their frequent neighbours. Absent = 0.
     */
    clusters?: number;
  };
}

export interface SegmentInput {
  text: string;
  heading: string;
}

/** Feature groups, each L2-normalised on its own so that one long group cannot drown the others. */
export const GROUPS = ["words", "chars", "heading", "context", "meta", "prefixes", "clusters"] as const;
export type Group = (typeof GROUPS)[number];
const GROUP_SEEDS = GROUPS.map((g) => fnv1a(`group:${g}`));

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/g;
const EMAIL_RE = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const NON_ASCII_RE = /[\u0080-\uffff]/;

/**
 * Lower-cases and folds the variants policies use for the same word: curly quotes, URLs and e-mail
 * addresses become placeholder words (their exact value says nothing about the category).
 */
export function normalizeText(s: string): string {
  // NFKC leaves ASCII unchanged, and most policy text is ASCII: the test is cheaper than normalize.
  let t = (NON_ASCII_RE.test(s) ? s.normalize("NFKC") : s).toLowerCase();
  // The address patterns are tried at every word: most segments hold neither, and say so cheaply.
  if (t.includes("http") || t.includes("www.")) t = t.replace(URL_RE, " xurlx ");
  if (t.includes("@")) t = t.replace(EMAIL_RE, " xemailx ");
  return t.replace(/[\u2018\u2019\u02bc`']/g, "").replace(/&/g, " and ");
}

export function tokenize(s: string): string[] {
  return normalizeText(s).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Tokens of every segment's text. */
export function tokenizeSegments(segments: readonly SegmentInput[]): string[][] {
  return segments.map((s) => tokenize(s.text));
}

const SPACE = " ";

/**
 * Distinct feature keys (group × 2^hashBits + bucket) of one segment with their counts, in
 * first-seen order. One class for both hash-space sizes keeps the hot `inc` call monomorphic.
 */
export class FeatureCounts {
  keys = new Int32Array(1024);
  counts = new Uint32Array(1024);
  size = 0;
  /** Small key spaces: key → entry index + 1 (0 = not seen yet). */
  private readonly dense: Int32Array | null;
  /** Large key spaces: open addressing, slot → entry index (−1 = empty). */
  private table = new Int32Array(0);
  /** Slot of each entry, so reset() clears exactly the used slots. */
  private slots = new Int32Array(1024);

  constructor(space: number) {
    this.dense = space <= DENSE_LIMIT ? new Int32Array(space) : null;
    if (!this.dense) this.table = new Int32Array(4096).fill(-1);
  }

  inc(key: number): void {
    const dense = this.dense;
    if (dense) {
      const at = dense[key] as number;
      if (at > 0) this.counts[at - 1] = (this.counts[at - 1] as number) + 1;
      else dense[key] = this.append(key, 0) + 1;
      return;
    }
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
    this.table[slot] = this.append(key, slot);
    if (this.size * 2 > this.table.length) this.rehash();
  }

  /** Forgets every entry (ready for the next segment). */
  reset(): void {
    const dense = this.dense;
    for (let at = 0; at < this.size; at++) {
      if (dense) dense[this.keys[at] as number] = 0;
      else this.table[this.slots[at] as number] = -1;
    }
    this.size = 0;
  }

  private append(key: number, slot: number): number {
    const at = this.size++;
    if (at === this.keys.length) {
      const n = at * 2;
      const keys = new Int32Array(n);
      keys.set(this.keys);
      this.keys = keys;
      const counts = new Uint32Array(n);
      counts.set(this.counts);
      this.counts = counts;
      const slots = new Int32Array(n);
      slots.set(this.slots);
      this.slots = slots;
    }
    this.keys[at] = key;
    this.counts[at] = 1;
    this.slots[at] = slot;
    return at;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = this.table.length - 1;
    for (let at = 0; at < this.size; at++) {
      let slot = (Math.imul(this.keys[at] as number, 0x9e3779b1) >>> 0) & mask;
      while ((this.table[slot] as number) >= 0) slot = (slot + 1) & mask;
      this.table[slot] = at;
      this.slots[at] = slot;
    }
  }
}

/** Dense counting up to this many (group, bucket) keys (4 bytes each). */
const DENSE_LIMIT = 2 ** 19;

/**
 * One reusable FeatureCounts per key-space size: policies are classified one after another, and
 * allocating (and zeroing) the dense array per call showed up as garbage-collection time.
 */
const pool = new Map<number, FeatureCounts>();
function countsFor(space: number): FeatureCounts {
  let counts = pool.get(space);
  if (!counts) {
    counts = new FeatureCounts(space);
    pool.set(space, counts);
  }
  counts.reset();
  return counts;
}

/** Where one feature group's hashes go: its seed keeps groups apart, its offset selects its key range. */
interface GroupSink {
  counts: FeatureCounts;
  seed: number;
  offset: number;
  mask: number;
}

function addHash(sink: GroupSink, h: number): void {
  sink.counts.inc(sink.offset + (h & sink.mask));
}

function addWords(sink: GroupSink, tokens: readonly string[], maxN: number): void {
  for (let i = 0; i < tokens.length; i++) {
    // Extend the n-gram hash in place instead of building "a b c" strings
    // (FNV-1a is sequential: hash("a b") = fnv(b, fnv(" ", fnv(a)))).
    let h = fnv1a(tokens[i] ?? "", sink.seed);
    addHash(sink, h);
    for (let n = 2; n <= maxN && i + n <= tokens.length; n++) {
      h = fnv1a(tokens[i + n - 1] ?? "", fnv1a(SPACE, h));
      addHash(sink, h);
    }
  }
}

/** Character n-grams of " word " (min..max long), as counting keys. */
function addChars(
  sink: GroupSink,
  tokens: readonly string[],
  min: number,
  max: number,
  cache: Map<string, Int32Array>,
): void {
  if (min <= 0 || max < min) return;
  const counts = sink.counts;
  for (const t of tokens) {
    // A policy repeats its words: each distinct word's keys are computed once per call.
    let keys = cache.get(t);
    if (!keys) {
      keys = charKeys(t, sink, min, max);
      cache.set(t, keys);
    }
    for (let k = 0; k < keys.length; k++) counts.inc(keys[k] as number);
  }
}

/** FNV-1a of every n-gram starting at i is extended one character at a time (no substrings). */
function charKeys(t: string, sink: GroupSink, min: number, max: number): Int32Array {
  const space = SPACE.charCodeAt(0);
  const len = t.length + 2;
  const out: number[] = [];
  for (let i = 0; i < len; i++) {
    let h = sink.seed;
    const end = Math.min(len, i + max);
    for (let j = i; j < end; j++) {
      const c = j === 0 || j === len - 1 ? space : t.charCodeAt(j - 1);
      h = Math.imul(h ^ c, 0x01000193) >>> 0;
      if (j - i + 1 >= min) out.push(sink.offset + (h & sink.mask));
    }
  }
  return Int32Array.from(out);
}

/**
 * Word-prefix 1–2-grams: the same hashes as addWords over the tokens cut to their first `len`
 * characters, hashed in place instead of slicing (and memoising) every token.
 */
function addPrefixes(sink: GroupSink, tokens: readonly string[], len: number, maxN: number): void {
  for (let i = 0; i < tokens.length; i++) {
    let h = fnv1aHead(tokens[i] ?? "", len, sink.seed);
    addHash(sink, h);
    for (let n = 2; n <= maxN && i + n <= tokens.length; n++) {
      h = fnv1aHead(tokens[i + n - 1] ?? "", len, fnv1a(SPACE, h));
      addHash(sink, h);
    }
  }
}

/** Cluster id of every token (−1: none), memoised per distinct word for one call. */
function clusterIds(tokens: readonly string[], table: ClusterTable, cache: Map<string, number>): Int32Array {
  const out = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    let id = cache.get(t);
    if (id === undefined) {
      id = clusterOf(table, t);
      cache.set(t, id);
    }
    out[i] = id;
  }
  return out;
}

/**
 * Cluster-id 1-grams, and 2-grams of adjacent words when maxN ≥ 2 (a word without a cluster is its
 * own "none" id there, so a bigram never bridges it). Ids are mixed into the hash as numbers.
 */
function addClusters(sink: GroupSink, ids: Int32Array, none: number, maxN: number): void {
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    if (id >= 0) addHash(sink, Math.imul(sink.seed ^ id, 0x01000193) >>> 0);
    if (maxN < 2 || i + 1 >= ids.length) continue;
    const next = ids[i + 1] as number;
    if (id < 0 && next < 0) continue;
    const a = id < 0 ? none : id;
    const b = next < 0 ? none : next;
    addHash(sink, Math.imul(Math.imul(sink.seed ^ ((a + 1) * 65537), 0x01000193) ^ b, 0x01000193) >>> 0);
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
 * Counts the hashed features of every segment and hands them to `visit`, one segment at a time,
 * as keys group × 2^hashBits + bucket (the FeatureCounts is reused: copy what you keep). The
 * array order matters: neighbours give context features and the index gives the relative
 * position in the policy. Shared by training (scripts/lib/classifier/vectors.ts) and inference.
 */
export function countFeatures(
  segments: readonly SegmentInput[],
  cfg: FeatureConfig,
  tokens: readonly string[][],
  visit: (segment: number, counts: FeatureCounts) => void,
  clusters: ClusterTable | null = null,
): void {
  const size = 2 ** cfg.hashBits;
  const n = segments.length;
  // Headings repeat over many consecutive segments: tokenise each distinct one once.
  const headTokens = new Map<string, string[]>();
  const charCache = new Map<string, Int32Array>();
  const counts = countsFor(GROUPS.length * size);
  const [words, chars, heading, context, meta, prefixes, clusterSink] = GROUPS.map(
    (_, gi): GroupSink => ({ counts, seed: GROUP_SEEDS[gi] ?? 0, offset: gi * size, mask: size - 1 }),
  ) as [GroupSink, GroupSink, GroupSink, GroupSink, GroupSink, GroupSink, GroupSink];
  const prefixLen = (cfg.weights.prefixes ?? 0) > 0 ? (cfg.prefixLen ?? 0) : 0;
  const clusterTable = (cfg.weights.clusters ?? 0) > 0 ? clusters : null;
  const clusterCache = new Map<string, number>();
  // Same hashes as hashing `p ${t}` / `n ${t}` in the context group, without building the strings.
  const prevSeed = fnv1a("p ", context.seed);
  const nextSeed = fnv1a("n ", context.seed);
  const addMeta = (key: string): void => addHash(meta, fnv1a(key, meta.seed));
  for (let i = 0; i < n; i++) {
    const seg = segments[i] as SegmentInput;
    const own = tokens[i] ?? [];
    if (cfg.weights.words > 0) addWords(words, own, cfg.wordNgrams);
    if (cfg.weights.chars > 0) addChars(chars, own, cfg.charMin, cfg.charMax, charCache);
    if (prefixLen > 0) addPrefixes(prefixes, own, prefixLen, Math.min(2, cfg.wordNgrams));
    if (clusterTable) {
      const ids = clusterIds(own, clusterTable, clusterCache);
      addClusters(clusterSink, ids, clusterTable.count, cfg.clusterNgrams ?? 1);
    }
    let head = headTokens.get(seg.heading);
    if (!head) {
      head = tokenize(seg.heading);
      headTokens.set(seg.heading, head);
    }
    if (cfg.weights.heading > 0) addWords(heading, head, 2);
    if (cfg.weights.context > 0) {
      for (const t of tokens[i - 1] ?? []) addHash(context, fnv1a(t, prevSeed));
      for (const t of tokens[i + 1] ?? []) addHash(context, fnv1a(t, nextSeed));
    }
    if (cfg.weights.meta > 0) {
      const rel = n > 1 ? i / (n - 1) : 0;
      addMeta(`pos${Math.min(4, Math.floor(rel * 5))}`);
      if (i === 0) addMeta("first");
      if (i === n - 1) addMeta("last");
      addMeta(head.length === 0 ? "nohead" : "head");
      addMeta(`len-${lengthBucket(own.length)}`);
    }
    visit(i, counts);
    counts.reset();
  }
}
