// Shared plumbing for the rule files: walk the sentences of every segment, collect scored hits, and
// turn the best ones into evidence. Kept tiny so each rule file still reads on its own.
import type { Evidence, LabelledSegment } from "../types";
import { splitSentences } from "./sentences";

export interface Sentence {
  text: string;
  segment: number;
  /** Position of the segment in the input, used to keep evidence in reading order on ties. */
  order: number;
  heading: string;
  labels: string[];
  categories: string[];
}

/** All sentences of all segments (long runaway "sentences" are still kept whole: they are verbatim). */
export function sentencesOf(segments: LabelledSegment[]): Sentence[] {
  const out: Sentence[] = [];
  segments.forEach((s, order) => {
    for (const text of splitSentences(s.text)) {
      out.push({
        text,
        segment: s.index,
        order,
        heading: s.heading,
        labels: s.labels,
        categories: s.categories,
      });
    }
  });
  return out;
}

export interface Hit {
  sentence: Sentence;
  score: number;
}

/** The best `max` hits as evidence, most informative first, one entry per sentence. */
export function pickEvidence(hits: Hit[], max = 4): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  const sorted = [...hits].sort((a, b) => b.score - a.score || a.sentence.order - b.sentence.order);
  for (const h of sorted) {
    const key = `${h.sentence.segment}\t${h.sentence.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: h.sentence.text, segment: h.sentence.segment });
    if (out.length >= max) break;
  }
  return out;
}

/** True when any segment carries one of the classifier labels. */
export function anyLabel(segments: LabelledSegment[], ...labels: string[]): boolean {
  return segments.some((s) => s.labels.some((l) => labels.includes(l)));
}

/**
 * A negated statement: "we do not / don't / never / will not …" (also the common typo "do't").
 * Checked on the clause before the keyword so that "we do not sell … but we share …" is handled by
 * the caller testing the right clause.
 */
export const NEGATION =
  /\b(?:not|never|no|don[’']?t|do[’']?t|doesn[’']?t|won[’']?t|cannot|can[’']?t|neither|nor|without)\b/i;

/** Adds a string once, keeping first-seen order. */
export function pushUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}
