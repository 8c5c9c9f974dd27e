/**
 * The detector's cheap signals. Each returns a log-odds contribution and a short reason, so the
 * score can be explained ("url:privacy", "title:privacy-policy", "vocab:14.5").
 */
import {
  ARTICLE_META,
  HEADLINE_WORDS,
  OTHER_LEGAL_NAME,
  OTHER_LEGAL_PATH,
  POLICY_NAME,
  POLICY_PATH,
  PRIVACY_WORD,
  TERMS_TERMS,
  TOPIC_TERMS,
  VOICE_TERMS,
} from "./vocabulary";

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

export function urlSignal(url: string): Signal | null {
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
export function namesPage(text: string, re: RegExp): boolean {
  return text
    .split(/\s[|–—:•»·-]\s|\s*[|•»·:]\s+/)
    .some((part) => re.test(part) && part.split(/\s+/).length <= 8 && !HEADLINE_WORDS.test(part));
}

/** Names found in the title or headings: a policy name is strong, "privacy" alone is weaker. */
export function nameSignal(where: string, texts: readonly string[], strong: number): Signal | null {
  if (texts.some((t) => namesPage(t, POLICY_NAME)))
    return { reason: `${where}:privacy-policy`, weight: strong };
  if (texts.some((t) => namesPage(t, PRIVACY_WORD)))
    return { reason: `${where}:privacy`, weight: strong * 0.4 };
  if (texts.some((t) => PRIVACY_WORD.test(t))) return { reason: `${where}:mentions-privacy`, weight: 0.3 };
  if (texts.some((t) => namesPage(t, OTHER_LEGAL_NAME)))
    return { reason: `${where}:other-legal`, weight: -1.5 };
  return null;
}

function weighted(text: string, terms: ReadonlyArray<readonly [RegExp, number]>): number {
  let sum = 0;
  for (const [re, weight] of terms) if (re.test(text)) sum += weight;
  return sum;
}

export interface Vocabulary {
  /** Distinct privacy topics the sample talks about (weighted). */
  topic: number;
  /** Distinct first/second-person policy phrasings (weighted). */
  voice: number;
}

export function vocabularyScore(sample: string): Vocabulary {
  const text = sample.toLowerCase();
  return { topic: weighted(text, TOPIC_TERMS), voice: weighted(text, VOICE_TERMS) };
}

/** Number of distinct contract phrases (terms of service) in the sample. */
export function termsScore(sample: string): number {
  const text = sample.toLowerCase();
  let n = 0;
  for (const re of TERMS_TERMS) if (re.test(text)) n++;
  return n;
}

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
      ARTICLE_META.test(key) &&
      !(key.includes("og:type") && !/article/i.test(m?.getAttribute("content") ?? ""))
    )
      hits++;
  }
  return hits >= 2;
}
