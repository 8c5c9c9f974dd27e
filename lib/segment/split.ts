/** Splitting oversized text at sentence boundaries. */

import { splitSentences } from "../sentences";

/** Sentences, as the summary reads them (one splitter for both). */
export const sentences = splitSentences;

/** Cuts `text` into pieces of at most about `max` characters, at sentence ends when possible. */
export function splitLong(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let current = "";
  for (const sentence of sentences(text)) {
    if (current && current.length + sentence.length + 1 > max) {
      pieces.push(current);
      current = "";
    }
    current = current ? `${current} ${sentence}` : sentence;
  }
  if (current) pieces.push(current);
  // A sentence longer than the limit (a run-on list, text without punctuation, a 10,000-letter "word")
  // is cut at the last space before the limit, or at the limit itself.
  return pieces.flatMap((piece) => cutHard(piece, max));
}

function cutHard(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const space = rest.lastIndexOf(" ", max);
    let end = space > max / 2 ? space : max;
    // Never between the two halves of a surrogate pair (an emoji, a rare CJK character).
    if (/[\uD800-\uDBFF]/.test(rest[end - 1] ?? "")) end--;
    out.push(rest.slice(0, end).trim());
    rest = rest.slice(end).trim();
  }
  if (rest) out.push(rest);
  return out;
}
