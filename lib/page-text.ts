// The page side of the pipeline (extract → segment): needs the page's DOM, not the model.
// Kept apart from the model side so the background bundle never carries Readability.
import { type ExtractOptions, extractPolicy } from "./extract/index";
import { segmentBlocks } from "./segment/index";
import type { ExtractStatus, Segment } from "./types";

/** What the page side produces: readable segments, before classification. */
export interface PageText {
  title: string;
  status: ExtractStatus;
  method: string;
  segments: Segment[];
}

/** extract → segment: the part that needs the page's DOM (content script, CLI). */
export function readPageText(doc: Document, options: ExtractOptions = {}): PageText {
  const extraction = extractPolicy(doc, options);
  const segments = extraction.status === "ok" ? segmentBlocks(extraction.blocks) : [];
  const status = extraction.status === "ok" && segments.length === 0 ? "empty" : extraction.status;
  return { title: extraction.title, status, method: extraction.method, segments };
}
