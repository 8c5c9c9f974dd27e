// The page side of the pipeline (extract → segment): needs the page's DOM, not the model.
// Kept apart from the model side so the background bundle never carries Readability.

import { type ExtractOptions, extractPolicy } from "./extract/index";
import { MAX_HEADING_CHARS, MAX_SEGMENT_CHARS, MAX_SEGMENTS } from "./limits";
import { linksWithin, MAX_LINKS } from "./links";
import { hasTooMuchText } from "./page-text-size";
import { resolveLinksAgainstBase } from "./resolve-links";
import { segmentBlocks, segmentText } from "./segment/index";
import { type OnStage, timed } from "./stages";
import type { ExtractStatus, Segment } from "./types";

/** What the page side produces: readable segments, before classification. */
export { hasTooMuchText } from "./page-text-size";

export interface PageText {
  title: string;
  status: ExtractStatus;
  method: string;
  segments: Segment[];
}

/** Keeps what is sent to the background within the protocol's bounds. */
function bounded(segments: Segment[]): Segment[] {
  return segments.slice(0, MAX_SEGMENTS).map((s) => {
    const out: Segment = {
      index: s.index,
      text: s.text.length > MAX_SEGMENT_CHARS ? s.text.slice(0, MAX_SEGMENT_CHARS) : s.text,
      heading: s.heading.length > MAX_HEADING_CHARS ? s.heading.slice(0, MAX_HEADING_CHARS) : s.heading,
    };
    // Links are bounded where they are read (lib/links.ts); only those still in the text go along.
    const links = linksWithin(out.text, s.links).slice(0, MAX_LINKS);
    if (links.length) out.links = links;
    return out;
  });
}

/**
 * The same from HTML (the background reads what the tab sent). A plain-text policy opened in the browser
 * reads exactly as the command line reads a .txt file.
 */
export function readPageHtml(
  html: string,
  contentType: string,
  parse: (html: string) => Document,
  onStage?: OnStage,
): PageText {
  if (contentType === "text/plain") {
    const segments = timed("segment", onStage, () => bounded(segmentText(html)));
    return { title: "", status: segments.length ? "ok" : "empty", method: "text", segments };
  }
  // The document is parsed here for this one read: Readability may rewrite it instead of a clone.
  const doc = timed("parse", onStage, () => {
    const parsed = parse(html);
    resolveLinksAgainstBase(parsed);
    return parsed;
  });
  return readPageText(doc, { ownsDocument: true }, onStage);
}

/** extract → segment: the part that needs the page's DOM (background, CLI). */
export function readPageText(doc: Document, options: ExtractOptions = {}, onStage?: OnStage): PageText {
  // A huge page is refused before extraction copies and walks it: that work is what would freeze a tab.
  const extraction = timed("extract", onStage, () =>
    hasTooMuchText(doc) ? null : extractPolicy(doc, options),
  );
  if (!extraction) return { title: doc.title ?? "", status: "too-large", method: "none", segments: [] };
  const segments = timed("segment", onStage, () =>
    extraction.status === "ok" ? bounded(segmentBlocks(extraction.blocks)) : [],
  );
  const status = extraction.status === "ok" && segments.length === 0 ? "empty" : extraction.status;
  return { title: extraction.title, status, method: extraction.method, segments };
}
