/**
 * Plain-text policies → blocks: headings (Markdown "#", numbered "3." / "3.1", ALL CAPS, short
 * title-like lines), bullets, and paragraphs (blank-line separated, or one per line, with hard-wrapped
 * lines re-joined). Separator lines ("==========") and bare section numbers are noise and vanish.
 */
import { absoluteHref, linkWords } from "../links";
import { rowReading } from "../table-row";
import type { Block, Link } from "../types";

const SEPARATOR = /^\s*([=\-_*~#+.·•]\s*){4,}$/;
const BARE_NUMBER = /^\s*(\d{1,3}(\.\d{1,3})*\.?|[ivxlc]{1,6}\.|[A-Z]\.)\s*$/i;
const MARKDOWN_HEADING = /^\s*#{1,6}\s+(.*?)\s*#*\s*$/;
const NUMBERED =
  /^\s*(?:(?:section|article|part)\s+)?(\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.|[A-Z]\.)\s+(.+)$/i;
const BULLET = /^\s*([•·▪◦●○■□‣⁃*+-]|\(?[a-z0-9]{1,2}[.)])\s+(.+)$/;
/** Small words that stay lowercase in a title ("Use of Cookies", "Information Provided by You"). */
const SMALL_WORDS = new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "by",
  "for",
  "from",
  "in",
  "of",
  "on",
  "or",
  "the",
  "to",
  "via",
  "with",
  "we",
  "our",
  "you",
  "your",
]);

/** Markdown emphasis and quote markers that saving tools leave around text. */
function stripMarkup(line: string): string {
  return (
    line
      .replace(/^\s*>\s?/, "")
      .replace(/\*\*|__/g, "")
      // "_word_" and "*word*" emphasis (not the underscore inside a name or an address).
      .replace(/(?<![\p{L}\p{N}*_\\])[*_](?=\S)([^*_\n]*?\S)[*_](?![\p{L}\p{N}*_])/gu, "$1")
      // …and its two ends on two lines, where a long emphasised line was wrapped.
      .replace(/^(\s*)[*_](?=[^\s*_])/u, "$1")
      .replace(/(?<=[^\s*_\\])[*_](?=\s*$)/u, "")
      // "<https://example.com/page>" is a link written out, not a tag: keep the address.
      .replace(/<(https?:\/\/[^\s>]+)>/g, "$1")
      .replace(/<\/?\w+[^>]*>/g, "")
      // "[text](target)", where the target may hold escaped parentheses: "(tel:+44 \(0\) 20 …)".
      // An e-mail link whose words do not show the address ("contact us [here](mailto:dpo@…)") keeps
      // the address after its words: it is the contact the text gives.
      .replace(/\[([^\]]+)\]\(mailto:([^)\s?]+)[^)]*\)/gi, (_, words: string, address: string) =>
        words.toLowerCase().includes(address.toLowerCase()) ? words : `${words} (${address})`,
      )
      .replace(/\[([^\]]+)\]\((?:\\.|[^)\\])*\)/g, "$1")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** "[words](target)" or "[words](target "title")", the target possibly with escaped parentheses; not an image. */
const MARKDOWN_LINK = /(?<!!)\[([^\]]+)\]\(((?:\\.|[^)\\\s])+)(?:\s+"[^"]*")?\)/g;
/** "<https://example.com/page>": a link written out, its address its words. */
const AUTOLINK = /<(https?:\/\/[^\s>]+)>/g;

/**
 * The links a Markdown line holds: their words as the text shows them and their absolute address.
 * A relative target ("(/privacy/choices)") has no address without the page, so it is not kept.
 */
export function markdownLinks(line: string): Link[] {
  const out: Link[] = [];
  if (!line.includes("](") && !line.includes("<http")) return out;
  for (const m of line.matchAll(MARKDOWN_LINK)) {
    const href = absoluteHref((m[2] ?? "").replace(/\\(.)/g, "$1"));
    const text = linkWords(stripMarkup(m[1] ?? ""));
    if (href && text) out.push({ text, href });
  }
  for (const m of line.matchAll(AUTOLINK)) {
    const href = absoluteHref(m[1] ?? "");
    if (href) out.push({ text: linkWords(m[1] ?? ""), href });
  }
  return out;
}

/** A Markdown table row: "| a | b |" (the outer bars may be left out, but a bar is inside). */
const TABLE_ROW = /^\s*\|?[^|\n]*\|.*$/;
/** The line under a Markdown table's header: "|---|:---:|". */
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** A Markdown table row's cells, their markup removed ("\|" is a bar inside a cell). */
function cellsOf(row: string): string[] {
  const cells = row
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "")
    .split(/(?<!\\)\|/);
  return cells.map((c) => stripMarkup(c.replace(/\\\|/g, "|")));
}

