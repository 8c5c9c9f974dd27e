// Collapsing whitespace, the one way every stage does it: each run of whitespace (what \s matches)
// becomes one space. Page text is mostly words with one plain space between them, so only the runs
// that are not already a single space are matched and replaced: the same string as
// s.replace(/\s+/g, " "), without a replacement per word.

/** A run of two or more whitespace characters, or one that is not a plain space. */
const NOT_ONE_SPACE = /\s{2,}|[^\S ]/g;

/** Every run of whitespace in `s` as one space (the same as `s.replace(/\s+/g, " ")`). */
export function collapseSpaces(s: string): string {
  return s.replace(NOT_ONE_SPACE, " ");
}

/** `s` with whitespace runs collapsed and the ends trimmed (the same as `s.replace(/\s+/g, " ").trim()`). */
export function cleanSpaces(s: string): string {
  return s.replace(NOT_ONE_SPACE, " ").trim();
}
