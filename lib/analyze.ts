import { classifySegments, type Model } from "./classify/index";
import { detectPolicy } from "./detect/index";
import { type ExtractOptions, extractPolicy } from "./extract/index";
import { segmentBlocks, segmentText } from "./segment/index";
import { summarize } from "./summarize/index";
import type { Detection, ExtractStatus, LabelledSegment, Segment, Summary } from "./types";

/** What the page side produces: readable segments, before classification. */
export interface PageText {
  title: string;
  status: ExtractStatus;
  method: string;
  segments: Segment[];
}

/** The whole pipeline's result for one page or text. */
export interface PageAnalysis extends PageText {
  url: string | null;
  detection: Detection;
  segments: LabelledSegment[];
  /** null when there was nothing to read (status is not "ok"). */
  summary: Summary | null;
}

/** extract → segment: the part that needs the page's DOM (content script, CLI). */
export function readPageText(doc: Document, options: ExtractOptions = {}): PageText {
  const extraction = extractPolicy(doc, options);
  const segments = extraction.status === "ok" ? segmentBlocks(extraction.blocks) : [];
  const status = extraction.status === "ok" && segments.length === 0 ? "empty" : extraction.status;
  return { title: extraction.title, status, method: extraction.method, segments };
}

/** classify → summarize: the part that needs the model (background, CLI). */
export function labelAndSummarize(
  model: Model,
  segments: Segment[],
): { segments: LabelledSegment[]; summary: Summary | null } {
  const classifications = classifySegments(model, segments);
  const labelled = segments.map((segment, i) => ({
    ...segment,
    categories: classifications[i]?.categories ?? [],
    labels: classifications[i]?.labels ?? [],
  }));
  return { segments: labelled, summary: labelled.length ? summarize(labelled) : null };
}

/** The full pipeline on a parsed document. */
export function analyzeDocument(
  doc: Document,
  url: string | null,
  model: Model,
  options: ExtractOptions = {},
): PageAnalysis {
  const detection = detectPolicy(doc, url ?? "");
  const text = readPageText(doc, options);
  return { url, detection, ...text, ...labelAndSummarize(model, text.segments) };
}

/** The full pipeline on plain text (a saved policy); detection is not meaningful without a page. */
export function analyzeText(text: string, url: string | null, model: Model): PageAnalysis {
  const segments = segmentText(text);
  const detection: Detection = { isPolicy: true, score: 1, reasons: ["input:text"] };
  const status: ExtractStatus = segments.length ? "ok" : "empty";
  return {
    url,
    detection,
    title: "",
    status,
    method: "text",
    ...labelAndSummarize(model, segments),
  };
}
