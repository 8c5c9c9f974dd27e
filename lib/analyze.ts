// The whole pipeline composed (CLI, evals): page side (lib/page-text.ts) then model side
// (lib/label-and-summarize.ts). The extension runs the two halves in different places.
import type { Model } from "./classify/index";
import { detectPolicy } from "./detect/index";
import type { ExtractOptions } from "./extract/index";
import { labelAndSummarize } from "./label-and-summarize";
import { type PageText, readPageText } from "./page-text";
import { segmentBlocks, textToBlocks } from "./segment/index";
import { type OnStage, timed } from "./stages";
import type { Block, Detection, ExtractStatus, LabelledSegment, Summary } from "./types";

export { labelAndSummarize } from "./label-and-summarize";
export { type PageText, readPageText } from "./page-text";
export type { OnStage, StageName } from "./stages";

/** The whole pipeline's result for one page or text. */
export interface PageAnalysis extends PageText {
  url: string | null;
  detection: Detection;
  segments: LabelledSegment[];
  /** null when there was nothing to read (status is not "ok"). */
  summary: Summary | null;
  /** The language the text was read in (BCP 47 primary subtag: "en", "fr"). */
  language: string;
}

/** The full pipeline on a parsed document; `onStage` hears how long each stage took. */
export function analyzeDocument(
  doc: Document,
  url: string | null,
  model: Model,
  options: ExtractOptions = {},
  onStage?: OnStage,
): PageAnalysis {
  const detection = timed("detect", onStage, () => detectPolicy(doc, url ?? ""));
  const text = readPageText(doc, options, onStage);
  const declared = doc.documentElement?.getAttribute("lang");
  const site = { url, title: text.title || doc.title };
  return { url, detection, ...text, ...labelAndSummarize(model, text.segments, declared, onStage, site) };
}

/** The reason a plain-text input carries: it is read as a policy as given, the detector is not run. */
export const TEXT_NOT_CHECKED = "input:text";

/** True when the detector really looked at the input (false for plain text, read as a policy as given). */
export function detectionWasRun(detection: Detection): boolean {
  return !detection.reasons.includes(TEXT_NOT_CHECKED);
}

const NAMES_A_POLICY = /\b(privacy|policy|notice|statement|data protection)\b/i;

/**
 * A title for plain text, which has no <title>: a heading near the top that names a policy
 * ("# Alchetron - Privacy Policy"), else the first line when it reads as a heading ("Chocolate Cake").
 * A numbered section heading ("1" then "Personal Information We Collect") is not a title.
 */
export function titleOfText(text: string, blocks: readonly Block[]): string {
  const top = blocks.slice(0, 3).filter((b) => b.kind === "heading");
  const named = top.find((b) => NAMES_A_POLICY.test(b.text));
  if (named) return named.text;
  const first = blocks[0];
  if (first?.kind !== "heading") return "";
  // The first heading is a title only when it is the text's first line on its own.
  const firstLine = /^.*\S.*$/m.exec(text.slice(0, 2000))?.[0] ?? "";
  const alone = textToBlocks(firstLine)[0];
  return alone?.kind === "heading" && alone.text === first.text ? first.text : "";
}

/**
 * The full pipeline on plain text (a saved policy). Detection is not meaningful without a page, so it is
 * not run: the text is read as a policy, and the detection says so (reason TEXT_NOT_CHECKED).
 */
export function analyzeText(text: string, url: string | null, model: Model): PageAnalysis {
  const blocks = textToBlocks(text);
  const segments = segmentBlocks(blocks);
  const detection: Detection = { isPolicy: true, score: 1, reasons: [TEXT_NOT_CHECKED] };
  const status: ExtractStatus = segments.length ? "ok" : "empty";
  return {
    url,
    detection,
    title: titleOfText(text, blocks),
    status,
    method: "text",
    ...labelAndSummarize(model, segments, undefined, undefined, { url, title: titleOfText(text, blocks) }),
  };
}
