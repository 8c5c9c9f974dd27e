// The whole pipeline composed (CLI, evals): page side (lib/page-text.ts) then model side
// (lib/label-and-summarize.ts). The extension runs the two halves in different places.
import type { Model } from "./classify/index";
import { detectPolicy } from "./detect/index";
import type { ExtractOptions } from "./extract/index";
import { labelAndSummarize } from "./label-and-summarize";
import { type PageText, readPageText } from "./page-text";
import { segmentText } from "./segment/index";
import type { Detection, ExtractStatus, LabelledSegment, Summary } from "./types";

export { labelAndSummarize } from "./label-and-summarize";
export { type PageText, readPageText } from "./page-text";

/** The whole pipeline's result for one page or text. */
export interface PageAnalysis extends PageText {
  url: string | null;
  detection: Detection;
  segments: LabelledSegment[];
  /** null when there was nothing to read (status is not "ok"). */
  summary: Summary | null;
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
