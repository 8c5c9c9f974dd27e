// The model side of the pipeline (classify → summarize): runs in the background and the CLI.
import { classifySegments, type Model } from "./classify/index";
import { type OnStage, timed } from "./stages";
import { summarize } from "./summarize/index";
import type { LabelledSegment, Segment, Summary } from "./types";

export function labelAndSummarize(
  model: Model,
  segments: Segment[],
  onStage?: OnStage,
): { segments: LabelledSegment[]; summary: Summary | null } {
  const classifications = timed("classify", onStage, () => classifySegments(model, segments));
  return timed("summarize", onStage, () => {
    const labelled = segments.map((segment, i) => ({
      ...segment,
      categories: classifications[i]?.categories ?? [],
      labels: classifications[i]?.labels ?? [],
    }));
    return { segments: labelled, summary: labelled.length ? summarize(labelled) : null };
  });
}
