import type { Category, LabelledSegment } from "../../lib/types";

/** A hand-built segment; sentences in tests are our own, never corpus text. */
export function seg(
  index: number,
  text: string,
  opts: { heading?: string; labels?: string[]; categories?: Category[] } = {},
): LabelledSegment {
  return {
    index,
    text,
    heading: opts.heading ?? "",
    labels: opts.labels ?? [],
    categories: opts.categories ?? [],
  };
}

/** Segments from plain paragraphs, unlabelled (the rules alone). */
export function segs(...texts: string[]): LabelledSegment[] {
  return texts.map((t, i) => seg(i, t));
}
