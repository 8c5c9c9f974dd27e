// What a policy says about third parties, read once per policy: which organisation names it uses (from
// every name the table and overrides know) and which kinds of third party it covers in general terms,
// each with the first sentence that says so. Small enough to keep per tab; pure.
import { splitSentences } from "../sentences";
import { GENERAL_TERMS, type GeneralKind } from "./general-terms";
import { allOrganizationNames, registrableDomain } from "./organizations";

export interface Quote {
  text: string;
  segment: number;
}

export interface PolicyMentions {
  /** Name as known (exact spelling from the table) → the first sentence that uses it. */
  names: Record<string, Quote>;
  /** Registrable domains written in the policy ("www.tiny-vendor.io" → "tiny-vendor.io"), at most MAX_DOMAINS. */
  domains: Record<string, Quote>;
  kinds: Partial<Record<GeneralKind, Quote>>;
}

const MAX_DOMAINS = 200;

const MAX_QUOTE_CHARS = 400;
const MAX_WORDS_IN_NAME = 5;
/** Words of a text: letters and digits, joined by dots, hyphens, ampersands or apostrophes inside. */
const WORD = /[\p{L}\p{N}]+(?:[.\-&'’][\p{L}\p{N}]+)*/gu;

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.replace(/['’]s$/i, ""));
}

/**
 * A single plain word ("Segment", "Meta", "Hotjar") is matched with its capitals, so ordinary words
 * don't count as names; longer names, and names with dots, digits or inner capitals, ignore case.
 */
function caseSensitive(name: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(name);
}

function keyOf(words: string[], exactCase: boolean): string {
  const joined = words.join(" ");
  return exactCase ? `=${joined}` : `~${joined.toLowerCase()}`;
}

interface NameIndex {
  byKey: Map<string, string[]>;
}

let nameIndex: NameIndex | null = null;

function theNameIndex(): NameIndex {
  if (nameIndex) return nameIndex;
  const byKey = new Map<string, string[]>();
  for (const name of allOrganizationNames()) {
    const words = wordsOf(name);
    if (!words.length || words.length > MAX_WORDS_IN_NAME || name.length < 3) continue;
    const key = keyOf(words, caseSensitive(name));
    byKey.set(key, [...(byKey.get(key) ?? []), name]);
  }
  nameIndex = { byKey };
  return nameIndex;
}

function quoteOf(sentence: string, segment: number): Quote {
  const text = sentence.replace(/\s+/g, " ").trim();
  return { text: text.length > MAX_QUOTE_CHARS ? `${text.slice(0, MAX_QUOTE_CHARS - 1)}…` : text, segment };
}

/** The names and general statements in a policy's segments. */
export function policyMentions(segments: readonly { text: string; index: number }[]): PolicyMentions {
  const { byKey } = theNameIndex();
  const names: Record<string, Quote> = {};
  const domains: Record<string, Quote> = {};
  let domainCount = 0;
  const kinds: PolicyMentions["kinds"] = {};
  for (const segment of segments) {
    for (const sentence of splitSentences(segment.text)) {
      const words = wordsOf(sentence);
      for (let i = 0; i < words.length; i++) {
        const word = words[i] ?? "";
        const domain =
          word.includes(".") && domainCount < MAX_DOMAINS ? registrableDomain(word.toLowerCase()) : null;
        if (domain && !domains[domain]) {
          domains[domain] = quoteOf(sentence, segment.index);
          domainCount++;
        }
        for (let n = 1; n <= MAX_WORDS_IN_NAME && i + n <= words.length; n++) {
          const span = words.slice(i, i + n);
          const keys = [keyOf(span, true), keyOf(span, false)];
          for (const key of keys) {
            for (const name of byKey.get(key) ?? []) names[name] ??= quoteOf(sentence, segment.index);
          }
        }
      }
      for (const [kind, pattern] of Object.entries(GENERAL_TERMS) as [GeneralKind, RegExp][]) {
        if (!kinds[kind] && pattern.test(sentence)) kinds[kind] = quoteOf(sentence, segment.index);
      }
    }
  }
  return { names, domains, kinds };
}
