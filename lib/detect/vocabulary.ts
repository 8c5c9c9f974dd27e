/**
 * Word lists the detector matches against a page's title, headings and text sample.
 * Kept as data so the weights can be read (and tuned) in one place.
 */

/**
 * A phrase to look for: its pattern (run on lower-cased, whitespace-collapsed text), its weight, and
 * literals of which at least one occurs in every match. The literals are checked first with indexOf,
 * so a page without them never runs (or compiles) the pattern: most pages contain none.
 */
export type Term = readonly [pattern: RegExp, weight: number, literals: string];

/**
 * Lower-case words ("|"-separated) of which at least one occurs in every match of POLICY_NAME,
 * PRIVACY_WORD, OTHER_LEGAL_NAME, POLICY_PATH and OTHER_LEGAL_PATH (keep them in step): a title,
 * heading or URL without any of them names nothing, and those patterns are not run.
 */
export const NAME_WORDS =
  "privacy|cookie|protection|datenschutz|confidentialit|privacidad|terms|conditions|agreement|eula|acceptable|imprint|impressum|disclaimer|copyright|tos|legal";

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
export const TOPIC_TERMS: readonly Term[] = [
  [/personally[\s-]identifiable/, 2, "personally"],
  [/personal (information|data)/, 2, "personal information|personal data"],
  [/third[\s-]part(y|ies)/, 1, "third"],
  [/\bopt[\s-]?(out|in)\b/, 1.5, "opt out|opt-out|optout|opt in|opt-in|optin"],
  [/\bcookies?\b/, 1, "cookie"],
  [/web beacons?|pixel tags?|clear gifs?/, 1.5, "beacon|pixel tag|clear gif"],
  [/\bip address(es)?\b/, 1, "ip address"],
  [/e-?mail address/, 0.5, "mail address"],
  [/do not track/, 1, "do not track"],
  [
    /data controller|data protection officer|\bgdpr\b|\bccpa\b|\bcoppa\b|\bferpa\b|\bcpra\b/,
    1.5,
    "data controller|data protection officer|gdpr|ccpa|coppa|ferpa|cpra",
  ],
  [/children under|under (the age of )?1[3-8]\b/, 1, "children under|under 1|under the age of 1"],
  [/\bunsubscribe\b/, 0.5, "unsubscribe"],
  [/\bretain|retention\b/, 0.5, "retain|retention"],
  [
    /security (measures|safeguards|procedures)|safeguards?\b/,
    0.5,
    "safeguard|security measures|security procedures",
  ],
  [/\b(service providers?|affiliates)\b/, 0.5, "service provider|affiliates"],
  [/(california|your) privacy rights|shine the light/, 1.5, "privacy rights|shine the light"],
  [/\bconsent\b/, 0.5, "consent"],
  [/\banalytics\b|\badvertis/, 0.5, "analytics|advertis"],
];

/**
 * How a policy speaks: first person about its own practices, second person about the reader's
 * choices, and naming itself ("this Privacy Policy"). Articles about privacy rarely do.
 */
export const VOICE_TERMS: readonly Term[] = [
  [
    /\bthis (online )?(privacy |cookie )?(policy|notice|statement)\b/,
    2,
    "this policy|this notice|this statement|this online |this privacy |this cookie ",
  ],
  [
    /\bour (online )?(privacy |cookie )?(policy|notice|statement|practices)\b/,
    1,
    "our policy|our notice|our statement|our practices|our online |our privacy |our cookie ",
  ],
  [
    /(information|data) (that )?we (collect|gather|receive|obtain)|\bwe (may )?(automatically )?(collect|gather|receive|obtain)\b/,
    2,
    "we collect|we gather|we receive|we obtain|we may |we automatically ",
  ],
  [
    /\bwe (may |will |do not |don['’]t |never )?(use|share|disclose|sell|rent|transfer|process|store|retain|keep)\b/,
    1.5,
    "we use|we share|we disclose|we sell|we rent|we transfer|we process|we store|we retain|we keep|we may |we will |we do not |we don|we never ",
  ],
  [
    /\b(your|you|user) (personal )?(information|data)\b/,
    1,
    "r information|r data|u information|u data|r personal |u personal ",
  ],
  [
    /\byou (may|can|have the right to) (also )?(opt|choose|request|contact|access|update|correct|delete|withdraw|disable|refuse|object|unsubscribe|ask)/,
    1.5,
    "you may |you can |you have the right to ",
  ],
  [
    /\bcontact us\b|questions (about|regarding|concerning) (this|our)/,
    1,
    "contact us|questions about|questions regarding|questions concerning",
  ],
  [
    /\b(information|data) (that )?you (provide|give|submit)|you (provide|give|submit) (us|to us)\b/,
    1,
    "you provide|you give|you submit",
  ],
];

/** Phrases typical of terms of service: they lower the score when the naming signals are absent. */
export const TERMS_TERMS: readonly Term[] = [
  [/governing law/, 1, "governing law"],
  [/indemnif/, 1, "indemnif"],
  [/\barbitration\b/, 1, "arbitration"],
  [/limitation of liability/, 1, "limitation of liability"],
  [/\bwarrant(y|ies)\b/, 1, "warrant"],
  [/\byou (must|agree|shall)\b/, 1, "you must|you agree|you shall"],
  [/intellectual property/, 1, "intellectual property"],
  [/\bterminat(e|ion)\b/, 1, "terminat"],
];

/** <meta> keys that mark a news or blog article (two of them are needed). */
export const ARTICLE_META =
  /og:type|article:(published_time|author|section)|\bauthor\b|parsely-pub-date|sailthru\.date|dc\.date/;

/**
 * Headings of a policy's own sections ("Information we collect", "Cookies", "Children's privacy",
 * "Changes to this policy"): a page whose headings name several of them is laid out like a policy even
 * when no heading names it. Distinct sections count (by the first four letters of the match), each once.
 */
export const SECTION_NAME =
  /\b((information|data) ((we|you) )?collect|how we (use|share)|use of (your )?information|sharing|disclosure|third[\s-]part|cookie|children|security\b|your (choices|rights)|opt[\s-]?out|changes to (this|our)|contact(ing)? us|retention)/g;
