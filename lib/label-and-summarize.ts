// The model side of the pipeline (classify → summarize): runs in the background and the CLI.
import { classifySegments, type Model } from "./classify/index";
import { summarize } from "./summarize/index";
import type { LabelledSegment, Segment, Summary } from "./types";

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
