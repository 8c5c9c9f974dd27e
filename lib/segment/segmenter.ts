/**
 * Blocks → paragraph-level segments like OPP-115's: a paragraph each, short fragments merged into their
 * neighbours, a list (with the sentence that introduces it) grouped, giant blocks split; each segment
 * keeps the nearest heading above it.
 */

import { MAX_HEADING_CHARS } from "../limits";
import { linksWithin, uniqueLinks } from "../links";
import type { Block, Link, Segment } from "../types";
import { cleanSpaces } from "../whitespace";
import { splitLong } from "./split";

/** A paragraph shorter than this is a fragment ("Last updated 2015", one-line sentences). */
export const MIN_CHARS = 120;
/** Fragments and list items are merged up to about this size. */
export const TARGET_CHARS = 700;
/** Anything longer is split at sentence ends. */
export const MAX_CHARS = 1500;

interface Draft {
  text: string;
  heading: string;
  /** "list" drafts accept more list items; "text" drafts accept fragments. */
  kind: "text" | "list";
  /** Made of fragments only (so far): more fragments may join it. */
  fragments: boolean;
  links: Link[];
}

const endsOpen = (text: string): boolean => /[:–—-]$/.test(text);

/**
 * Contact details a heading line may hold: an e-mail address or a phone-like run of digits. (Pages and
 * plain-text policies set "Tel: …" or "privacy@…" lines as headings.)
 */
const HOLDS_CONTACT =
  /[\w.+-]@[\w-]+\.\w|(?:\b(?:tel|phone|telephone|call|mobile|toll[- ]free)\b|\+\d)[^@\d]{0,12}\d[\d\s().-]{6,}\d|\b\d{3}[\s.-]\d{3}[\s.-]\d{4}\b|\(\d{3}\)\s?\d{3}[\s.-]\d{4}\b/i;

export function segmentBlocks(blocks: readonly Block[]): Segment[] {
  const drafts: Draft[] = [];
  let heading = "";
  /** The heading above the current one, the links of the current one, and whether text came under it. */
  let above = "";
  let headingLinks: Link[] = [];
  let carried = true;
  /** A draft may only grow while no heading came between (segments never span a heading). */
  let open: Draft | null = null;
  // A heading no text follows is lost with the next one; when it holds contact details it is kept as a
  // line of text under the heading above it.
  const keepUncarried = (): void => {
    if (carried || !HOLDS_CONTACT.test(heading)) return;
    drafts.push({ text: heading, heading: above, kind: "text", fragments: false, links: headingLinks });
  };

  for (const block of blocks) {
    const text = cleanSpaces(block.text);
    if (!text) continue;
    if (block.kind === "heading") {
      keepUncarried();
      above = heading;
      // A "heading" of thousands of characters is a page's mistake; a label this long is enough.
      heading = text.length > MAX_HEADING_CHARS ? text.slice(0, MAX_HEADING_CHARS) : text;
      headingLinks = block.links ? [...block.links] : [];
      carried = false;
      open = null;
      continue;
    }
    carried = true;
    const isItem = block.kind === "list-item" || block.kind === "table-row";
    if (open) {
      const combined = open.text.length + text.length + 1;
      const joinList = isItem && (open.kind === "list" || endsOpen(open.text)) && combined <= MAX_CHARS;
      // A fragment leads into the paragraph after it ("Updated 2024." + its text) and one-line notes
      // gather together ("By using our site…", "Last modified…", "Contact us below:", an address),
      // but they never tail onto a full paragraph: unrelated one-liners would blur its topic.
      const isFragment = text.length < MIN_CHARS;
      const joinFragment =
        !isItem &&
        open.kind === "text" &&
        (open.text.length < MIN_CHARS || (open.fragments && isFragment)) &&
        combined <= TARGET_CHARS;
      // A short line after a list ("and more.") still belongs to it.
      const joinTail =
        !isItem && open.kind === "list" && text.length < MIN_CHARS / 2 && combined <= MAX_CHARS;
      if (joinList || joinFragment || joinTail) {
        open.text = `${open.text} ${text}`;
        if (block.links) open.links.push(...block.links);
        open.fragments &&= !isItem && text.length < MIN_CHARS;
        if (isItem) open.kind = "list";
        continue;
      }
    }
    open = {
      text,
      heading,
      kind: isItem ? "list" : "text",
      fragments: !isItem && text.length < MIN_CHARS,
      links: block.links ? [...block.links] : [],
    };
    drafts.push(open);
  }
  keepUncarried();

  const segments: Segment[] = [];
  for (const draft of drafts) {
    for (const piece of splitLong(draft.text, MAX_CHARS)) {
      const segment: Segment = { index: segments.length, text: piece, heading: draft.heading };
      // A link belongs to the piece its words are in (a long draft is split at sentence ends).
      const links = uniqueLinks(linksWithin(piece, draft.links));
      if (links.length) segment.links = links;
      segments.push(segment);
    }
  }
  return segments;
}
