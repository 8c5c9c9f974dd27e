// Sentence → hashed features for the attribute classifiers (Does / Does Not, purpose, choice type,
// Do Not Track stance). Shared verbatim by training (scripts/lib/attribute-train.ts) and inference
// (attribute-model-infer.ts); pure, no Node or DOM APIs.
//
// Negation marking, the classic sentiment-analysis device (Das & Chen 2001; Pang, Lee & Vaithyanathan
// 2002): every word after a negation cue, up to the end of its clause, becomes "NEG_word", so "we do
// not sell your data" and "we sell your data" share no feature for "sell". A clause ends at
// punctuation or at a contrast word ("but", "however", "except", "unless").
import { fnv1a } from "../classify/hash";

/** Words that open a negation scope. Tokens ending in "n't" ("don't", "isn't") are cues too. */
const NEGATION_CUES = new Set([
  "not",
  "no",
  "never",
  "none",
  "nothing",
  "nobody",
  "neither",
  "nor",
  "cannot",
  "without",
  "refrain",
  "refrains",
  "refrained",
  "refraining",
  "decline",
  "declines",
  "declined",
  "declining",
  "except",
  // The apostrophe is often lost in saved pages ("dont", "wont").
  "dont",
  "doesnt",
  "didnt",
  "wont",
  "cant",
  "isnt",
  "arent",
  "wasnt",
  "werent",
  "shouldnt",
  "wouldnt",
  "couldnt",
  "havent",
  "hasnt",
]);

/** Words that end a clause, and so a negation scope. "except" also opens a new one. */
const CLAUSE_END_WORDS = new Set(["but", "however", "except", "unless"]);

export const NEG_PREFIX = "NEG_";

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/g;
const EMAIL_RE = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const NON_ASCII_RE = /[\u0080-\uffff]/;
/** Words (apostrophes kept inside: "don't") and the punctuation that ends a clause. */
const TOKEN_RE = /[\p{L}\p{N}]+(?:'[\p{L}]+)*|[.,;:!?()[\]]/gu;
const PUNCTUATION_RE = /^[.,;:!?()[\]]$/;

/** Lower-cased word and punctuation tokens; URLs and e-mail addresses become placeholder words. */
export function attributeTokens(sentence: string): string[] {
  let t = (NON_ASCII_RE.test(sentence) ? sentence.normalize("NFKC") : sentence).toLowerCase();
  if (t.includes("http") || t.includes("www.")) t = t.replace(URL_RE, " xurlx ");
  if (t.includes("@")) t = t.replace(EMAIL_RE, " xemailx ");
  t = t.replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/&/g, " and ");
  return t.match(TOKEN_RE) ?? [];
}

export function isPunctuation(token: string): boolean {
  return PUNCTUATION_RE.test(token);
}

export function isNegationCue(token: string): boolean {
  return NEGATION_CUES.has(token) || token.endsWith("n't");
}

/**
 * Tokens with negation marking: words inside a negation scope get the NEG_ prefix; cues, clause-end
 * words and punctuation stay as they are (punctuation is kept so bigrams can stop at it).
 */
export function markNegation(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let negated = false;
  for (const t of tokens) {
    if (isPunctuation(t)) {
      negated = false;
      out.push(t);
      continue;
    }
    if (CLAUSE_END_WORDS.has(t)) negated = false;
    if (isNegationCue(t)) {
      negated = true;
      out.push(t);
      continue;
    }
    out.push(negated ? `${NEG_PREFIX}${t}` : t);
  }
  return out;
}

/** The marked tokens of a sentence (words only). */
export function negationMarked(sentence: string): string[] {
  return markNegation(attributeTokens(sentence)).filter((t) => !isPunctuation(t));
}

/**
 * How negation shows in the features: "mark" replaces a word in a negation scope by NEG_word (the
 * classic marking); "mark+plain" adds the plain word beside it; "none" turns marking off (ablation).
 */
export type NegationMode = "mark" | "mark+plain" | "none";

export interface AttributeFeatureOptions {
  /** Features are hashed into 2^hashBits buckets. */
  hashBits: number;
  /** Default "mark". */
  negation?: NegationMode;
}

/** Feature strings of a sentence: unigrams and bigrams of the marked tokens (bigrams stop at punctuation). */
export function attributeFeatureKeys(sentence: string, negation: NegationMode = "mark"): string[] {
  const tokens = attributeTokens(sentence);
  const marked = negation === "none" ? tokens : markNegation(tokens);
  const keys: string[] = [];
  let prev: string | null = null;
  for (const t of marked) {
    if (isPunctuation(t)) {
      prev = null;
      continue;
    }
    keys.push(`w:${t}`);
    if (negation === "mark+plain" && t.startsWith(NEG_PREFIX)) keys.push(`w:${t.slice(NEG_PREFIX.length)}`);
    if (prev !== null) keys.push(`b:${prev} ${t}`);
    prev = t;
  }
  return keys;
}

export interface AttributeVector {
  /** Bucket indices, ascending, distinct. */
  indices: Int32Array;
  /** Binary presence, L2-normalised. */
  values: Float32Array;
}

/** Hashed, binary, L2-normalised features of one sentence. */
export function attributeFeatures(sentence: string, opts: AttributeFeatureOptions): AttributeVector {
  const mask = (1 << opts.hashBits) - 1;
  const buckets = new Set<number>();
  for (const k of attributeFeatureKeys(sentence, opts.negation ?? "mark")) buckets.add(fnv1a(k) & mask);
  const indices = Int32Array.from([...buckets].sort((a, b) => a - b));
  const v = indices.length > 0 ? 1 / Math.sqrt(indices.length) : 0;
  return { indices, values: new Float32Array(indices.length).fill(v) };
}
