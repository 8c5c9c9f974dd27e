// The languages Privacy Glance reads. Adding one: its tables (lib/lang/<code>/detect.ts and read.ts, see
// types.ts), one entry here and one in readings.ts, and its _locales folder; test/lang/conventions.test.ts
// checks that nothing is missing.
import { en } from "./en/detect";
import { fr } from "./fr/detect";
import type { Language } from "./types";

export const LANGUAGES: readonly Language[] = [en, fr];

export const ENGLISH = en;

const BY_CODE = new Map(LANGUAGES.map((l) => [l.code, l]));

/** The language with this BCP 47 tag's primary subtag ("fr-CA" → fr), if we read it. */
export function languageOf(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  return BY_CODE.get(tag.trim().toLowerCase().split(/[-_]/)[0] ?? "");
}

export type { Language } from "./types";
