// Cookies finding: are cookies (or similar trackers) used, by whom, for what, and how to refuse them.
// Level: bad = third-party advertising cookies; caution = cookies used; good = none, or only
// essential/settings cookies with a "usually not" hedge; unknown = cookies never mentioned.
import type { CookiesFinding, LabelledSegment } from "../types";
import { withAntecedent } from "./antecedent";
import { cue, cueText, matches } from "./cue";
import { anyLabel, type Hit, pickEvidence, pushUnique, type Sentence, sentencesOf } from "./evidence";
import { rule, statedRules } from "./rule";
import { negatedAt, notAPracticeAt } from "./statement";
import { TRACKER_NAMES } from "./tracker-names";

// Cookies and the technologies LABELS.md counts with them: beacons, pixels, tags, local storage,
// SDKs, Flash objects, advertising identifiers, fingerprinting, and e-mails that report being opened.
const COOKIE = cue(
  [
    "cookie",
    "beacon",
    "pixel",
    "gif",
    "technolog",
    "storage",
    "lso",
    "tag",
    "sdk",
    "flash",
    "identifier",
    "idfa",
    "fingerprint",
    "opened",
  ],
  /\bcookies?\b|web beacons?|(?<!\d\s*)\bpixels?\b|clear gifs?|tracking (?:technolog|pixel)|local (?:shared )?storage|\bLSOs?\b|\b(?:place|places|placed|use|uses|using|deploy|our|third[- ]party|advertising|tracking|analytics) tags\b|\bSDKs?\b|\bsoftware development kits?\b|\bFlash (?:cookies|objects|local shared objects)\b|\badvertising (?:identifiers?|IDs?)\b|\b(?:IDFA|AAID|GAID)\b|\bbrowser fingerprint|\bfingerprinting\b|\b(?:whether|when|if) (?:you (?:have )?(?:opened|open)|(?:our |the |an? )?e-?mails? (?:(?:has|have) been|(?:was|were|is|are)) opened)\b/i,
);
const USE_VERB =
  /\b(?:use[sd]?|using|utili[sz]e|set[s]?|place[sd]?|plac(?:e|ing)|store[sd]?|employ|deploy|serve[sd]?|drop|collect(?:ed|s)? (?:[\w-]+ ){0,4}(?:through|via|by|using)|may be (?:used|placed|set|stored)|are (?:used|placed|set|stored))\b/i;
