// How the summary reads each language of LANGUAGES (index.ts): English by the hand-written rule files of
// lib/summarize with the classifier's categories (both made for English); every other language by its
// negation and cue tables, read sentence by sentence by lib/summarize/cue-reader.ts.
import { frReading } from "./fr/read";
import type { Reading } from "./types";

export const READINGS: Readonly<Record<string, "rules" | Reading>> = {
  en: "rules",
  fr: frReading,
};
