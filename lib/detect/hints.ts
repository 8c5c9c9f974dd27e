/**
 * The detector's first look: does the URL, the title or a top heading show a word that a policy's name
 * contains in a language we read (ALL_NAME_WORDS)? indexOf only: no pattern is compiled and no text sample is read. A page that
 * shows none is read further only if its headings name a policy's sections or its opening text names
 * one (detector.ts), never for how it talks. In the extension the background takes the
 * address-and-title part of this look from the tab itself (tabLooksLikePolicy), so ordinary pages run
 * no code of ours at all; the detector, injected only then, looks at the headings and the rest.
 */
import { ALL_NAME_WORDS, containsAny, mayName } from "./signals";

const WORDS = ALL_NAME_WORDS.split("|");

/** True when `url` may name a policy. Escapes are decoded first ("priv%61cy"); an unreadable URL may. */
export function urlHints(url: string): boolean {
  // The URL parser drops tabs and newlines, so they can split a word: such a URL is read in full.
  if (containsAny(url, "\t|\n|\r")) return true;
  if (!url.includes("%")) return mayName(url);
  try {
    return mayName(decodeURIComponent(url));
  } catch {
    return true;
  }
}

/** True when the tab's address or title may name a policy: the detector is worth injecting. */
export function tabLooksLikePolicy(url: string, title: string): boolean {
  return hintsAtPolicy(url, title, []);
}

/** True when the URL, the title or one of the heading texts may name a policy. */
export function hintsAtPolicy(url: string, title: string, headings: readonly { text: string }[]): boolean {
  if (urlHints(url)) return true;
  // One lower-cased string searched once per word, not each text on its own.
  let text = title;
  for (const h of headings) text += `\n${h.text}`;
  const lower = text.toLowerCase();
  return WORDS.some((w) => lower.includes(w));
}
