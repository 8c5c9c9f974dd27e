// Tests read the real English messages file, so a missing key shows up as the key itself.
import { readFileSync } from "node:fs";
import path from "node:path";
import { lookupFromMessages, setMessageLookup } from "@/lib/i18n";

export const ENGLISH_MESSAGES = JSON.parse(
  readFileSync(path.resolve(__dirname, "../../public/_locales/en/messages.json"), "utf8"),
) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function useEnglishMessages(): void {
  setMessageLookup(lookupFromMessages(ENGLISH_MESSAGES));
}
