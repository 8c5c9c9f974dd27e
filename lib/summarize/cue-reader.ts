// The summary of a policy in a language other than English, read from that language's tables
// (lib/lang/<code>/read.ts) over every sentence. The classifier is trained on English, so its categories
// and labels are not used here: each fact is found by its cue in any sentence, and denied when the
// sentence's negation reaches the cue (negatedIn). The findings have the same fields, levels and facts
// as the English rule files give (the facts in their canonical wording, shown through message keys).

import type { ChoiceType, Contact } from "../findings/opt-out";
import type { NegationTables, Reading } from "../lang/types";
import type {
  CookiesFinding,
  DoNotTrackStance,
  LabelledSegment,
  OptOutFinding,
  SharingFinding,
  Summary,
  TrackingFinding,
  TrackingNote,
} from "../types";
import { contactKey } from "./contacts";
import { type Hit, pickEvidence, pushUnique, type Sentence, sentencesOf } from "./evidence";
import { type Admitted, contactsOf, optOutLevel } from "./opt-out";

/** A cue denies a word at most this many words after it. */
const SCOPE_WORDS = 12;
/** A closer ("pas") counts this many words after the word it denies ("ne partageons jamais"). */
const CLOSER_WORDS = 4;

const words = (text: string): number => (text.trim() ? text.trim().split(/\s+/u).length : 0);

