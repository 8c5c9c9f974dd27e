// What the extension knows about one tab, as kept by the background and shown by the popup.
import { z } from "zod/mini";
import { FINDINGS } from "./findings/index";
import { summarySchema } from "./summary-schema";
import type { Level, Summary } from "./types";

export const tabStateSchema = z.object({
  /** "analysing" while the page text is read and classified; the others are final. */
  status: z.enum(["analysing", "analysed", "too-large", "empty", "error"]),
  url: z.string(),
  title: z.string(),
  detection: z.object({ isPolicy: z.boolean(), score: z.number(), reasons: z.array(z.string()) }),
  /** Why it was analysed: found automatically, asked by the user, or the site's policy fetched from a link. */
  trigger: z.enum(["auto", "user", "site-policy"]),
  segmentCount: z.number(),
  summary: z.nullable(summarySchema),
  error: z.optional(z.string()),
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof tabStateSchema>;

const LEVEL_RANK: Record<Level, number> = { unknown: 0, good: 1, caution: 2, bad: 3 };

/** The most severe level across the findings ("unknown" only when nothing is known). */
export function worstLevel(summary: Summary): Level {
  const levels = FINDINGS.map((finding) => summary[finding.key].level);
  return levels.reduce<Level>((worst, l) => (LEVEL_RANK[l] > LEVEL_RANK[worst] ? l : worst), "unknown");
}

export interface BadgeLook {
  text: string;
  color: string;
}

/** Toolbar badge for a tab: only analysed policy pages get one. */
export function badgeFor(state: TabState | null): BadgeLook | null {
  if (!state) return null;
  if (state.status === "analysing") return { text: "…", color: "#6b7280" };
  if (state.status !== "analysed" || !state.summary) return null;
  const look: Record<Level, BadgeLook> = {
    bad: { text: "!", color: "#b91c1c" },
    caution: { text: "~", color: "#b45309" },
    good: { text: "ok", color: "#15803d" },
    unknown: { text: "?", color: "#6b7280" },
  };
  return look[worstLevel(state.summary)];
}
