// Summary of a labelled policy: four findings, each from its own rule file, each with evidence.
import type { LabelledSegment, Summary } from "../types";
import { cookiesFinding } from "./cookies";
import { optOutFinding } from "./opt-out";
import { sharingFinding } from "./sharing";
import { trackingFinding } from "./tracking";

export function summarize(segments: LabelledSegment[]): Summary {
  return {
    cookies: cookiesFinding(segments),
    sharing: sharingFinding(segments),
    optOut: optOutFinding(segments),
    tracking: trackingFinding(segments),
  };
}
