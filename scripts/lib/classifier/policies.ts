// Training only: OPP-115 policies as classifier training input, read once per process.
import { readGoldPolicy } from "../opp115.ts";
import type { LabelledPolicy } from "./pipeline.ts";

const loaded = new Map<string, LabelledPolicy>();

/** One OPP-115 policy: whole segment text, derived heading, 2-of-3 gold labels and vote shares. */
export function labelledPolicy(name: string): LabelledPolicy {
  let p = loaded.get(name);
  if (!p) {
    // The whole segment is the text; the derived heading is its own feature group, as the
    // extension's segmenter provides it.
    p = readGoldPolicy(name).map((s) => ({
      text: s.fullText,
      heading: s.heading,
      gold: [...s.categories, ...s.labels],
      votes: s.votes,
    }));
    loaded.set(name, p);
  }
  return p;
}
