// Text that is no quote: a table of contents, a navigation menu, or a heading on its own. A quote is
// shown as what the policy says; these say nothing, whatever words they hold ("How to opt out",
// "Cookies | Contact us"). Read from the text's shape and the document's own headings.
import type { Link } from "../types";

/** A heading this short ("FAQ") is too common a word to count as repeated. */
const MIN_HEADING_CHARS = 4;
/** A table of contents repeats at least this many of the document's headings… */
const TOC_HEADINGS = 3;
/** …and they make up at least this share of its text. */
const TOC_COVER = 0.5;
/** Words that introduce a menu of links: "click on one of the links below", "jump to". */
const NAV_INTRO =
  /\b(?:jump to|skip to|click (?:on )?(?:one of )?the (?:links?|sections?|headings?)|follow these links|choose one of the following|table of contents|in this (?:policy|notice|section)\s*:|contents\s*:)/i;
/** Items of a menu set apart by bars or bullets: "Privacy | Legal | Contact Us". */
const MENU_ITEM = /[^|•·]{1,40}/g;
/** A menu's links make up at least this share of its text. */
const LINK_COVER = 0.6;
const MIN_MENU_LINKS = 3;

/** The document's headings, normalised for comparison: each once, longest first, the short ones left out. */
export function documentHeadings(headings: Iterable<string>): Set<string> {
  const all = new Set<string>();
  for (const h of headings) {
    const n = normalise(h);
    if (n.length >= MIN_HEADING_CHARS) all.add(n);
  }
  return new Set([...all].sort((a, b) => b.length - a.length));
}

function normalise(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .replace(/^[\s\d.)(#*•-]+/, "")
    .replace(/[\s.:;,|]+$/, "")
    .trim()
    .toLowerCase();
}

/** A title standing alone: at most 12 words, no sentence end, every word of over 3 letters capitalised. */
export function headingLike(text: string): boolean {
  const t = text.trim();
  if (/[.!?;:,]["”’)]?$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 12) return false;
  const long = words.filter((w) => w.replace(/[^\p{L}]/gu, "").length > 3);
  return long.length > 0 && long.every((w) => /^[\p{Lu}\d"“‘'(]/u.test(w));
}

/** How many of the headings `text` repeats, and what share of it they make up. */
function repeatedHeadings(lower: string, headings: ReadonlySet<string>): { count: number; cover: number } {
  let count = 0;
  let chars = 0;
  let rest = lower;
  // Longest first (documentHeadings' order), each place counted once: "online advertising" and its
  // "advertising" are one.
  for (const h of headings) {
    if (h.length < lower.length && rest.includes(h)) {
      count++;
      chars += h.length;
      rest = rest.split(h).join("\u0000");
    }
  }
  return { count, cover: lower.length ? Math.min(1, chars / lower.length) : 0 };
}

/** A list of short items set apart by bars or bullets. */
function barMenu(text: string): boolean {
  // (A Markdown table row, "| Name | Purpose |", is a row of cells, not a menu.)
  if (!/[|•·]/.test(text) || text.trimStart().startsWith("|")) return false;
  const items = (text.match(MENU_ITEM) ?? []).map((i) => i.trim()).filter(Boolean);
  return items.length >= 3 && items.every((i) => i.split(/\s+/).length <= 5);
}

/** Links making up most of the text, with hardly a word of its own around them: a menu of places to go. */
function linkMenu(text: string, links: readonly Link[]): boolean {
  if (links.length < MIN_MENU_LINKS) return false;
  let rest = text;
  let chars = 0;
  for (const l of links) {
    if (!l.text || !rest.includes(l.text)) continue;
    chars += l.text.length;
    rest = rest.split(l.text).join(" ");
  }
  const ownWords = rest.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length;
  return ownWords <= 3 && chars / Math.max(1, text.length) >= LINK_COVER;
}

/**
 * Is `text` no quote: the document's heading repeated alone, a title-like line, a table of contents
 * (several of its headings making up most of it, or headings after "jump to" words), or a menu?
 */
export function notAQuote(text: string, headings: ReadonlySet<string>, links: readonly Link[] = []): boolean {
  const n = normalise(text);
  if (headings.has(n) || headingLike(text)) return true;
  if (barMenu(text) || linkMenu(text, links)) return true;
  const { count, cover } = repeatedHeadings(n, headings);
  return (count >= TOC_HEADINGS && cover >= TOC_COVER) || (count >= 2 && NAV_INTRO.test(text));
}

/** A sentence as a policy writes one: it ends with a full stop, a question or an exclamation mark. */
export function endsAsSentence(text: string): boolean {
  return /[.!?]["”’)]?$/.test(text.trim());
}
