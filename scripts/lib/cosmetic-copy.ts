// A copy of a Markdown or plain-text policy that differs only in how it looks, never in what it says:
// another "last updated" date, other list markers, trailing and doubled spaces, and long lines
// hard-wrapped before a lower-case word. `diff` must not call such a copy a change.
/** A line that only dates the policy: "Last updated: 3 March 2024", "_Effective Date: …_", "Mise à jour le …". */
const DATE_LINE =
  /^[\s#*_>(\\[]*(?:last\s+updated|last\s+modified|last\s+revised|effective(?:\s+date)?|updated|derni[eè]re\s+mise\s+[àa]\s+jour|mise\s+[àa]\s+jour|en\s+vigueur)\b.{0,60}$/iu;
const A_DATE =
  /\b(?:\d{1,2}(?:st|nd|rd|th|er)?\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?\d{4}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/giu;
const WRAP_AT = 72;

/**
 * Wraps a long prose line before a lower-case word (the text reader joins such lines back), never
 * inside a Markdown link or parentheses.
 */
function hardWrap(line: string): string {
  if (line.length <= WRAP_AT * 1.5 || /^\s*(?:[#>|]|```)/.test(line)) return line;
  const words = line.split(" ");
  let out = "";
  let width = 0;
  let depth = 0;
  for (const [i, word] of words.entries()) {
    const breakHere = i > 0 && depth === 0 && width >= WRAP_AT && /^\p{Ll}{3,}$/u.test(word);
    out += i === 0 ? word : breakHere ? `\n${word}` : ` ${word}`;
    width = breakHere ? word.length : width + word.length + 1;
    for (const ch of word) depth += ch === "[" || ch === "(" ? 1 : ch === "]" || ch === ")" ? -1 : 0;
    depth = Math.max(depth, 0);
  }
  return out;
}

export function cosmeticCopy(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      let next = line;
      if (DATE_LINE.test(next)) next = next.replace(A_DATE, "February 29, 2032");
      next = next.replace(
        /^(\s*)([*+-])(\s+)(?=\S)/,
        (_all, indent: string, marker: string, gap: string) => `${indent}${marker === "-" ? "*" : "-"}${gap}`,
      );
      next = next.replace(/([.,;:]) (?=\S)/g, "$1  ");
      return `${hardWrap(next)}  `;
    })
    .join("\n")
    .replace(/\n{2,}/g, "\n\n\n");
}
