/** Splitting oversized text at sentence boundaries. */

/** Sentences: split after . ! ? (and their closing quotes) followed by a space and a capital/digit. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["'”’)]?)\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

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
  // A single sentence longer than the limit stays whole: cutting mid-sentence helps nobody.
  return pieces;
}
