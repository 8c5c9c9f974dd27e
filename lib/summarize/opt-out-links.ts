// The policy's own links, read for the opt-out card: which are places to opt out or change a setting
// ("Do Not Sell or Share My Personal Information", "Ad preferences", "Unsubscribe"), which are ways to
// reach the company (an e-mail link, a request form), and what each is for. A link's words say most;
// a link whose words say nothing ("here", the address itself) is read by the sentence around it.
import type { Link } from "../types";
import { purposeOf } from "./contacts";
import { negatedAt } from "./statement";

/** What a link is to the opt-out card: a place to opt out or change a setting, or a way to reach the company. */
export type LinkRole = "opt-out" | "contact";

export interface ReadLink {
  link: Link;
  role: LinkRole;
  /** What it is for, in the card's words ("opt out of interest-based advertising"). */
  purpose: string;
}

/** Link words that name a place to opt out, unsubscribe or change a privacy setting. */
const OPT_OUT_WORDS =
  /\b(?:do not (?:sell|share)|don[’']t (?:sell|share)|opt(?:[- ]?out| me out|ing out)|unsubscrib\w*|(?:privacy|cookie|ad|ads|advertising|consent|account|e-?mail|marketing|communication|notification|data|tracking)\s+(?:preferences|settings|choices|controls?|manager|dashboard|cent(?:er|re)|hub|portal|tool)|(?:your|my) (?:privacy )?(?:choices|preferences|settings)|manage (?:your |my )?(?:preferences|cookies|consent|settings|subscriptions?|privacy|ads?|data)|limit the use|ad ?choices|preference cent(?:er|re)|cookie (?:banner|consent))\b/i;
/** Link words naming a way to reach the company or make a request. */
const CONTACT_WORDS =
  /\b(?:contact (?:us|our|form|page)|(?:request|web|online|privacy|contact|support|rights|dsar|data subject) (?:form|portal|request)|submit (?:a |your )?(?:request|form)|privacy (?:team|office|officer)|data protection officer|help ?cent(?:er|re)|customer (?:service|support))\b/i;
/** A policy, terms or notice is something to read, not a setting ("Cookie Policy", "Google's Privacy Policy"). */
const DOCUMENT_WORDS = /\b(?:polic(?:y|ies)|notice|statement|terms|faq|blog|article)\s*$/i;
/** Link words that say nothing of where they go: the sentence says it. */
const BARE_WORDS =
  /^(?:(?:click |tap )?here|this (?:link|page|form|tool)|(?:the |this )?link|visit|learn more|more|page|online|website)$/i;
/** Industry opt-out tools, known by their address. */
const OPT_OUT_HOSTS =
  /(?:^|\.)(?:aboutads\.info|networkadvertising\.org|youradchoices\.(?:com|ca)|youronlinechoices\.(?:com|eu)|optout\.\w+)$|^tools\.google\.com$/i;
/** An opt-out sentence around a link whose words are bare or the address itself. */
const OPT_OUT_SENTENCE =
  /\b(?:opt(?:[- ]?out|ing out)|unsubscrib\w*|do not sell|stop receiving|withdraw (?:your )?consent|(?:change|update|manage|adjust|control|edit) (?:the |your )?(?:[\w-]+ ){0,2}(?:preferences|settings|choices))\b/i;
const CONTACT_SENTENCE =
  /\b(?:contact(?:ing)? us|request|exercise|rights?|questions?|complaints?|access|delete|correct)\b/i;

/** What a link is for, from its words first, then its address, then the sentence and heading. */
const PURPOSES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:sell|sale|selling|shar(?:e|ing))\b/i, "opt out of the sale or sharing of your data"],
  [
    /\bads?\b|advertis|interest[- ]based|targeted|personali[sz]ed|aboutads|networkadvertising|youradchoices|youronlinechoices/i,
    "opt out of interest-based advertising",
  ],
  [
    /unsubscrib|newsletter|e-?mails?\b|marketing|promotion|communications?|subscriptions?/i,
    "opt out of marketing e-mails",
  ],
  [/analytics|gaoptout/i, "opt out of analytics"],
  [/cookie|tracking|consent/i, "manage cookies"],
  [
    /\baccount\b|privacy settings|dashboard|download|delete|\baccess\b|your (?:data|information)|data (?:request|rights)|\brights?\b|request/i,
    "your account and data",
  ],
];

function purposeOfLink(link: Link, sentence: string, heading: string, fallback: string): string {
  let host = "";
  try {
    host = new URL(link.href).hostname;
  } catch {
    host = "";
  }
  for (const text of [link.text, host, sentence, heading])
    for (const [re, purpose] of PURPOSES) if (re.test(text)) return purpose;
  return fallback;
}

function hostOf(href: string): string {
  try {
    return new URL(href).hostname;
  } catch {
    return "";
  }
}

/** True when a link's words are its address written out ("https://example.com/optout"). */
function wordsAreAddress(link: Link): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/i.test(link.text);
}

/**
 * The web links of a sentence that the opt-out card lists, each with its role and purpose. A link the
 * sentence denies ("you cannot opt out at this page") is not offered; e-mail and phone links are
 * contacts read with the sentence's other contacts (see emailOrPhoneOf).
 */
export function readLinks(sentence: string, heading: string, links: readonly Link[]): ReadLink[] {
  const out: ReadLink[] = [];
  for (const link of links) {
    // An address written out is read with the text's other addresses (contacts.ts, opt-out.ts).
    if (!/^https?:/i.test(link.href) || wordsAreAddress(link)) continue;
    const role = roleOf(link, sentence);
    if (!role) continue;
    const at = sentence.indexOf(link.text);
    if (at >= 0 && negatedAt(sentence, at)) continue;
    // A place to opt out is named for what it switches off; a way to reach the company for what the
    // sentence asks people to write about.
    const purpose =
      role === "opt-out"
        ? purposeOfLink(link, sentence, heading, "opt out")
        : purposeOf(`${link.text}. ${sentence}`, heading);
    out.push({ link, role, purpose });
  }
  return out;
}

function roleOf(link: Link, sentence: string): LinkRole | null {
  const words = link.text;
  if (OPT_OUT_HOSTS.test(hostOf(link.href))) return "opt-out";
  if (OPT_OUT_WORDS.test(words) && !DOCUMENT_WORDS.test(words)) return "opt-out";
  if (CONTACT_WORDS.test(words) && !DOCUMENT_WORDS.test(words)) return "contact";
  if (BARE_WORDS.test(words.replace(/[.!:]+$/, ""))) {
    if (OPT_OUT_SENTENCE.test(sentence)) return "opt-out";
    if (CONTACT_SENTENCE.test(sentence) && /\bform\b|\bportal\b|contact us/i.test(sentence)) return "contact";
  }
  return null;
}

/** An e-mail or phone link as the contact it gives ("our team" → privacy@example.com), or null. */
export function emailOrPhoneOf(link: Link): { kind: "email" | "phone"; value: string } | null {
  if (/^mailto:/i.test(link.href)) {
    const address = decoded(link.href.slice(7).split("?")[0] ?? "").trim();
    return /^[^\s@]+@[^\s@]+\.[a-z]{2,24}$/i.test(address)
      ? { kind: "email", value: address.toLowerCase() }
      : null;
  }
  if (/^tel:/i.test(link.href)) {
    const number = decoded(link.href.slice(4))
      .replace(/[^\d+()\s.-]/g, "")
      .trim();
    return number.replace(/\D/g, "").length >= 7 ? { kind: "phone", value: number } : null;
  }
  return null;
}

/** "%40" read as "@"; a malformed escape is left as written. */
function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
