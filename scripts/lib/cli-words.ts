// The command line's words for levels: the popup's, from the same message source (the English
// public/_locales file; the command line stays in English). Only the readable reports use them:
// `--json` keeps the level keys of the contract ("good", "caution", "bad", "unknown").

import { LEVEL_WORD, type Level } from "../../lib/findings/index.ts";
import { lookupFromMessages, type MessageKey } from "../../lib/i18n.ts";
import english from "../../public/_locales/en/messages.json";

const lookup = lookupFromMessages(english);

/** An English UI string; the key itself when the messages file lacks it (as the popup shows it). */
export function englishText(key: MessageKey): string {
  return lookup(key) || key;
}

/** The word the popup shows for a level ("Concern", "Caution", "Good", "Not mentioned"). */
export function levelWord(level: Level): string {
  return englishText(LEVEL_WORD[level]);
}
