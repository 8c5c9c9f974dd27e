// UI strings come from public/_locales (browser.i18n). The lookup is swappable so tests and
// screenshots can render the popup without a browser around it.
import { browser } from "wxt/browser";
import type english from "../public/_locales/en/messages.json";

/** Every key of the English messages file: a typo in a key is a type error. */
export type MessageKey = keyof typeof english;

export type MessageLookup = (key: MessageKey, substitutions?: string[]) => string;

const browserLookup: MessageLookup = (key, substitutions) => browser.i18n.getMessage(key, substitutions);

let lookup: MessageLookup = browserLookup;

/** Replaces the message source (tests); call with no argument to restore the browser's. */
export function setMessageLookup(next?: MessageLookup): void {
  lookup = next ?? browserLookup;
}

/** The UI string for `key`; substitutions fill $1…$9 (through the message's placeholders). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const text = lookup(key, substitutions.length ? substitutions.map(String) : undefined);
  // An empty answer means the key is missing from the locale: show the key rather than nothing.
  return text || key;
}

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * A lookup over a messages.json object, with the browser's substitution rules: `$name$` is replaced by
 * its placeholder's content, then `$1`…`$9` by the substitutions, and `$$` by `$`.
 */
export function lookupFromMessages(messages: Record<string, LocaleEntry>): MessageLookup {
  return (key, substitutions = []) => {
    const entry = messages[key];
    if (!entry) return "";
    const withPlaceholders = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = Object.entries(entry.placeholders ?? {}).find(
        ([candidate]) => candidate.toLowerCase() === name.toLowerCase(),
      );
      return placeholder ? placeholder[1].content : whole;
    });
    return withPlaceholders.replace(/\$(\$|[1-9])/g, (_whole, which: string) =>
      which === "$" ? "$" : (substitutions[Number(which) - 1] ?? ""),
    );
  };
}
