// Long quotes are shown cut at a readable length, with "more" to read the rest; "Show on page" always
// looks for the whole quote.

/** Most characters a quote shows before "more". */
export const QUOTE_SHOWN_CHARS = 400;

/** The part of `text` shown first: all of it when short, else up to the last space before the limit. */
export function shownPart(text: string, max = QUOTE_SHOWN_CHARS): { shown: string; cut: boolean } {
  if (text.length <= max) return { shown: text, cut: false };
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(" ");
  const shown = (space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:]+$/, "");
  return { shown: `${shown}…`, cut: true };
}
