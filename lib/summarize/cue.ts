// Keyword pre-tests for the rules' regular expressions. The rules run dozens of case-insensitive
// expressions over every sentence, each tried from every position of the sentence (the summary's main
// cost in the bench profile), while most sentences contain none of the few words an expression needs.
// So every rule expression is paired with those words (a cue); one scan per sentence finds which cue
// words it contains, and an expression runs only on sentences that have one of its words.

/** A rule's regular expression with words that every one of its matches contains (in lower case). */
export interface Cue {
  readonly words: readonly string[];
  readonly pattern: RegExp;
  /** The numbers of `words` in the current vocabulary (set when the vocabulary is built). */
  numbers: number[];
}

/** A text as the cues read it: the text and its lower-cased form (a Sentence is one). */
export interface CueText {
  readonly text: string;
  readonly lower: string;
  /** The cue words found in `lower`, filled in on first use (see cueWordsIn). */
  cueWords?: FoundWords;
}

/** Which vocabulary words a text contains, for the vocabulary it was scanned with. */
export interface FoundWords {
  vocabulary: Vocabulary;
  /** Bit n % 32 of entry n >> 5 is set when word number n was found (a small array: cheap to make). */
  bits: number[];
}

/** Every cue made: together their words are the vocabulary scanned for (and a test checks each list). */
export const ALL_CUES: Cue[] = [];

/**
 * Pairs `pattern` with its `words`. A word list must be complete: a match without any of the words
 * would be missed. Only stateless patterns (no g or y flag): `test` must not depend on earlier calls.
 */
export function cue(words: readonly string[], pattern: RegExp): Cue {
  if (pattern.global || pattern.sticky) throw new Error(`A cue pattern must be stateless: ${pattern}`);
  if (words.some((w) => w !== w.toLowerCase() || !w)) throw new Error(`Cue words are lower case: ${words}`);
  const made = { words, pattern, numbers: [] };
  ALL_CUES.push(made);
  vocabulary = null;
  return made;
}

/** For `text` alone (not a sentence): its CueText. */
export function cueText(text: string): CueText {
  return { text, lower: text.toLowerCase() };
}

export interface Vocabulary {
  /** Any cue word, longest first, so a match is the longest word starting where it starts. */
  scanner: RegExp;
  /** For each cue word, the numbers of the cue words it starts with (itself included). */
  prefixes: Map<string, number[]>;
  size: number;
}

/** Built on first use from the cues made so far (and again if a cue is made later). */
let vocabulary: Vocabulary | null = null;

function currentVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const words = [...new Set(ALL_CUES.flatMap((c) => c.words))].sort((a, b) => b.length - a.length);
  const number = new Map(words.map((w, i) => [w, i]));
  const numbers = (list: readonly string[]): number[] => list.map((w) => number.get(w) ?? -1);
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  vocabulary = {
    scanner: new RegExp(escaped.join("|"), "g"),
    prefixes: new Map(words.map((w) => [w, numbers(words.filter((v) => w.startsWith(v)))])),
    size: words.length,
  };
  for (const c of ALL_CUES) c.numbers = numbers(c.words);
  return vocabulary;
}

/**
 * The cue words in `t.lower`, found once per text. The scan restarts one character after each match
 * start, so it visits every position where a word starts and takes the longest word there; the shorter
 * words starting at the same place are its prefixes.
 */
function cueWordsIn(t: CueText): number[] {
  const v = currentVocabulary();
  if (t.cueWords?.vocabulary === v) return t.cueWords.bits;
  const bits = new Array<number>(Math.ceil(v.size / 32)).fill(0);
  const { scanner, prefixes } = v;
  scanner.lastIndex = 0;
  for (let m = scanner.exec(t.lower); m !== null; m = scanner.exec(t.lower)) {
    for (const n of prefixes.get(m[0]) ?? []) bits[n >> 5] = (bits[n >> 5] ?? 0) | (1 << (n & 31));
    scanner.lastIndex = m.index + 1;
  }
  t.cueWords = { vocabulary: v, bits };
  return bits;
}

/** True when `t` contains one of the cue's words, so its pattern may match. */
export function mayMatch(c: Cue, t: CueText): boolean {
  const bits = cueWordsIn(t);
  for (const n of c.numbers) if (((bits[n >> 5] ?? 0) >>> (n & 31)) & 1) return true;
  return false;
}

/** `c.pattern.test(t.text)`, skipped when the text has none of the cue's words. */
export function matches(c: Cue, t: CueText): boolean {
  return mayMatch(c, t) && c.pattern.test(t.text);
}

/** `c.pattern.exec(t.text)`, skipped (null) when the text has none of the cue's words. */
export function firstMatch(c: Cue, t: CueText): RegExpExecArray | null {
  return mayMatch(c, t) ? c.pattern.exec(t.text) : null;
}