/** Where the clause holding `index` starts: just after the last scope end before it. */
function clauseStart(text: string, index: number, scopeEnd: RegExp): number {
  const re = new RegExp(
    scopeEnd.source,
    scopeEnd.flags.includes("g") ? scopeEnd.flags : `${scopeEnd.flags}g`,
  );
  let start = 0;
  for (let m = re.exec(text); m !== null && m.index < index; m = re.exec(text)) {
    start = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return start;
}

/** The spans of `re` in `text` (a global copy, so the table's pattern keeps no state). */
function spans(re: RegExp, text: string): { index: number; end: number }[] {
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
  return [...text.matchAll(g)].map((m) => ({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** True when the word at `index` of `text` lies in the scope of one of the language's negations. */
export function negatedIn(text: string, index: number, negation: NegationTables): boolean {
  const from = clauseStart(text, index, negation.scopeEnd);
  const end = index + (/^\S*/u.exec(text.slice(index))?.[0].length ?? 0);
  const clauseEnd = from + clauseStart(text.slice(from), text.length, negation.scopeEnd);
  const clause = text.slice(from, clauseEnd > end ? clauseEnd : text.length);
  const at = index - from;
  const falses = negation.falseNegations ? spans(negation.falseNegations, clause) : [];
  const genuine = (s: { index: number }): boolean =>
    !falses.some((f) => f.index <= s.index && s.index < f.end);
  for (const cue of spans(negation.before, clause).filter(genuine)) {
    if (cue.index < at && words(clause.slice(cue.end, at)) <= SCOPE_WORDS) return true;
  }
  if (negation.opener && negation.closer) {
    const closer = new RegExp(negation.closer.source, negation.closer.flags.replace("g", ""));
    for (const open of spans(negation.opener, clause).filter(genuine)) {
      if (open.index >= at || words(clause.slice(open.end, at)) > SCOPE_WORDS) continue;
      // "ne … pas" denies the words between its two parts and the few after the closer.
      const rest = clause.slice(open.end);
      const c = closer.exec(rest);
      if (c && words(rest.slice(c.index + c[0].length, at - open.end)) <= CLOSER_WORDS) return true;
    }
  }
  if (negation.after) {
    for (const cue of spans(negation.after, clause).filter(genuine))
      if (cue.index > at && words(clause.slice(at, cue.index)) <= CLOSER_WORDS) return true;
  }
  return false;
}

/** The first match of `re` in `text` that the sentence does not deny, or null. */
function affirmed(re: RegExp, text: string, negation: NegationTables): RegExpExecArray | null {
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
  for (const m of text.matchAll(g)) if (!negatedIn(text, m.index ?? 0, negation)) return m as RegExpExecArray;
  return null;
}

/** The first match of `re` that the sentence denies, or null. */
function denied(re: RegExp, text: string, negation: NegationTables): RegExpExecArray | null {
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
  for (const m of text.matchAll(g)) if (negatedIn(text, m.index ?? 0, negation)) return m as RegExpExecArray;
  return null;
}

function cookiesOf(sentences: Sentence[], reading: Reading): CookiesFinding {
  const { negation } = reading;
  const c = reading.summary.cookies;
  const hits: Hit[] = [];
  const naming = sentences.filter((s) => c.mention.test(s.text));
  const segments = new Set(naming.map((s) => s.segment));
  const context = sentences.filter((s) => segments.has(s.segment) || c.mention.test(s.heading));
  let use = 0;
  let negUse = 0;
  let thirdParty = false;
  let advertising = false;
  let analytics = false;
  let essentialOnly = false;
  const refuse: string[] = [];
  for (const s of context) {
    const t = s.text;
    const names = c.mention.test(t);
    const definition = c.definition.test(t);
    let score = 0;
    // Under a cookies heading, "Marcel utilise la plateforme …" says what the site does with them.
    if (!names && !definition && c.mention.test(s.heading) && affirmed(c.use, t, negation)) {
      use++;
      score += 1;
    }
    if (names && !definition) {
      const mention = c.mention.exec(t);
      const verb = c.use.exec(t);
      if (
        (verb && negatedIn(t, verb.index, negation)) ||
        (mention && negatedIn(t, mention.index, negation))
      ) {
        negUse++;
        score += 3;
      } else {
        use++;
        score += verb ? 2 : 1;
      }
      if (c.essentialOnly.test(t)) essentialOnly = true;
    }
    if (names && !definition && affirmed(c.thirdParty, t, negation)) {
      thirdParty = true;
      score += 2;
    }
    if (!definition && affirmed(c.advertising, t, negation)) {
      advertising = true;
      score += 2;
    }
    if (!definition && affirmed(c.analytics, t, negation)) {
      analytics = true;
      score += 1;
    }
    if (affirmed(c.browserRefuse, t, negation)) {
      pushUnique(refuse, "browser-settings");
      score += 2;
    }
    if (c.consentTool.test(t)) {
      pushUnique(refuse, "consent-tool");
      score += 1;
    }
    if (c.optOutLink.test(t)) {
      pushUnique(refuse, "opt-out-link");
      score += 1;
    }
    if (score > 0) hits.push({ sentence: s, score: definition ? 0.5 : score });
  }
  const uses: boolean | null = use > 0 ? true : negUse > 0 ? false : null;
  if (uses !== true) {
    thirdParty = false;
    advertising = false;
    analytics = false;
  }
  const nonEssential = thirdParty || advertising || analytics;
  let level: CookiesFinding["level"] = "unknown";
  if (uses === false) level = "good";
  else if (uses) {
    if (thirdParty && advertising) level = "bad";
    else if (essentialOnly && !nonEssential) level = "good";
    else level = "caution";
  }
  const facts: string[] = [];
  if (uses === false) facts.push("Says it does not use cookies");
  else if (uses && essentialOnly && !nonEssential) facts.push("Uses only essential or settings cookies");
  else if (uses) facts.push("Uses cookies");
  if (thirdParty && advertising) facts.push("Uses third-party advertising cookies");
  else if (thirdParty) facts.push("Lets third parties set cookies");
  else if (advertising) facts.push("Uses cookies for advertising");
  if (analytics) facts.push("Uses cookies for analytics");
  if (refuse.includes("browser-settings")) facts.push("You can refuse cookies in your browser settings");
  if (refuse.includes("consent-tool")) facts.push("You can manage cookies with a consent tool");
  if (refuse.includes("opt-out-link")) facts.push("You can opt out of some cookies through a link");
  if (uses === null) facts.push("Cookies are not mentioned");
  return {
    level,
    uses,
    thirdParty: uses === null ? null : thirdParty,
    advertising: uses === null ? null : advertising,
    analytics: uses === null ? null : analytics,
    refuse,
    facts,
    evidence: pickEvidence(hits),
  };
}

/**
 * True when the denied word at `index` has an exception after it ("… ne sont transférées à aucun tiers,
 * sauf à nos prestataires"): the sentence admits what it seems to deny.
 */
function carvedOut(text: string, index: number, negation: NegationTables): boolean {
  return negation.carveOut.test(text.slice(index));
}

/** How many sentences after one introducing a list ("… aux destinataires suivants :") the list runs. */
const LIST_SENTENCES = 12;

/** "vous partagez", "vous pouvez partager": the reader passing something on, not the company. */
const READER_ACTS = /\b(?:vous|tu)\s+(?:\S+\s+)?$/iu;

function sharingOf(sentences: Sentence[], reading: Reading, cookies: CookiesFinding): SharingFinding {
  const { negation } = reading;
  const c = reading.summary.sharing;
  const hits: Hit[] = [];
  let does = 0;
  let doesNot = 0;
  let advertising = false;
  let sold: boolean | null = null;
  const purposes: string[] = [];
  // The sentence that opened a list of recipients ("… transmises aux destinataires suivants :"): the
  // items after it name recipients without repeating the verb.
  let intro: Sentence | null = null;
  let sinceIntro = 0;
  for (const s of sentences) {
    const t = s.text;
    let score = 0;
    if (intro && (++sinceIntro > LIST_SENTENCES || s.heading !== intro.heading)) intro = null;
    const share = c.share.exec(t);
    const about = share && c.recipient.test(t) && (c.data.test(t) || c.data.test(s.heading));
    const listed = !share && intro !== null && c.recipient.test(t);
    if (listed) {
      does++;
      score += 1;
      if (affirmed(c.advertising, t, negation)) {
        advertising = true;
        score += 2;
      }
    }
    if (share && !READER_ACTS.test(t.slice(Math.max(0, share.index - 30), share.index))) {
      const admits = affirmed(c.share, t, negation) !== null || carvedOut(t, share.index, negation);
      // A colon after the verb opens the list (items may follow in this sentence or the next ones).
      if (admits && t.indexOf(":", share.index) >= 0) {
        intro = s;
        sinceIntro = 0;
      }
    }
    if (share && about && !READER_ACTS.test(t.slice(Math.max(0, share.index - 30), share.index))) {
      if (affirmed(c.share, t, negation) || carvedOut(t, share.index, negation)) {
        does++;
        score += 2;
        if (affirmed(c.advertising, t, negation)) {
          advertising = true;
          score += 2;
        }
        if (c.serviceProviders.test(t)) pushUnique(purposes, "service providers");
        if (c.affiliates.test(t)) pushUnique(purposes, "affiliates");
        if (c.businessTransfer.test(t)) pushUnique(purposes, "business transfer");
        if (c.legalRequests.test(t)) pushUnique(purposes, "legal requests");
      } else {
        doesNot++;
        score += 2;
      }
    }
    const sale = c.sell.exec(t);
    if (sale) {
      if (negatedIn(t, sale.index, negation)) {
        if (sold === null) sold = false;
      } else sold = true;
      score += 3;
    }
    if (c.international.test(t)) {
      pushUnique(purposes, "international transfers");
      score += 1;
    }
    if (score > 0) hits.push({ sentence: s, score });
  }
  // Third parties collecting through cookies for advertising is sharing for advertising (LABELS.md).
  if (cookies.thirdParty && cookies.advertising) {
    advertising = true;
    does++;
  }
  const thirdParty: boolean | null = does ? true : doesNot ? false : null;
  if (thirdParty === false && sold === null) sold = false;
  if (thirdParty !== true) advertising = false;
  let level: SharingFinding["level"] = "unknown";
  if (thirdParty === false) level = sold ? "bad" : "good";
  else if (thirdParty) level = sold || advertising ? "bad" : "caution";
  const facts: string[] = [];
  if (thirdParty === true) facts.push("Shares data with third parties");
  if (thirdParty === false) facts.push("Says it does not share personal data with third parties");
  if (sold === true) facts.push("Sells or rents personal data");
  if (sold === false) facts.push("Says it does not sell personal data");
  if (advertising) facts.push("Shares data for advertising or marketing");
  if (purposes.includes("service providers")) facts.push("Shares with service providers");
  if (purposes.includes("affiliates")) facts.push("Shares with affiliated companies");
  if (purposes.includes("business transfer"))
    facts.push("Data is passed on if the business is sold or merged");
  if (purposes.includes("legal requests")) facts.push("Discloses data for legal requests");
  if (purposes.includes("international transfers"))
    facts.push("Data may be transferred to other countries (e.g. outside the EEA)");
  if (thirdParty === null) facts.push("Sharing with third parties is not mentioned");
  return {
    level,
    thirdParty,
    advertising: thirdParty === null ? null : advertising,
    sells: sold,
    purposes,
    namedThirdParties: [],
    facts,
    evidence: pickEvidence(hits),
  };
}

function optOutOf(
  sentences: Sentence[],
  reading: Reading,
  cookies: CookiesFinding,
  admitted: Admitted,
): OptOutFinding {
  const { negation } = reading;
  const c = reading.summary.optOut;
  const choices: ChoiceType[] = [];
  const hits: Hit[] = [];
  const contacts: Contact[] = [];
  const seen = new Set<string>();
  let unsubscribe = false;
  let rights = false;
  // A segment where the reader can object or withdraw: contacts in it are ways to do so.
  const choiceSegments = new Set(
    sentences
      .filter((s) => affirmed(c.choice, s.text, negation) || c.exercise.test(s.text))
      .map((s) => s.segment),
  );
  for (const s of sentences) {
    const t = s.text;
    const found: ChoiceType[] = [];
    const choice = affirmed(c.choice, t, negation);
    const browser = affirmed(c.browserControls, t, negation) !== null;
    const own = contactsOf(s, "unclassified");
    // A browser's own settings are browser controls, not the company's opt-out page.
    if (choice && !browser && c.instrument.test(t)) found.push("opt-out-link");
    const exercising = choice || c.exercise.test(t) || choiceSegments.has(s.segment);
    if (exercising && (c.contact.test(t) || own.some((x) => x.kind === "email"))) found.push("contact");
    if (browser) found.push("browser-controls");
    // "sans votre consentement" under a denial ("ne dépose pas de cookies sans votre consentement") is
    // still consent first: the cue is read as it stands.
    if (c.optIn.test(t)) found.push("opt-in");
    if (affirmed(c.unsubscribe, t, negation)) unsubscribe = true;
    if (c.rights.test(t)) rights = true;
    for (const f of found) pushUnique(choices, f);
    for (const contact of own) {
      const key = contactKey(contact);
      if (seen.has(key)) continue;
      seen.add(key);
      contacts.push(contact);
    }
    const score = found.length * 2 + (own.length ? 2 : 0);
    if (score > 0) hits.push({ sentence: s, score });
  }
  if (cookies.refuse.includes("opt-out-link")) pushUnique(choices, "opt-out-link");
  if (cookies.refuse.includes("browser-settings")) pushUnique(choices, "browser-controls");
  const order: ChoiceType[] = ["opt-out-link", "contact", "browser-controls", "opt-in"];
  const sorted = order.filter((x) => choices.includes(x));
  // One rubric for every language: the level is what you can do about what the policy admits.
  const level = optOutLevel(sorted, contacts.length > 0 || unsubscribe || rights, admitted);
  const facts: string[] = [];
  if (sorted.includes("opt-out-link")) facts.push("You can opt out through a link or settings page");
  if (sorted.includes("contact")) facts.push("You can opt out by contacting the company");
  if (sorted.includes("browser-controls"))
    facts.push("You can limit tracking with browser or device settings");
  if (sorted.includes("opt-in")) facts.push("Some uses need your opt-in consent");
  if (unsubscribe) facts.push("You can unsubscribe from e-mails");
  if (rights) facts.push("You can ask to access, correct or delete your data");
  const byPurpose = new Map<string, number>();
  for (const x of contacts) byPurpose.set(x.purpose, (byPurpose.get(x.purpose) ?? 0) + 1);
  for (const [purpose, n] of byPurpose)
    facts.push(`${purpose[0]?.toUpperCase() ?? ""}${purpose.slice(1)}: ${n} contact${n > 1 ? "s" : ""}`);
  if (level === "unknown") facts.push("No way to opt out is described");
  return { level, choices: sorted, contacts, facts, evidence: pickEvidence(hits) };
}

/** The stance of one sentence naming a signal: answering it, refusing to, or neither. */
function stanceIn(text: string, reading: Reading): DoNotTrackStance {
  const honors = reading.summary.tracking.honors;
  if (denied(honors, text, reading.negation)) return "not-honored";
  if (affirmed(honors, text, reading.negation)) return "honored";
  return "unclear";
}

function trackingOf(sentences: Sentence[], reading: Reading): TrackingFinding {
  const c = reading.summary.tracking;
  const hits: Hit[] = [];
  const notes: TrackingNote[] = [];
  const stanceOf = (re: RegExp): DoNotTrackStance => {
    let stance: DoNotTrackStance = "not-mentioned";
    for (const [i, s] of sentences.entries()) {
      if (!re.test(s.text)) continue;
      let here = stanceIn(s.text, reading);
      // "… un signal Do Not Track. Cependant, nous ne prenons aucune mesure en réponse à ce signal."
      for (const next of sentences.slice(i + 1, i + 3)) {
        if (here !== "unclear" || next.segment !== s.segment || !c.signalAgain.test(next.text)) continue;
        here = stanceIn(next.text, reading);
        if (here !== "unclear") hits.push({ sentence: next, score: 4 });
      }
      hits.push({ sentence: s, score: here === "unclear" ? 2 : 4 });
      if (stance === "not-mentioned" || (stance === "unclear" && here !== "unclear")) stance = here;
    }
    return stance;
  };
  const doNotTrack = stanceOf(c.doNotTrack);
  const globalPrivacyControl = stanceOf(c.gpc);
  const kinds: [string, RegExp][] = [
    ["cross-site", c.crossSite],
    ["web-beacons", c.webBeacons],
    ["fingerprinting", c.fingerprinting],
    ["location", c.location],
  ];
  for (const [kind, re] of kinds) {
    const s = sentences.find((x) => !x.dangling && affirmed(re, x.text, reading.negation));
    if (!s) continue;
    notes.push({ kind, text: s.quote ?? s.text, segment: s.segment });
    hits.push({ sentence: s, score: 2 });
  }
  const has = (kind: string): boolean => notes.some((n) => n.kind === kind);
  const ignored = doNotTrack === "not-honored" || globalPrivacyControl === "not-honored";
  const honored = doNotTrack === "honored" || globalPrivacyControl === "honored";
  let level: TrackingFinding["level"] = "unknown";
  if (has("fingerprinting") || (ignored && has("cross-site"))) level = "bad";
  else if (notes.length || ignored || doNotTrack === "unclear") level = "caution";
  if (honored && !has("cross-site") && !has("fingerprinting")) level = "good";
  const stanceFact: Record<DoNotTrackStance, string> = {
    honored: "Honors Do Not Track",
    "not-honored": "Ignores Do Not Track signals",
    unclear: "Mentions Do Not Track without saying whether it is honored",
    "not-mentioned": "Does not mention Do Not Track",
  };
  const facts = [stanceFact[doNotTrack]];
  if (globalPrivacyControl !== "not-mentioned")
    facts.push(stanceFact[globalPrivacyControl].replace("Do Not Track", "Global Privacy Control"));
  if (has("cross-site")) facts.push("Tracks you across sites for interest-based ads");
  if (has("web-beacons")) facts.push("Uses web beacons or tracking pixels");
  if (has("fingerprinting")) facts.push("Mentions device fingerprinting");
  if (has("location")) facts.push("Collects your location");
  return { level, doNotTrack, globalPrivacyControl, notes, facts, evidence: pickEvidence(hits, 5) };
}

/** The summary of `segments`, read with a language's tables. */
export function summarizeWith(reading: Reading, segments: LabelledSegment[]): Summary {
  const sentences = sentencesOf(segments);
  const cookies = cookiesOf(sentences, reading);
  const sharing = sharingOf(sentences, reading, cookies);
  const admitted = { salesOrAds: sharing.sells === true || sharing.advertising === true };
  return {
    cookies,
    sharing,
    optOut: optOutOf(sentences, reading, cookies, admitted),
    tracking: trackingOf(sentences, reading),
  };
}