const NEGATED_USE =
  /\b(?:(?:do|does|will|shall)\s+not|don[’']?t|doesn[’']?t|won[’']?t|never|avoid)\s+(?:currently\s+)?(?:use|using|set|place|employ|deploy|store)\b[^.]{0,30}\b(?:cookies?|pixels?|web beacons?|SDKs?|tags|tracking technolog\w*)\b|\bno cookies\b|\bcookies are not used\b/i;
// "Usually we don't." under a cookies heading, "we rarely use cookies", "currently we avoid using cookies".
const HEDGE =
  /\b(?:usually|generally|normally|mostly|typically)\b[^.]{0,25}\b(?:not|don[’']?t|do not|avoid)\b|\brarely\b|\bavoid using cookies\b/i;
const ESSENTIAL_ONLY =
  /\bonly\b[^.]{0,40}\b(?:strictly necessary|essential|session|functional)\b[^.]{0,15}cookies|cookies[^.]{0,60}\bonly\b[^.]{0,40}\b(?:remember|settings|preferences|language|log ?in|session)\b|\b(?:remember|save)\b[^.]{0,20}\b(?:settings|language)\b/i;
const THIRD_PARTY =
  /third[- ]part(?:y|ies)|\badvertis(?:ers|ing (?:networks?|companies|partners|service))|\bad (?:networks?|servers?|serving)|\b(?:business |advertising |marketing )?partners\b|\bvendors\b|\bservice providers\b|\b(?:other|outside|unaffiliated) (?:companies|parties)|\bgoogle\b|doubleclick|facebook|social[- ]media cookies|\bnetworks\b/i;
const ADVERTISING =
  /advertis|\bads?\b|interest[- ]based|targeted|behaviou?ral|retarget|remarketing|marketing/i;
const ANALYTICS =
  /analytic|statistic|measure|traffic|how (?:visitors|users|you) (?:use|interact|navigate)|performance|omniture|comscore|quantcast|nielsen|site usage/i;
const BROWSER_REFUSE =
  /\b(?:browser|device)\b[^.]{0,80}\b(?:refuse|disable|block|reject|delete|remove|turn (?:off|down)|decline|not accept|settings|preferences|options)\b|\b(?:refuse|disable|block|reject|delete|turn off|decline)\b[^.]{0,60}\b(?:browser|device)\b/i;
const CONSENT_TOOL =
  /cookie (?:settings|preferences|consent|banner|manager|management tool|policy[^.]{0,40}withdraw)|consent (?:manager|management|tool|banner)|withdraw (?:your )?consent|preference cent(?:er|re)|privacy settings (?:tool|panel)/i;
const OPT_OUT_LINK =
  /opt[- ]?out[^.]{0,80}(?:link|click|visit|https?:|www\.|aboutads|networkadvertising|page|add-on|tool)|(?:click|visit|https?:|www\.)[^.]{0,80}opt[- ]?out/i;

/** Cookies that keep the site working for you: remembering settings or language, sign-in, a basket. */
const PREFERENCES =
  /\b(?:remember|store|save|keep|recogni[sz]e)\b[^.]{0,30}\b(?:preferences|settings|language|choices|log-?ins?)\b|\bkeep you (?:logged|signed) in\b|\bshopping (?:cart|basket)\b/i;
const SOCIAL_MEDIA = /\bsocial[- ]media cookies|\bsocial (?:network|media)\b[^.]{0,60}\bcookies\b/i;
const NOT_SOCIAL = /\b(?:not|never|no)\b[^.]{0,30}\bsocial\b/i;
/** "Cookies are small files that …": a definition, not a practice of this site. */
const DEFINITION = /\bcookies? (?:are|is) (?:a )?(?:small|tiny|simple)\b/i;
// Only verbs of tracking: "place" alone is too common ("place you on a mailing list").
const TRACK_VERB = /\b(?:collect(?:s|ed|ing)?|track(?:s|ed|ing)?|gather(?:s|ed|ing)?)\b/i;
// A third party as the one placing or reading the trackers ("advertisers may set their own cookies",
// "third parties may collect data about you through cookies", "cookies we do not control").
const THIRD_PARTY_SETS =
  /(?:third[- ]part(?:y|ies)|advertisers|ad networks?|advertising (?:networks?|companies|partners)|(?:other|outside|unaffiliated) companies|other (?:web ?)?sites)[^.]{0,100}\b(?:set|place|serve|use|access|read|collect|track|gather|send|deliver)\w*\b/i;
// "We do not control these cookies" in a paragraph about other sites' or third parties' cookies.
const NOT_CONTROLLED = /\b(?:not|cannot|can[’']?t|don[’']?t)\s+control\b[^.]{0,60}\bcookies\b/i;
const OTHERS = /third[- ]part(?:y|ies)|other (?:web ?)?sites|advertisers|not related to (?:us|it|this|our)/i;

const NAMES = TRACKER_NAMES.join("|");
const THIRD_PARTY_WHO =
  "third[- ]part(?:y|ies)|(?:our |their )?(?:advertising |analytics |marketing |business )?(?:partners|advertisers|service providers|vendors)|ad(?:vertising)? networks?|(?:other|outside|external) (?:companies|sites|websites|services|providers)";
/** Companies other than the site that run trackers on it, as the subject of a sentence. */
const OTHERS_WHO = String.raw`(?:third[- ]part(?:y|ies)|(?:(?:our|these|such|those|some|certain|selected|trusted|external|outside|other)\s+)+(?:(?:advertising|analytics?|analytical|marketing|business|ad|social[- ]media|technology)\s+)?(?:partners|(?:service )?providers|vendors|companies|networks)|(?:advertising|analytics?|marketing|ad)\s+(?:partners|(?:service )?providers|vendors|companies|networks)|partners|advertisers|ad networks?|${NAMES}|Google|Facebook|Meta|Microsoft|Amazon|Twitter|LinkedIn|Adobe)`;
/** A sentence naming such companies (the antecedent of "they" in the next one). */
const OTHERS_NAMED = new RegExp(String.raw`\b${OTHERS_WHO}\b`, "iu");
const TRACKERS = String.raw`(?:cookies?|pixels?(?: tags)?|web beacons?|beacons|tags|SDKs?|(?:tracking|similar|these|such|other|those) technolog\w*)`;

const SELF_HOSTED =
  /\b(?:local installation|self-hosted|hosted (?:by us|on our own)|on our own servers|installed on our (?:own )?servers)\b/i;

/** What the cookie table's rows set in the finding. */
type CookieSets = "third-party" | "social-media";

/**
 * Other companies' trackers on the site, wherever the policy says so (LABELS.md: third-party
 * cookies): named outright, a tracking service the site uses, a social plugin, an ad-industry or
 * analytics opt-out tool (offered because such trackers run), or another company as the one that
 * places or reads them.
 */
export const COOKIE_RULES = [
  // "third-party cookies", "cookies set by us or by third parties", "we use Google Analytics",
  // "Google Analytics cookies", "through the Meta Pixel".
  rule<CookieSets>(
    "cookies.third-party-named",
    [
      "third",
      ...TRACKER_NAMES.map((n) => n.toLowerCase()),
      "set by",
      "placed by",
      "served by",
      "dropped by",
      "used by",
      "stored by",
      "deployed by",
      "owned by",
      "operated by",
      "controlled by",
      "managed by",
      "belong",
    ],
    new RegExp(
      [
        String.raw`\bthird[- ]party (?:cookies|pixels|trackers|tags|tracking (?:technolog\w+|tools|cookies|pixels)|(?:web )?analytics (?:cookies|tools|services|providers|companies|software)|advertising (?:cookies|pixels)|(?:web )?beacons)\b`,
        String.raw`\b(?:cookies|pixels?|beacons|tags|trackers|(?:similar |tracking )?technologies)\b[^.;]{0,40}\b(?:(?:set|placed|served|dropped|used|stored|deployed|owned|operated|controlled|managed)\s+(?:on [^.;]{0,30}?)?by\s+(?:us\s+(?:or|and)\s+(?:by\s+)?)?|belong(?:s|ing)? to\s+)(?:${THIRD_PARTY_WHO})\b`,
        String.raw`\b(?:use|uses|using|utili[sz]e|employ|rely on|work with|embed|integrate|through|via|by)\b[^.;]{0,50}\b(?:${NAMES}|third[- ]party (?:web )?(?:analytics|advertising|tracking) (?:tools|services|providers|partners|companies))\b`,
        String.raw`\b(?:${NAMES})(?:'s?|’s?)?\s+(?:[A-Z]\w+\s+)?(?:cookies?|pixels?|tags?|SDKs?|scripts?|tracking|uses|sets|places|collects|stores|records)\b`,
      ].join("|"),
      "i",
    ),
    "third-party",
  ),
  // "our advertising partners may place cookies", "these service providers use such technologies",
  // "Google uses cookies to …": another company as the one that places or reads the trackers.
  rule<CookieSets>(
    "cookies.others-place",
    [
      "third",
      "partner",
      "provider",
      "vendor",
      "compan",
      "network",
      "advertiser",
      "google",
      "facebook",
      "meta",
      "microsoft",
      "amazon",
      "twitter",
      "linkedin",
      "adobe",
      ...TRACKER_NAMES.map((n) => n.toLowerCase()),
    ],
    new RegExp(
      String.raw`\b${OTHERS_WHO}\b(?:,?\s+(?:that|who|which|whom|with whom)\b[^.;:]{0,160}?,)?[^.;:]{0,40}?\b(?:use[sd]?|using|place[sd]?|placing|set|sets|setting|read|reads|access|recogni[sz]e[sd]?|serve[sd]?|deploy(?:s|ed)?|drop(?:s|ped)?|store[sd]?|include[sd]?)\b[^.;:]{0,40}?\b${TRACKERS}\b`,
      "i",
    ),
    "third-party",
  ),
  // A tracking product named in the policy (not denied, not in a question or right): "Google
  // Analytics is a web analytics service that …", "analytics providers such as Mixpanel".
  rule<CookieSets>(
    "cookies.tracker-mentioned",
    TRACKER_NAMES.map((n) => n.toLowerCase()),
    new RegExp(String.raw`\b(?:${NAMES})\b`, "i"),
    "third-party",
  ),
  // Outside analytics services in use: "we may use various analytical services (third parties)".
  rule<CookieSets>(
    "cookies.outside-analytics",
    ["analytic"],
    /\b(?:use|uses|using|rely on|work with|engage)\b[^.;]{0,40}\banalytic(?:s|al) (?:services|providers|tools|companies|partners)\b[^.;]{0,20}?(?:\(?third[- ]part|such as|like|including|provided by)/i,
    "third-party",
  ),
  // Other companies' social plugins and pixels ("like" and "share" buttons, social widgets,
  // "social media cookies"): the social network reads or sets its own trackers through them.
  rule<CookieSets>(
    "cookies.social-plugin",
    [
      "social",
      "like",
      "share",
      "facebook",
      "twitter",
      "linkedin",
      "pinterest",
      "instagram",
      "youtube",
      "tiktok",
    ],
    /\bsocial[- ](?:media|network(?:ing)?|sharing)\s+(?:cookies|plug-?ins?|widgets?|buttons?|pixels?)\b|\bsocial plug-?ins?\b|\b(?:["“]?like["”]?|["“]?share["”]?)\s+buttons?\b|\b(?:Facebook|Twitter|LinkedIn|Pinterest|Instagram|YouTube|TikTok|X)\s+(?:pixels?|widgets?|plug-?ins?|buttons?|SDKs?|tags?)\b/i,
    "social-media",
  ),
  // The advertising industry's opt-out tools and the analytics providers' own opt-outs.
  rule<CookieSets>(
    "cookies.industry-opt-out",
    [
      "aboutads",
      "networkadvertising",
      "youronlinechoices",
      "network advertising",
      "digital advertising",
      "gaoptout",
      "google analytics opt",
    ],
    /aboutads\.info|networkadvertising\.org|youronlinechoices\.(?:eu|com)|\bNetwork Advertising Initiative\b|\bDigital Advertising Alliance\b|\bgaoptout\b|\bGoogle Analytics opt-?out\b/i,
    "third-party",
  ),
];

/** The sentences that name cookies (each sentence is read once; the finding asks this set). */
function namingCookies(sentences: Sentence[]): Set<Sentence> {
  return new Set(sentences.filter((s) => matches(COOKIE, s)));
}

function cookieContext(sentences: Sentence[], naming: Set<Sentence>): Sentence[] {
  // A sentence counts when it names cookies, or sits in a segment/heading about cookies.
  const cookieSegments = new Set([...naming].map((s) => s.segment));
  // A segment's sentences share its heading: each heading is read once.
  const headings = new Map<string, boolean>();
  const cookieHeading = (heading: string): boolean => {
    let about = headings.get(heading);
    if (about === undefined) {
      about = matches(COOKIE, cueText(heading));
      headings.set(heading, about);
    }
    return about;
  };
  return sentences.filter((s) => naming.has(s) || cookieSegments.has(s.segment) || cookieHeading(s.heading));
}

export function cookiesFinding(
  segments: LabelledSegment[],
  sentences: Sentence[] = sentencesOf(segments),
): CookiesFinding {
  const naming = namingCookies(sentences);
  const context = cookieContext(sentences, naming);
  const hits: Hit[] = [];
  let use = 0;
  let negUse = 0;
  let mention = 0;
  let hedge = false;
  let essentialOnly = false;
  // The classifier's third-party-cookies label counts where it also calls the segment a sharing one
  // (the gold fact is cookies inside Third Party Sharing/Collection); elsewhere the rules decide.
  let thirdParty = segments.some(
    (s) =>
      s.labels.includes("third-party-cookies") &&
      (s.categories.length === 0 || s.categories.includes("Third Party Sharing/Collection")),
  );
  let advertising = false;
  let analytics = false;
  let preferences = false;
  let socialMedia = false;
  const refuse: string[] = [];

  // With classifier output, third-party cookies are read where the policy discusses third parties
  // (OPP-115 "Third Party Sharing/Collection"), which keeps passing mentions from counting.
  const classified = segments.some((s) => s.categories.length > 0);
  const othersSegments = new Set(context.filter((s) => OTHERS.test(s.text)).map((s) => s.segment));
  for (const s of context) {
    const t = s.text;
    const thirdPartySection =
      !classified ||
      s.categories.includes("Third Party Sharing/Collection") ||
      s.labels.includes("third-party-cookies");
    const names = naming.has(s);
    let score = 0;
    if (names && NEGATED_USE.test(t)) {
      negUse++;
      score += 3;
    } else if (names && USE_VERB.test(t)) {
      use++;
      score += 2;
    } else if (names) {
      mention++;
      score += 1;
    }
    // Every sentence here is in a cookie paragraph, so a bare "Usually we don't." is about cookies.
    if (HEDGE.test(t)) {
      hedge = true;
      score += 3;
    }
    if (names && ESSENTIAL_ONLY.test(t)) essentialOnly = true;
    // Third parties count only where they set or read trackers, not in any sentence near "cookies".
    const verb = TRACK_VERB.exec(t);
    const tracks = names || verb !== null;
    const party = tracks ? THIRD_PARTY.exec(t) : null;
    // Third parties denied ("no cookies are set by third parties") or named in a right or a
    // question ("you may ask which cookies third parties set") are no practice.
    const negated =
      /\b(?:not|never|no)\b[^.]{0,30}third[- ]part/i.test(t) ||
      (verb !== null && negatedAt(t, verb.index)) ||
      (party !== null && (negatedAt(t, party.index) || notAPracticeAt(t, party.index)));
    if (names && NOT_CONTROLLED.test(t) && othersSegments.has(s.segment)) {
      thirdParty = true;
      score += 2;
    } else if (party && !negated) {
      // Third parties that themselves set or read trackers are third-party cookies wherever the
      // sentence sits; looser wording (partners, networks) only counts in a sharing section.
      if (thirdPartySection || (names && THIRD_PARTY_SETS.test(t))) thirdParty = true;
      score += 2;
      if (ADVERTISING.test(t)) {
        advertising = true;
        score += 2;
      }
    } else if (names && ADVERTISING.test(t)) {
      advertising = true;
      score += 1;
    }
    if ((names || s.labels.includes("cookies")) && ANALYTICS.test(t)) {
      analytics = true;
      score += 1;
    }
    if (names && USE_VERB.test(t) && !NEGATED_USE.test(t) && PREFERENCES.test(t)) {
      preferences = true;
      score += 1;
    }
    if (SOCIAL_MEDIA.test(t) && !NOT_SOCIAL.test(t)) {
      socialMedia = true;
      score += 1;
    }
    if (BROWSER_REFUSE.test(t)) {
      pushUnique(refuse, "browser-settings");
      score += 2;
    }
    if (CONSENT_TOOL.test(t)) {
      pushUnique(refuse, "consent-tool");
      score += 1;
    }
    if (OPT_OUT_LINK.test(t)) {
      pushUnique(refuse, "opt-out-link");
      score += 1;
    }
    // A textbook definition of cookies is quoted only when nothing better says what this site does.
    if (score > 0 && DEFINITION.test(t)) score = 0.5;
    if (score > 0) hits.push({ sentence: s, score });
  }

  // Third-party trackers named outright, or a third party's tracking service the site uses ("we use
  // Google Analytics"), are third-party cookies wherever the policy says so (LABELS.md).
  // Social plugins and pixels are other companies' trackers too, and an ad-industry or analytics
  // opt-out tool is offered because such trackers run on the site.
  for (const s of sentences) {
    if (thirdParty && socialMedia) break;
    // Analytics the site runs on its own servers ("a local installation of Matomo") are its own.
    if (SELF_HOSTED.test(s.text)) continue;
    // "These advertisers … They may also use cookies": the pronoun is the companies before it.
    let stated = statedRules(COOKIE_RULES, s);
    const pointing = stated.length === 0 ? withAntecedent(s, OTHERS_NAMED, "Third parties") : null;
    if (pointing) stated = statedRules(COOKIE_RULES, pointing);
    if (stated.length === 0) continue;
    if (!thirdParty) hits.push({ sentence: s, score: 3 });
    thirdParty = true;
    if (stated.some((r) => r.sets === "social-media")) socialMedia = true;
  }

  const labelled = anyLabel(segments, "cookies", "third-party-cookies");
  const uses: boolean | null =
    use > 0 || labelled ? true : negUse > 0 ? false : mention > 0 || thirdParty ? true : null;
  if (uses === null || uses === false) {
    thirdParty = uses === false ? false : thirdParty;
  }
  const nonEssential = thirdParty || advertising || analytics;
  let level: CookiesFinding["level"] = "unknown";
  if (uses === false) level = "good";
  else if (uses) {
    if (thirdParty && advertising) level = "bad";
    else if ((hedge || essentialOnly) && !nonEssential) level = "good";
    else level = "caution";
  }

  const facts: string[] = [];
  if (uses === false) facts.push("Says it does not use cookies");
  else if (uses && hedge && !nonEssential)
    facts.push("Says cookies are usually not used (only for settings such as language)");
  else if (uses && essentialOnly && !nonEssential) facts.push("Uses only essential or settings cookies");
  else if (uses) facts.push("Uses cookies");
  if (uses && thirdParty && advertising) facts.push("Uses third-party advertising cookies");
  else if (uses && thirdParty) facts.push("Lets third parties set cookies");
  else if (uses && advertising) facts.push("Uses cookies for advertising");
  if (uses && analytics) facts.push("Uses cookies for analytics");
  if (uses && preferences) facts.push("Uses cookies to remember your settings or sign-in");
  if (uses && socialMedia) facts.push("Uses social-media cookies");
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
