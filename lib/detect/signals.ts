/**
 * The detector's cheap signals. Each returns a log-odds contribution and a short reason, so the
 * score can be explained ("url:privacy", "title:privacy-policy", "vocab:14.5").
 */
import { ENGLISH, LANGUAGES } from "../lang/index";
import type { DetectTables } from "../lang/types";
import {
  ARTICLE_META,
  HEADLINE_WORDS,
  NAME_WORDS,
  OTHER_LEGAL_PATH,
  POLICY_PATH,
  SECTION_NAME,
  type Term,
} from "./vocabulary";

/** True when `text` contains one of the "|"-separated `words` (indexOf: no pattern to compile or run). */
export function containsAny(text: string, words: string): boolean {
  for (const w of words.split("|")) if (text.includes(w)) return true;
  return false;
}

/** The name words of every language we read (NAME_WORDS and each language's `nameWords`). */
export const ALL_NAME_WORDS = LANGUAGES.map((l) => l.detect.nameWords).join("|");

/**
 * False only when `text` cannot name a page in any language we read (no ALL_NAME_WORDS): the cheap
 * test that lets ordinary titles and headings skip the name patterns.
 */
export function mayName(text: string): boolean {
  return containsAny(text.toLowerCase(), ALL_NAME_WORDS);
}

export interface Signal {
  reason: string;
  weight: number;
}

/** Path and query of an http(s) URL ("" for anything else). */
function urlPath(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return "";
    try {
      return decodeURIComponent(u.pathname + u.search);
    } catch {
      return u.pathname + u.search;
    }
  } catch {
    return "";
  }
}

const URL_ESCAPES = "%|\t|\n|\r";

export function urlSignal(url: string): Signal | null {
  // Percent-escapes (and tabs or newlines, which the URL parser drops) can hide a word from indexOf:
  // only URLs without them are screened.
  if (!containsAny(url, URL_ESCAPES) && !containsAny(url.toLowerCase(), NAME_WORDS)) return null;
  const path = urlPath(url);
  if (!path) return null;
  if (POLICY_PATH.test(path)) return { reason: "url:privacy", weight: 2.5 };
  if (OTHER_LEGAL_PATH.test(path)) return { reason: "url:other-legal", weight: -1 };
  return null;
}

/**
 * A name is strong only when it is (nearly) a whole title part or heading: "Privacy Policy | Site"
 * names the page, "Why the new privacy policy matters to you" is a headline about one.
 */
export function namesPage(text: string, re: RegExp, headline: RegExp = HEADLINE_WORDS): boolean {
  return text
    .split(/\s[|–—:•»·-]\s|\s*[|•»·:]\s+/)
    .some((part) => re.test(part) && part.split(/\s+/).length <= 8 && !headline.test(part));
}

/** Names found in the title or headings: a policy name is strong, "privacy" alone is weaker. */
export function nameSignal(
  where: string,
  texts: readonly string[],
  strong: number,
  words: DetectTables = ENGLISH.detect,
): Signal | null {
  if (!texts.some((t) => containsAny(t.toLowerCase(), words.nameWords))) return null;
  const names = (t: string, re: RegExp): boolean => namesPage(t, re, words.headlineWords);
  if (texts.some((t) => names(t, words.policyName)))
    return { reason: `${where}:privacy-policy`, weight: strong };
  if (texts.some((t) => names(t, words.privacyWord)))
    return { reason: `${where}:privacy`, weight: strong * 0.4 };
  if (texts.some((t) => words.privacyWord.test(t)))
    return { reason: `${where}:mentions-privacy`, weight: 0.3 };
  if (texts.some((t) => names(t, words.otherLegalName)))
    return { reason: `${where}:other-legal`, weight: -1.5 };
  return null;
}

/** Sum of the weights of `terms` found in lower-cased `text` (each pattern runs only if a literal is there). */
function weighted(text: string, terms: readonly Term[]): number {
  let sum = 0;
  for (const [re, weight, literals] of terms) if (containsAny(text, literals) && re.test(text)) sum += weight;
  return sum;
}

export interface Vocabulary {
  /** Distinct privacy topics the sample talks about (weighted). */
  topic: number;
  /** Distinct first/second-person policy phrasings (weighted). */
  voice: number;
}

export function vocabularyScore(sample: string, words: DetectTables = ENGLISH.detect): Vocabulary {
  const text = sample.toLowerCase();
  return { topic: weighted(text, words.topic), voice: weighted(text, words.voice) };
}

/** A heading longer than this is prose, not a section's name. */
const SECTION_HEADING_WORDS = 10;

/**
 * How many distinct policy sections the headings name ("Information we collect", "Cookies",
 * "Children", "Contact us"): SECTION_NAME matches, told apart by their first four letters, in short headings.
 */
export function sectionCount(headings: readonly string[]): number {
  const seen = new Set<string>();
  for (const h of headings) {
    if (h.split(" ").length > SECTION_HEADING_WORDS) continue;
    for (const m of h.toLowerCase().matchAll(SECTION_NAME)) seen.add(m[0].slice(0, 4));
  }
  return seen.size;
}

/** A line of text this long or shorter may stand as a heading the page did not mark up as one. */
const TEXT_NAME_CHARS = 100;

/**
 * True when one of the sample's text pieces is by itself a policy's name in a language we read
 * ("Privacy Statement" in a styled <div> or <font>, not in a heading element): links, menus and
 * footers are not in the sample, so the "Privacy Policy" link of an ordinary page does not count.
 */
export function namedInText(parts: readonly string[]): boolean {
  for (const part of parts) {
    if (part.length > TEXT_NAME_CHARS || !mayName(part)) continue;
    if (LANGUAGES.some((l) => namesPage(part, l.detect.policyName, l.detect.headlineWords))) return true;
  }
  return false;
}

/** Number of distinct contract phrases (terms of service) in the sample. */
export function termsScore(sample: string, words: DetectTables = ENGLISH.detect): number {
  return weighted(sample.toLowerCase(), words.terms);
}

/** At least one of these occurs in every match of ARTICLE_META. */
const ARTICLE_META_WORDS = "og:type|article:|author|date";

/** News/blog article markup in <head> (og:type article, published time, author). */
export function isArticlePage(doc: Document): boolean {
  const head = doc.head;
  if (!head) return false;
  const metas = head.getElementsByTagName("meta");
  const n = Math.min(metas.length, 80);
  let hits = 0;
  for (let i = 0; i < n; i++) {
    const m = metas[i];
    const key = `${m?.getAttribute("property") ?? ""} ${m?.getAttribute("name") ?? ""}`.toLowerCase();
    if (
      containsAny(key, ARTICLE_META_WORDS) &&
      ARTICLE_META.test(key) &&
      !(key.includes("og:type") && !/article/i.test(m?.getAttribute("content") ?? ""))
    )
      hits++;
  }
  return hits >= 2;
}
