import { CATEGORIES } from "../types";

/** Finer attribute labels the summary needs (OPP-115 attribute values, 2-of-3 annotators per segment). */
export const FINE_LABELS = [
  "cookies",
  "third-party-cookies",
  "sharing",
  "advertising",
  "analytics",
  "location",
  "opt-out-link",
  "opt-out-contact",
  "browser-controls",
  "opt-in",
  "dnt-honored",
  "dnt-not-honored",
  "dnt-unclear",
] as const;
export type FineLabel = (typeof FINE_LABELS)[number];

/** Model output order: the 10 categories, then the finer labels. A model file must list exactly these. */
export const LABELS: readonly string[] = [...CATEGORIES, ...FINE_LABELS];
export const CATEGORY_COUNT = CATEGORIES.length;
