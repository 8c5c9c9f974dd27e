// The model side of the pipeline (classify → summarize): runs in the background and the CLI.
// English is labelled by the classifier and read by the rule files; a language the classifier was not
// trained on is read by its own cue tables (lib/lang/readings.ts, lib/summarize/cue-reader.ts), and its
// segments carry no labels rather than an English model's guesses.
import { classifySegments, type Model } from "./classify/index";
import { identifyLanguage } from "./lang/identify";
import { ENGLISH, type Language, languageOf } from "./lang/index";
import { READINGS } from "./lang/readings";
import { type OnStage, timed } from "./stages";
import { summarizeWith } from "./summarize/cue-reader";
import { summarize } from "./summarize/index";
import type { Site } from "./summarize/named-parties";
import type { LabelledSegment, Segment, Summary } from "./types";

/** How much of the text the identifier reads. */
const SAMPLE_CHARS = 6000;

/**
 * The language a policy is read in: its text's, when the identifier is sure; else the page's declared
 * one (`declared`, from <html lang>) if we read it; else English.
 */
export function readingLanguage(segments: readonly Segment[], declared?: string | null): Language {
  let sample = "";
  for (const s of segments) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += `${s.text}\n`;
  }
  return identifyLanguage(sample) ?? languageOf(declared) ?? ENGLISH;
}

export function labelAndSummarize(
  model: Model,
  segments: Segment[],
  declared?: string | null,
  onStage?: OnStage,
  site?: Site,
): { segments: LabelledSegment[]; summary: Summary | null; language: string } {
  const language = readingLanguage(segments, declared);
  const reading = READINGS[language.code] ?? "rules";
  if (reading !== "rules") {
    return timed("summarize", onStage, () => {
      const labelled = segments.map((segment) => ({ ...segment, categories: [], labels: [] }));
      return {
        segments: labelled,
        summary: labelled.length ? summarizeWith(reading, labelled) : null,
        language: language.code,
      };
    });
  }
  const classifications = timed("classify", onStage, () => classifySegments(model, segments));
  return timed("summarize", onStage, () => {
    const labelled = segments.map((segment, i) => ({
      ...segment,
      categories: classifications[i]?.categories ?? [],
      labels: classifications[i]?.labels ?? [],
    }));
    return {
      segments: labelled,
      summary: labelled.length ? summarize(labelled, site) : null,
      language: language.code,
    };
  });
}
