// Summary of a labelled policy: four findings, each from its own rule file, each with evidence.
import type { LabelledSegment, Summary } from "../types";
import { cookiesFinding } from "./cookies";
import { sentencesOf } from "./evidence";
import { optOutFinding } from "./opt-out";
import { sharingFinding } from "./sharing";
import { trackingFinding } from "./tracking";

export function summarize(segments: LabelledSegment[]): Summary {
  // Split once: every finding reads the same sentences.
  const sentences = sentencesOf(segments);
  return {
    cookies: cookiesFinding(segments, sentences),
    sharing: sharingFinding(segments, sentences),
    optOut: optOutFinding(segments, sentences),
    tracking: trackingFinding(segments, sentences),
  };
}
