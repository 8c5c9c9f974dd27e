// The message key of every fact and contact purpose the summary states. The rule files word each fact in
// English (the summary's and the command line's wording, the command line's contract); everything shown to a
// reader (popup, Markdown copy) goes through these keys, so it reads in the browser's language.
// test/lang/facts.test.ts checks that every fact the rule files can write has its key here.
import type { MessageKey } from "../i18n";

/**
 * Each fact's English wording, with $1, $2 where it carries values (names, a count, a purpose), and
 * its message. Listed most specific first: "Uses $1 (an opt-out is offered)" before "Uses $1".
 */
const FACTS: readonly (readonly [template: string, key: MessageKey])[] = [
  ["Says it does not use cookies", "factCookiesNone"],
  ["Says cookies are usually not used (only for settings such as language)", "factCookiesUsuallyNot"],
  ["Uses only essential or settings cookies", "factCookiesEssentialOnly"],
  ["Uses cookies", "factCookiesUses"],
  ["Uses third-party advertising cookies", "factCookiesThirdPartyAds"],
  ["Lets third parties set cookies", "factCookiesThirdParty"],
  ["Uses cookies for advertising", "factCookiesAds"],
  ["Uses cookies for analytics", "factCookiesAnalytics"],
  ["Uses cookies to remember your settings or sign-in", "factCookiesPreferences"],
  ["Uses social-media cookies", "factCookiesSocial"],
  ["You can refuse cookies in your browser settings", "factCookiesBrowser"],
  ["You can manage cookies with a consent tool", "factCookiesConsentTool"],
  ["You can opt out of some cookies through a link", "factCookiesOptOutLink"],
  ["Cookies are not mentioned", "factCookiesUnknown"],
  ["Shares data with third parties", "factSharingThirdParty"],
  ["Says it does not share personal data with third parties", "factSharingNone"],
  ["Sells or rents personal data", "factSharingSells"],
  ["Says it does not sell personal data", "factSharingNoSale"],
  ["Shares data for advertising or marketing", "factSharingAds"],
  ["Shares with service providers", "factSharingProviders"],
  ["Shares with affiliated companies", "factSharingAffiliates"],
  ["Data is passed on if the business is sold or merged", "factSharingBusinessTransfer"],
  ["Discloses data for legal requests", "factSharingLegal"],
  ["Data may be transferred to other countries (e.g. outside the EEA)", "factSharingInternational"],
  ["Names third parties: $1", "factSharingNamed"],
  ["Sharing with third parties is not mentioned", "factSharingUnknown"],
  ["You can opt out through a link or settings page", "factOptOutLink"],
  ["You can opt out by contacting the company", "factOptOutContact"],
  ["You can limit tracking with browser or device settings", "factOptOutBrowser"],
  ["Some uses need your opt-in consent", "factOptOutOptIn"],
  ["You can unsubscribe from e-mails", "factOptOutUnsubscribe"],
  ["You can ask to access, correct or delete your data", "factOptOutRights"],
  ["$1: 1 contact", "factOptOutContactsOne"],
  ["$1: $2 contacts", "factOptOutContactsMany"],
  ["No way to opt out is described", "factOptOutUnknown"],
  ["Honors Do Not Track", "factTrackingDntHonored"],
  ["Ignores Do Not Track signals", "factTrackingDntIgnored"],
  ["Mentions Do Not Track without saying whether it is honored", "factTrackingDntUnclear"],
  ["Does not mention Do Not Track", "factTrackingDntUnknown"],
  ["Honors Global Privacy Control", "factTrackingGpcHonored"],
  ["Ignores Global Privacy Control signals", "factTrackingGpcIgnored"],
  ["Mentions Global Privacy Control without saying whether it is honored", "factTrackingGpcUnclear"],
  ["Tracks you across sites for interest-based ads", "factTrackingCrossSite"],
  ["Uses web beacons or tracking pixels", "factTrackingBeacons"],
  ["Mentions device fingerprinting", "factTrackingFingerprinting"],
  ["Uses $1 (an opt-out is offered)", "factTrackingAnalyticsOptOut"],
  ["Uses $1", "factTrackingAnalytics"],
  ["Collects your location", "factTrackingLocation"],
  ["Collects data at regular intervals (e.g. every hour)", "factTrackingPeriodic"],
  ["Can use your device's camera or sensors", "factTrackingSensors"],
];

/** The purposes contacts are given for (lib/summarize/contacts.ts), and their messages. */
export const PURPOSE_MESSAGES: Readonly<Record<string, MessageKey>> = {
  "opt out of analytics": "purposeOptOutAnalytics",
  "opt out of interest-based advertising": "purposeOptOutAds",
  "opt out of sharing": "purposeOptOutSharing",
  "opt out of telemarketing calls": "purposeOptOutCalls",
  "opt out of marketing e-mails": "purposeOptOutEmails",
  "opt out of the sale of your data": "purposeOptOutSale",
  "access or delete your data": "purposeRights",
  "opt out": "purposeOptOut",
  "privacy questions": "purposePrivacyQuestions",
  contact: "purposeContact",
};

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const PATTERNS = FACTS.map(
  ([template, key]) =>
    [new RegExp(`^${escapeRegExp(template).replace(/\\\$[1-9]/g, "(.+?)")}$`, "s"), key] as const,
);

export interface FactMessage {
  key: MessageKey;
  substitutions: string[];
}

/** The message of a fact as the summary words it, or null for a wording no rule writes. */
export function factMessage(fact: string): FactMessage | null {
  for (const [pattern, key] of PATTERNS) {
    const m = pattern.exec(fact);
    if (m) return { key, substitutions: m.slice(1) };
  }
  return null;
}

/** The message of a contact's purpose (matched without regard to the capital the facts give it). */
export function purposeMessage(purpose: string): MessageKey | null {
  return PURPOSE_MESSAGES[purpose.toLowerCase()] ?? null;
}
