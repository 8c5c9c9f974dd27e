// Which language a text is in, from its most frequent short words: each language lists some 30 words
// that make up a large share of any running text in it (articles, pronouns, prepositions). The text's
// first MAX_WORDS words are counted against each list; the best language wins when it has at least
// MIN_HITS of them and clearly more than the next. Small (no n-gram tables) and enough to tell apart
// the languages we read; anything else, or too little text, is "unknown" (undefined).
import { LANGUAGES, type Language, languageOf } from "./index";

const MAX_WORDS = 400;
const MIN_HITS = 8;
/** The winner needs this many times the runner-up's hits. */
const MARGIN = 2;

const WORD_SETS = LANGUAGES.map((l) => [l, new Set(l.commonWords)] as const);

/** The language `text` is written in, if it is one we read and the text says so clearly. */
export function identifyLanguage(text: string): Language | undefined {
  const hits = new Map<Language, number>();
  let n = 0;
  for (const m of text.slice(0, MAX_WORDS * 12).matchAll(/[\p{L}’']+/gu)) {
    if (++n > MAX_WORDS) break;
    const word = m[0].toLowerCase();
    for (const [language, words] of WORD_SETS)
      if (words.has(word)) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_HITS || best[1] < MARGIN * (second?.[1] ?? 0)) return undefined;
  return best[0];
}

/**
 * The page's language: its declared one (`<html lang>`, else a Content-Language <meta>) when we read
 * it, else what its text looks like. A declared language we don't read is taken at its word.
 */
export function pageLanguage(
  doc: Document,
  sample: string,
): { language: Language | undefined; declared: boolean } {
  const declared = doc.documentElement?.getAttribute("lang") || contentLanguage(doc);
  if (declared.trim()) return { language: languageOf(declared), declared: true };
  return { language: identifyLanguage(sample), declared: false };
}

/** The Content-Language a <meta http-equiv> of the head declares ("" when none). */
function contentLanguage(doc: Document): string {
  const metas = doc.head?.getElementsByTagName("meta");
  const n = Math.min(metas?.length ?? 0, 80);
  for (let i = 0; i < n; i++) {
    const m = metas?.[i];
    if (m?.getAttribute("http-equiv")?.toLowerCase() === "content-language")
      return m.getAttribute("content") ?? "";
  }
  return "";
}
