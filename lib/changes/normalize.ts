// What counts as the same text in two versions of a policy. Each segment is cut into sentences by the
// one splitter (lib/sentences.ts), and a sentence is compared by its words: lower-case letters and
// digits only, so case, spacing, line breaks, punctuation, quotes, list markers and Markdown marks do
// not matter, and the date after "last updated", "effective" and the like is left out.
import { fnv1a } from "../classify/hash";
import { splitSentences } from "../sentences";

/** A sentence of a version (verbatim, so the page can find it) with the words it is compared by. */
export interface KeyedSentence {
  text: string;
  /** Its words, each as a 32-bit hash. */
  words: number[];
  /** Its words joined: two sentences with the same key say the same. */
  key: string;
  /**
   * Where a capitalised word follows one without a sentence end ("Effective 3 March 2024 This policy…"):
   * where another layout may have joined a short line to the paragraph after it. Word indices.
   */
  joins: number[];
  /** A heading: part of the text the other version is compared with, never listed as added or removed. */
  heading?: true;
}

/** A phrase that states when the policy was last changed or takes effect (English and French). */
const DATE_WORDS = String.raw`(?<![\p{L}\p{N}])(?:last\s+(?:updated|modified|revised|changed|amended|reviewed|update)(?:\s+on)?|(?:updated|revised|modified|amended|reviewed)(?:\s+(?:on|as\s+of))?|effective(?:\s+date|\s+as\s+of|\s+from|\s+on|\s+starting|\s+since)?|valid\s+(?:from|as\s+of)|date\s+of\s+(?:last\s+)?(?:revision|update)|version\s+(?:date|of|du)|derni[eè]re\s+(?:mise\s+[àa]\s+jour|modification|r[ée]vision)|mise\s+[àa]\s+jour(?:\s+pour\s+la\s+derni[eè]re\s+fois)?|en\s+vigueur(?:\s+depuis)?)`;
const MONTH = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre`;
/** A date written out: "March 3, 2024", "3 March 2024", "3rd of March 2024", "2024-03-03", "03/03/2024", "1er mars 2024". */
const A_DATE = String.raw`(?:(?:\d{1,2}(?:st|nd|rd|th|er)?\s+(?:of\s+)?)?(?:${MONTH})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})`;
/** The phrase, then (after a colon, a bracket or emphasis marks) the date it states. */
const STATED_DATE = new RegExp(
  String.raw`(${DATE_WORDS}(?:[\s\u200b]+(?:r[ée]alis[ée]e|effectu[ée]e|made))?)[\s:\-–—\[(_*\\\u200b]*(?:(?:le|du|au|on|à\s+compter\s+du)[\s\u200b]+)?${A_DATE}`,
  "giu",
);

/** A cheap first look for the words DATE_WORDS starts with. */
const DATING_WORD =
  /updated|modified|revised|changed|amended|reviewed|update|effective|valid|date|version|jour|vigueur|modification|r[ée]vision/i;

/** The text with the date that follows a "last updated" phrase taken out (the phrase stays). */
export function withoutStatedDates(text: string): string {
  // Most sentences have no digit or no dating word, and skip the long pattern.
  return /\d/.test(text) && DATING_WORD.test(text) ? text.replace(STATED_DATE, "$1") : text;
}

/** The words a text is compared by. */
export function wordsOf(text: string): string[] {
  return withoutStatedDates(text.normalize("NFKC").toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Joins are looked for among a sentence's first words only: what the segmenter joins is short. */
export const MAX_JOIN_WORD = 24;

export function keyed(text: string, heading = false): KeyedSentence {
  const words: string[] = [];
  const joins: number[] = [];
  let lastEnd = 0;
  const plain = withoutStatedDates(text.normalize("NFKC"));
  for (const match of plain.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    const start = match.index ?? 0;
    if (words.length > 0 && words.length <= MAX_JOIN_WORD && /^\p{Lu}/u.test(word)) {
      if (!/[.!?:;]/.test(plain.slice(lastEnd, start))) joins.push(words.length);
    }
    words.push(word.toLowerCase());
    lastEnd = start + word.length;
  }
  const sentence: KeyedSentence = { text, words: words.map((w) => fnv1a(w)), key: words.join(" "), joins };
  if (heading) sentence.heading = true;
  return sentence;
}

/** A "sentence" that is only a list number or letter ("2.", "(iii)", "b)"): a list marker, not text. */
const LONE_MARKER = /^\s*\(?\s*(?:\d{1,3}|[a-z]|[ivxlc]{1,6})\s*[.)]?\s*$/i;

/**
 * The sentences of a policy's segments, in reading order, each segment's heading before it where it
 * changes (another layout may turn a line of text into a heading); sentences without a word, and lone list numbers, are left out.
 */
export function keyedSentences(segments: readonly { text: string; heading: string }[]): KeyedSentence[] {
  const out: KeyedSentence[] = [];
  let heading = "";
  for (const segment of segments) {
    if (segment.heading && segment.heading !== heading) {
      const k = keyed(segment.heading, true);
      if (k.words.length) out.push(k);
    }
    heading = segment.heading;
    for (const sentence of splitSentences(segment.text)) {
      if (LONE_MARKER.test(sentence)) continue;
      const k = keyed(sentence);
      if (k.words.length) out.push(k);
    }
  }
  return out;
}
