/**
 * Policy-level gold facts and gold contacts for the summary evaluation (Node only), built on the
 * shared OPP-115 loader so that text cleaning and the 2-of-3 rule match the classifier's.
 *
 * Facts are "counted per annotator": a fact holds for a policy when at least 2 distinct annotators
 * marked it anywhere in the policy (not necessarily on the same segment).
 */
import type { DoNotTrackStance } from "../../lib/types.ts";
import { MIN_ANNOTATORS, type Opp115Annotation, readAnnotations, readSegments } from "./opp115.ts";

export const FACTS = [
  "cookies",
  "thirdPartyCookies",
  "sharing",
  "adSharing",
  "optOutLink",
  "optOutByContact",
  "browserControls",
  "optIn",
  "doNotTrack",
] as const;
export type Fact = (typeof FACTS)[number];
export type FactValue = boolean | DoNotTrackStance;
export type PolicyFacts = Record<Fact, FactValue>;

const TPSC = "Third Party Sharing/Collection";
const UCC = "User Choice/Control";
const UAED = "User Access, Edit and Deletion";
const COOKIE_TYPE = "Cookies and tracking elements";
const CHOICE_FACTS: Record<string, Fact> = {
  "Opt-out link": "optOutLink",
  "Opt-out via contacting company": "optOutByContact",
  "Browser/device privacy controls": "browserControls",
  "Opt-in": "optIn",
};
const DNT_STANCES: Record<string, DoNotTrackStance> = {
  Honored: "honored",
  "Not honored": "not-honored",
  "Mentioned, but unclear if honored": "unclear",
};

const value = (a: Opp115Annotation, name: string): string | undefined => a.attributes[name]?.value;

/** Boolean facts one annotation supports. */
function factsOfAnnotation(a: Opp115Annotation): Fact[] {
  const out: Fact[] = [];
  const cookie = value(a, "Personal Information Type") === COOKIE_TYPE;
  if (cookie) out.push("cookies");
  if (a.category === TPSC) {
    if (cookie) out.push("thirdPartyCookies");
    if (value(a, "Does/Does Not") === "Does") {
      out.push("sharing");
      const purpose = value(a, "Purpose");
      if (purpose === "Advertising" || purpose === "Marketing") out.push("adSharing");
    }
  }
  if (a.category === UCC) {
    const fact = CHOICE_FACTS[value(a, "Choice Type") ?? ""];
    if (fact) out.push(fact);
  }
  return out;
}

export function goldFacts(policy: string): PolicyFacts {
  const voters = new Map<string, Set<string>>();
  const vote = (key: string, annotator: string): void => {
    const set = voters.get(key) ?? new Set<string>();
    set.add(annotator);
    voters.set(key, set);
  };
  for (const a of readAnnotations(policy)) {
    for (const f of factsOfAnnotation(a)) vote(f, a.annotatorId);
    if (a.category === "Do Not Track") {
      const stance = DNT_STANCES[value(a, "Do Not Track policy") ?? ""];
      if (stance) vote(`dnt:${stance}`, a.annotatorId);
    }
  }
  const holds = (key: string): boolean => (voters.get(key)?.size ?? 0) >= MIN_ANNOTATORS;
  // The stance most annotators gave, when at least 2 agree on it.
  let doNotTrack: DoNotTrackStance = "not-mentioned";
  let best = 0;
  for (const stance of Object.values(DNT_STANCES)) {
    const n = voters.get(`dnt:${stance}`)?.size ?? 0;
    if (n >= MIN_ANNOTATORS && n > best) {
      best = n;
      doNotTrack = stance;
    }
  }
  return {
    cookies: holds("cookies"),
    thirdPartyCookies: holds("thirdPartyCookies"),
    sharing: holds("sharing"),
    adSharing: holds("adSharing"),
    optOutLink: holds("optOutLink"),
    optOutByContact: holds("optOutByContact"),
    browserControls: holds("browserControls"),
    optIn: holds("optIn"),
    doNotTrack,
  };
}

// ---------------------------------------------------------------------------------------------
// Contacts

const EMAIL_RE = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
// Addresses written to dodge harvesters ("name(at)site(dot)com") are still e-mail addresses.
const BRACKETED_EMAIL_RE =
  /([a-z0-9._%+-]+)\s*[[(]at[\])]\s*([a-z0-9-]+(?:\s*(?:[[(]dot[\])]|\.)\s*[a-z0-9-]+)+)/gi;
// Independent of lib/summarize on purpose: a scheme URL, a www. host, or a bare host with a path.
const URL_RE =
  /\b(?:https?:\/\/[^\s<>"')\]]+|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s<>"')\]]*|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|edu|gov|us|co\.uk)\/[^\s<>"')\]]*)/gi;

/** Canonical form used to compare contacts: lower case, no scheme, no "www.", no trailing "/" or punctuation. */
export function normalizeContact(raw: string): string {
  let s = raw.trim().toLowerCase();
  s = s.replace(/^mailto:/, "");
  s = s.replace(/^https?:\/\//, "").replace(/^www\./, "");
  s = s.replace(/[.,;:!?]+$/, "").replace(/\/+$/, "");
  return s;
}

function isGoldContactSegment(annotations: Opp115Annotation[]): boolean {
  const voters = new Map<string, Set<string>>();
  for (const a of annotations) {
    let key: string | null = null;
    if (a.category === UCC || a.category === UAED) key = a.category;
    else if (a.category === "Other" && value(a, "Other Type") === "Privacy contact information")
      key = "contact";
    if (!key) continue;
    const set = voters.get(key) ?? new Set<string>();
    set.add(a.annotatorId);
    voters.set(key, set);
  }
  return [...voters.values()].some((s) => s.size >= MIN_ANNOTATORS);
}

/** Normalised e-mail addresses and URLs found in the policy's gold contact segments. */
export function goldContacts(policy: string): Set<string> {
  const bySegment = new Map<number, Opp115Annotation[]>();
  for (const a of readAnnotations(policy)) {
    const list = bySegment.get(a.segmentId) ?? [];
    list.push(a);
    bySegment.set(a.segmentId, list);
  }
  const out = new Set<string>();
  for (const segment of readSegments(policy)) {
    if (!isGoldContactSegment(bySegment.get(segment.index) ?? [])) continue;
    const text = segment.fullText;
    const emails = text.match(EMAIL_RE) ?? [];
    for (const e of emails) out.add(normalizeContact(e));
    for (const m of text.matchAll(BRACKETED_EMAIL_RE)) {
      out.add(normalizeContact(`${m[1]}@${(m[2] ?? "").replace(/\s*(?:[[(]dot[\])]|\.)\s*/gi, ".")}`));
    }
    const withoutEmails = emails.reduce((t, e) => t.split(e).join(" "), text);
    for (const u of withoutEmails.match(URL_RE) ?? []) out.add(normalizeContact(u));
  }
  return out;
}
