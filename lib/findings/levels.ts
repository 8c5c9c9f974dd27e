// The four levels a finding can have, and the word each is shown with (the same for every finding).
import { z } from "zod/mini";
import type { MessageKey } from "../i18n";

export const LEVELS = ["good", "caution", "bad", "unknown"] as const;
export const levelSchema = z.enum(LEVELS);
export type Level = z.output<typeof levelSchema>;

/** The level word: on the card's badge, in the Markdown headings, in the toolbar button's tooltip. */
export const LEVEL_WORD: Readonly<Record<Level, MessageKey>> = {
  good: "levelGood",
  caution: "levelCaution",
  bad: "levelBad",
  unknown: "levelUnknown",
};
