/**
 * Word lists the detector matches against a page's title, headings and text sample.
 * Kept as data so the weights can be read (and tuned) in one place.
 */

/** A page named like this is a privacy / cookie policy (title, heading or link text). */
export const POLICY_NAME =
  /\b(privacy[\s-]+((and|&)[\s-]+(cookies?|security|data)[\s-]+)?(policy|policies|notice|statement|commitment|pledge|charter|center|centre)|cookies?[\s-]+(policy|notice|statement)|data[\s-]+protection[\s-]+(policy|notice|statement|declaration)|datenschutz(erkl(ä|ae)rung|hinweise)?|politique de confidentialit(é|e)|pol[ií]tica de privacidad(e)?)\b/i;

/** A weaker name: the word "privacy" alone ("Privacy - IMDb", "Your Privacy"). */
export const PRIVACY_WORD = /\bprivacy\b|\bdatenschutz|\bconfidentialit/i;

/** Names of other legal pages; a page with only these in its title/headings is not a privacy policy. */
export const OTHER_LEGAL_NAME =
  /\b(terms[\s-]+(of[\s-]+)?(use|service|sale)|terms[\s-]+(and|&)[\s-]+conditions|conditions[\s-]+of[\s-]+(use|sale)|user[\s-]+agreement|license[\s-]+agreement|eula|acceptable[\s-]+use|imprint|impressum|disclaimer|copyright[\s-]+policy)\b/i;

/** Words of a headline about a policy ("Why the new privacy policy matters") rather than its name. */
export const HEADLINE_WORDS =
  /\b(new|change[sd]?|changing|update[sd]?|why|how|is|are|was|were|will|says?|said|its|their|his|her|after|over|against|sues?|sued|fines?d?|violat\w*|scandal|explained|review|faces?|report)\b/i;

/** URL paths of policy pages. */
export const POLICY_PATH =
  /(^|[/_.-])(privacy|privacypolicy|privacy[_-]?(policy|notice|statement)|cookie[_-]?(policy|notice)|cookies|datenschutz\w*|data[_-]?protection|confidentialite|privacidad)([/_.?#-]|$)/i;

export const OTHER_LEGAL_PATH =
  /(^|[/_.-])(terms|tos|terms[_-]of[_-](use|service)|legal[_-]?notice|imprint|impressum|eula)([/_.?#-]|$)/i;

/**
 * What a policy talks about, with weights. Distinct phrases count, not repetitions, so an article
 * that keeps saying "cookies" cannot look like a policy. News about privacy scores here too, hence
 * VOICE_TERMS below.
 */
export const TOPIC_TERMS: ReadonlyArray<readonly [RegExp, number]> = [
  [/personally[\s-]identifiable/, 2],
  [/personal (information|data)/, 2],
  [/third[\s-]part(y|ies)/, 1],
  [/\bopt[\s-]?(out|in)\b/, 1.5],
  [/\bcookies?\b/, 1],
  [/web beacons?|pixel tags?|clear gifs?/, 1.5],
  [/\bip address(es)?\b/, 1],
  [/e-?mail address/, 0.5],
  [/do not track/, 1],
  [/data controller|data protection officer|\bgdpr\b|\bccpa\b|\bcoppa\b|\bferpa\b|\bcpra\b/, 1.5],
  [/children under|under (the age of )?1[3-8]\b/, 1],
  [/\bunsubscribe\b/, 0.5],
  [/\bretain|retention\b/, 0.5],
  [/security (measures|safeguards|procedures)|safeguards?\b/, 0.5],
  [/\b(service providers?|affiliates)\b/, 0.5],
  [/(california|your) privacy rights|shine the light/, 1.5],
  [/\bconsent\b/, 0.5],
  [/\banalytics\b|\badvertis/, 0.5],
];

/**
 * How a policy speaks: first person about its own practices, second person about the reader's
 * choices, and naming itself ("this Privacy Policy"). Articles about privacy rarely do.
 */
export const VOICE_TERMS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\bthis (online )?(privacy |cookie )?(policy|notice|statement)\b/, 2],
  [/\bour (online )?(privacy |cookie )?(policy|notice|statement|practices)\b/, 1],
  [
    /(information|data) (that )?we (collect|gather|receive|obtain)|\bwe (may )?(automatically )?(collect|gather|receive|obtain)\b/,
    2,
  ],
  [
    /\bwe (may |will |do not |don['’]t |never )?(use|share|disclose|sell|rent|transfer|process|store|retain|keep)\b/,
    1.5,
  ],
  [/\b(your|you|user) (personal )?(information|data)\b/, 1],
  [
    /\byou (may|can|have the right to) (also )?(opt|choose|request|contact|access|update|correct|delete|withdraw|disable|refuse|object|unsubscribe|ask)/,
    1.5,
  ],
  [/\bcontact us\b|questions (about|regarding|concerning) (this|our)/, 1],
  [/\b(information|data) (that )?you (provide|give|submit)|you (provide|give|submit) (us|to us)\b/, 1],
];

/** Phrases typical of terms of service: they lower the score when the naming signals are absent. */
export const TERMS_TERMS: ReadonlyArray<RegExp> = [
  /governing law/,
  /indemnif/,
  /\barbitration\b/,
  /limitation of liability/,
  /\bwarrant(y|ies)\b/,
  /\byou (must|agree|shall)\b/,
  /intellectual property/,
  /\bterminat(e|ion)\b/,
];

/** <meta> keys that mark a news or blog article (two of them are needed). */
export const ARTICLE_META =
  /og:type|article:(published_time|author|section)|\bauthor\b|parsely-pub-date|sailthru\.date|dc\.date/;
