// The one sentence splitter: segmentation cuts oversized blocks with it and the summary reads and
// quotes its sentences. Every sentence is an exact substring of the text, so the popup can find and
// highlight it in the page. Unicode-aware: a sentence may start with any capital letter or digit
// ("École", "Ведомость"), and the full-width ends of Chinese and Japanese text need no space after them.

// Words whose trailing period does not end a sentence ("Inc.", "e.g.", "U.S.", "No. 5").
const ABBREVIATIONS = new Set([
  "inc",
  "ltd",
  "llc",
  "corp",
  "co",
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "str",
  "ave",
  "blvd",
  "rd",
  "no",
  "nos",
  "vs",
  "etc",
  "e.g",
  "i.e",
  "u.s",
  "u.k",
  "e.u",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "p.o",
  "ste",
  "dept",
  "fig",
  "approx",
  "cf",
  "al",
  "jr",
  "sr",
]);

/** Characters before a period that are enough to read the word it ends (longer words never matter). */
const TAIL_CHARS = 24;

// A candidate end: terminal punctuation (plus closing quotes/brackets) followed by whitespace, or a
// bullet character that glues list items together after whitespace collapsing, or a "=====" rule
// left by tools that save pages as text.
const PUNCTUATION = String.raw`([.!?]+(?:["'\u201d\u2019)\]]|\s?\u00bb)*)(\s+)(?=["'\u201c\u2018\u00ab([¿¡]?[\p{Lu}\p{N}\u2022•])|([\u3002\uff01\uff1f]+)()`;
const SENTENCE_END = new RegExp(String.raw`${PUNCTUATION}|\s+[\u2022•]\s*|\s*={3,}\s*`, "gu");
/**
 * The punctuation branch alone: the same matches in a text without a bullet or a "===", found faster
 * (the other branches start with whitespace, so the full expression is tried at every space).
 */
const PUNCTUATION_END = new RegExp(PUNCTUATION, "gu");

/** Where sentences of `text` start and end, as [start, end) offsets with surrounding spaces trimmed. */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  const re = text.includes("\u2022") || text.includes("===") ? SENTENCE_END : PUNCTUATION_END;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[1] !== undefined) {
      // Only the tail can hold the last word that matters (an abbreviation or an initial): an
      // end-anchored match over the whole sentence would be tried from every one of its characters.
      const before = text.slice(Math.max(start, m.index - TAIL_CHARS), m.index);
      // Apostrophes stay in the word so "don't." is not mistaken for an initial "t.".
      const lastWord = /([A-Za-z.'\u2019]+)$/.exec(before)?.[1]?.toLowerCase() ?? "";
      // "e.g." / "U.S." / single initials ("J. Smith") keep the sentence going.
      if (m[1] === "." && (ABBREVIATIONS.has(lastWord.replace(/\.$/, "")) || /^[a-z]$/.test(lastWord)))
        continue;
      const end = m.index + m[1].length;
      spans.push([start, end]);
      start = end + (m[2]?.length ?? 0);
    } else if (m[3] !== undefined) {
      // A full-width end ("。"): the sentence ends after it, with or without a space.
      const end = m.index + m[3].length;
      spans.push([start, end]);
      start = end;
    } else {
      spans.push([start, m.index]);
      start = m.index + m[0].length;
    }
  }
  spans.push([start, text.length]);
  return spans
    .map(([s, e]): [number, number] => {
      let a = s;
      let b = e;
      while (a < b && /[\s\u2022•]/.test(text[a] ?? "")) a++;
      while (b > a && /\s/.test(text[b - 1] ?? "")) b--;
      return [a, b];
    })
    .filter(([a, b]) => b > a && /[\p{L}\p{N}]/u.test(text.slice(a, b)));
}

/** The sentences of `text`, verbatim. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map(([a, b]) => text.slice(a, b));
}