/** Date lines ("April 27th 2018", "Last updated: 01/02/2015") are not headings. */
const DATE_LINE =
  /^((effective|last|updated|revised|modified)[\w\s]*:?\s*)?((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})$/i;

const wordsOf = (line: string): string[] => line.split(" ").filter(Boolean);

/** ALL CAPS with at least two letters: "INFORMATION WE COLLECT". */
export function isAllCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Short, no sentence punctuation at the end, and Title Case or ALL CAPS. */
export function isTitleLike(line: string): boolean {
  const text = line.replace(/:$/, "");
  const words = wordsOf(text);
  if (
    words.length === 0 ||
    words.length > 10 ||
    text.length > 90 ||
    /[.,;!?]$/.test(text) ||
    DATE_LINE.test(text)
  )
    return false;
  // Mostly numbers is a phone line or a postcode ("Tel: +44 (0) 203 397 6280"), not a title.
  const wordy = words.filter((w) => /\p{L}/u.test(w));
  if (wordy.length * 2 < words.length) return false;
  if (isAllCaps(text)) return true;
  const significant = wordy.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  return significant.length > 0 && significant.every((w) => /^["'“(]?[\p{Lu}\p{N}]/u.test(w));
}

function headingText(line: string): string | null {
  const md = MARKDOWN_HEADING.exec(line);
  if (md) return md[1] ? stripMarkup(md[1]) : null;
  const text = stripMarkup(line);
  const numbered = NUMBERED.exec(text);
  if (numbered?.[2] && isTitleLike(numbered[2]) && !/[.;,]$/.test(numbered[2]))
    return numbered[2].replace(/:$/, "");
  if (isTitleLike(text) && wordsOf(text).length >= 1) return text.replace(/:$/, "");
  return null;
}

/**
 * A hard-wrapped line (no sentence end, next line carries on in lowercase), a "(…)" aside, or the next
 * part of an address or list written one part per line ("Altaro Ltd," / "Kalkara Tal-Gir Str.,").
 */
const continues = (line: string, next: string): boolean =>
  (!/[.!?:;"”)]$/.test(line) && /^\p{Ll}/u.test(next)) ||
  /^\(\p{Ll}/u.test(next) ||
  (/,$/.test(line) && !BULLET.test(next));

export function textToBlocks(text: string): Block[] {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .filter((l) => !SEPARATOR.test(l) && !BARE_NUMBER.test(l));
  const blocks: Block[] = [];
  let paragraph = "";
  let kind: "paragraph" | "list-item" = "paragraph";
  let links: Link[] = [];
  const withLinks = (block: Block, found: Link[]): Block =>
    found.length ? { ...block, links: found } : block;
  const flush = (): void => {
    if (paragraph) blocks.push(withLinks({ kind, text: paragraph }, links));
    paragraph = "";
    kind = "paragraph";
    links = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    // A Markdown table: a header row, its "|---|" line, then rows read as "column — value".
    if (TABLE_ROW.test(raw) && TABLE_RULE.test(lines[i + 1] ?? "")) {
      flush();
      const names = cellsOf(raw);
      i += 2;
      for (; i < lines.length && TABLE_ROW.test(lines[i] ?? ""); i++) {
        const row = lines[i] ?? "";
        const text = rowReading(cellsOf(row), names);
        if (text) blocks.push(withLinks({ kind: "table-row", text }, markdownLinks(row)));
      }
      i--;
      continue;
    }
    const line = stripMarkup(raw);
    if (!line) {
      flush();
      continue;
    }
    if (paragraph) {
      // A line that carries on the sentence of the paragraph being built (hard wrap).
      if (continues(paragraph, line)) {
        paragraph = `${paragraph} ${line}`;
        links.push(...markdownLinks(raw));
        continue;
      }
      flush();
    }
    const bullet = BULLET.exec(line);
    if (bullet?.[2] && !/^\d+\.\d/.test(line) && !headingText(raw)) {
      paragraph = bullet[2];
      kind = "list-item";
      links = markdownLinks(raw);
      continue;
    }
    const heading = headingText(raw);
    const next = stripMarkup(lines[i + 1] ?? "");
    // A title-like last line, or one followed by another title-like line, is still a heading:
    // "Information Provided by You" above "You will be required…".
    if (heading && (MARKDOWN_HEADING.test(raw) || !next || !continues(line, next))) {
      blocks.push(
        withLinks(
          {
            kind: "heading",
            text: heading,
            level: MARKDOWN_HEADING.test(raw) ? (raw.match(/#/g)?.length ?? 2) : 3,
          },
          markdownLinks(raw).filter((l) => heading.includes(l.text)),
        ),
      );
      continue;
    }
    paragraph = line;
    links = markdownLinks(raw);
  }
  flush();
  return blocks;
}
