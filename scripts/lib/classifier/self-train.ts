/**
 * Training only, pure: self-training on unlabelled policy text. A model fitted on the labelled
 * policies reads unlabelled segments (the English OTA privacy policies); a segment it is sure of —
 * at least one category at probability ≥ confidence and every other category at ≤ 1 − confidence —
 * becomes a training example with those categories and the finer labels above 0.5, at a reduced
 * loss weight. Segments in between teach nothing and are left out.
 */
import { createHash } from "node:crypto";
import type { SegmentInput } from "../../../lib/classify/featurize.ts";
import { CATEGORY_COUNT, LABELS } from "../../../lib/classify/labels.ts";
import type { LabelledInput, LabelledPolicy } from "./pipeline.ts";

export interface SelfTrainOptions {
  /** A category counts as sure at p ≥ confidence (present) or p ≤ 1 − confidence (absent). */
  confidence: number;
  /** Loss weight of a pseudo-labelled segment (an OPP-115 segment weighs 1). */
  weight: number;
  /** At most this many pseudo-labelled segments, chosen by a hash of document and position. */
  maxSegments: number;
  /** Segments with fewer words are skipped (headings, fragments). */
  minWords: number;
}

export interface UnlabelledDocument {
  name: string;
  segments: readonly SegmentInput[];
}

/** The sure segments of each document (document order kept), with their pseudo-labels. */
export function pseudoLabelled(
  docs: readonly UnlabelledDocument[],
  probs: readonly Float32Array[],
  opts: SelfTrainOptions,
): LabelledPolicy[] {
  const L = LABELS.length;
  const picked: { rank: string; doc: number; seg: number; gold: string[] }[] = [];
  docs.forEach((doc, d) => {
    const p = probs[d] ?? new Float32Array(0);
    doc.segments.forEach((s, i) => {
      if (s.text.split(/\s+/).length < opts.minWords) return;
      const gold: string[] = [];
      for (let l = 0; l < CATEGORY_COUNT; l++) {
        const v = p[i * L + l] ?? 0;
        if (v >= opts.confidence) gold.push(LABELS[l] as string);
        else if (v > 1 - opts.confidence) return;
      }
      if (gold.length === 0) return;
      for (let l = CATEGORY_COUNT; l < L; l++) if ((p[i * L + l] ?? 0) >= 0.5) gold.push(LABELS[l] as string);
      const rank = createHash("sha256").update(`${doc.name}\n${i}`).digest("hex");
      picked.push({ rank, doc: d, seg: i, gold });
    });
  });
  const kept = picked
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .slice(0, opts.maxSegments)
    .sort((a, b) => a.doc - b.doc || a.seg - b.seg);
  const out: LabelledInput[][] = [];
  let last = -1;
  for (const k of kept) {
    if (k.doc !== last) out.push([]);
    last = k.doc;
    const s = docs[k.doc]?.segments[k.seg] as SegmentInput;
    out[out.length - 1]?.push({ text: s.text, heading: s.heading, gold: k.gold, weight: opts.weight });
  }
  return out;
}
