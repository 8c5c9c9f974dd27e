// Sharing finding: is personal data shared with third parties, for what, is it sold, and with whom
// by name. Level: bad = sold, or shared for advertising/marketing; caution = shared; good = the
// policy says it is not shared; unknown = sharing never discussed.
import type { LabelledSegment, SharingFinding } from "../types";
import { attributePolarity, SHARING_DOES_THRESHOLD } from "./attribute-model-infer";
import { type Cue, type CueText, cue, cueText, firstMatch, matches, mayMatch } from "./cue";
import { type Hit, pickEvidence, pushUnique, type Sentence, sentencesOf } from "./evidence";
import { rule, statedRules } from "./rule";
import {
  carvedOutAfter,
  mayBeNegated,
  negatedAt,
  notAPracticeAt,
  onlyThePersonShares,
  polarityAt,
  saleStance,
  shareVerbsPolarity,
} from "./statement";

const SHARE_VERB = cue(
  [
    "shar",
    "disclos",
    "provid",
    "transfer",
    "sell",
    "sold",
    "rent",
    "lease",
    "trade",
    "make available",
    "made available",
    "releas",
    "pass",
    "giv",
    "furnish",
    "exchang",
    "reveal",
    "distribut",
  ],
  /\b(?:shar(?:e[sd]?|ing)|distribut(?:e[sd]?|ing)|disclos(?:e[sd]?|ing|ure)|provid(?:e[sd]?|ing)|transfer(?:s|red|ring)?|sell(?:s|ing)?|sold|rent(?:s|ed|ing)?|lease|trade[sd]?|make available|made available|releas(?:e[sd]?|ing)|pass(?:es|ed|ing)? (?:(?:it|them|(?:your |this |such |the |that )?(?:personal )?(?:information|data|details)) )?(?:on|along|to)|giv(?:e|en|ing)|furnish(?:es|ed)?|exchang(?:e|ing)|reveal)\b/i,
);
/** Data as what a sentence distributes. */
const DATA_DISTRIBUTED =
  /\b(?:information|data|details|e-?mails?|e-?mail addresses|(?:mailing|customer|member) lists?)\b/i;
const PARTY =
  /third[- ]part(?:y|ies)|\bpartners?\b|\baffiliat(?:e[sd]?|ion)\b|\bsubsidiar|\b(?:service|hosting|payment|cloud|e-?mail|technology|IT|analytics) providers?\b|\bprocessors?\b|\bvendors?\b|\badvertis(?:ers|ing (?:networks?|companies|partners))|\bad networks?\b|\bcontractors\b|\bsponsors\b|\b(?:other|outside|unaffiliated|non-?affiliated|selected|trusted) (?:companies|parties|party|organi[sz]ations|businesses|entities|third)|\blaw enforcement\b|\bgovernment|\bauthorities\b|\bsuccessor|\bacquir|\bbuyer\b|\bagents?\b|\bmarketers\b/i;
// Third parties collecting directly on the site count as sharing too (OPP-115 "Third Party Collection").
const THIRD_PARTY_COLLECTION = cue(
  [
    "third",
    "advertis",
    "ad network",
    "analytics",
    "partner",
    "vendor",
    "service provider",
    "contractor",
    "affiliate",
  ],
  /(?:third[- ]part(?:y|ies)|advertis(?:ers|ing (?:networks?|companies|partners))|ad networks?|analytics (?:providers|companies)|partners|vendors|service providers|contractors|affiliates)[^.]{0,80}\b(?:collect|gather|use cookies|place cookies|set cookies|track|receive|obtain|access|gets?\b)/i,
);
const SELL = cue(
  ["sell", "sold", "rent", "trade", "lease"],
  /\b(?:sell|sold|selling|rent|renting|trade|lease)\b[^.]{0,60}\b(?:personal|your|information|data|e-?mail|lists?|addresses|names)\b/i,
);
/**
 * Personal data handed to a kind of organisation the party list does not name: "we share your
 * information with audience measurement companies", "we disclose it to research institutions".
 * (Read after the sharing verb: a data word, then "with" or "to" and the recipient.)
 */
const RECIPIENT_AFTER_VERB =
  /^[\p{L}-]+\b[^.;]{0,60}?\b(?:information|data|details|histor(?:y|ies)|records|profiles?|addresses|e-?mails?|names|it|them|PII)\b[^.;]{0,60}?\b(?:with|to)\s+(?:[\p{L}-]+\s+){0,4}?(?:companies|organi[sz]ations|businesses|firms|entities|brands|platforms|networks|providers|institutions|banks|insurers|researchers|agencies|publishers|merchants|retailers|carriers|operators|developers|processors)\b/iu;
/** Other words a statement about selling uses (tested on the lower-cased sentence). */
const SALE_TOPIC = cue(
  ["sale", "cross", "monetiz", "barter", "opt"],
  /sale|cross.context|monetiz|barter|opt.?out of (?:the |this |such |our |any )?sharing/,
);
const RIGHT_TO_LIST =
  /\b(?:request|ask for|obtain|receive)\b[^.]{0,40}\b(?:a list|an accounting|information about|a notice|details)\b/i;
/**
 * Hiring an outside firm to do something ("We may contract with third-party service providers to …"):
 * the firm gets the data it works on.
 */
const ENGAGE = cue(
  ["third", "service provider", "vendor", "contractor", "compan", "firm", "agent"],
  /\b(?:contract(?:s|ed)? with|engag(?:e|es|ed|ing)|hir(?:e|es|ed|ing)|employ(?:s|ed)?|(?:we|us|[A-Z][\w.-]+) (?:also )?(?:use|uses|rely on|relies on|work with))\b[^.]{0,20}\b(?:third[- ]part(?:y|ies)(?: (?:data )?(?:processors?|providers?|services?|vendors?|companies))?|(?:third[- ]party )?(?:service|data) (?:providers?|processors?)|vendors?|contractors?|(?:other|outside) (?:companies|firms)|agents?)\b[^.]{0,40}?\b(?:to|who|that|for|only for|on our behalf)\b/i,
);
/**
 * Terms the company sets on those who get the data: "we require our service providers to keep it
 * confidential", "partners are bound by contract to use it only …". Such terms exist because the
 * parties receive it.
 */
const BINDS_RECIPIENTS = cue(
  ["requir", "bound", "oblig", "contractual", "allow", "permit"],
  /\b(?:we|us)\b[^.;]{0,20}?\b(?:contractually )?(?:require|requires|oblige|obligate|bind)s?\b[^.;]{0,20}?\b(?:(?:these|such|all|our|any) )?(?:third[- ]part(?:y|ies)|service providers?|vendors?|processors?|partners?|contractors?|recipients?)\b[^.;]{0,20}?\b(?:to|that|comply|abide|handle|keep|protect|use)\b|\b(?:third[- ]part(?:y|ies)|service providers?|vendors?|processors?|partners?|contractors?|recipients?)\b[^.;]{0,60}?\b(?:are|is|will be)\s+(?:(?:also|contractually|legally)\s+)?(?:bound|obliged|obligated|required)\b/i,
);
/** A CCPA disclosure: "we have disclosed … for a business purpose", "shared for a commercial purpose". */
const BUSINESS_PURPOSE = cue(
  ["business purpose", "commercial purpose"],
  /\b(?:disclosed|shared|made available|provided)\b[^.;]{0,80}\bfor (?:a |an |our )?(?:business|commercial) purposes?\b/i,
);
/** Recipients named by reference: "the parties set out below", "the recipients listed in the table". */
const LISTED_PARTIES =
  /\bthe (?:parties|recipients|categories of (?:third parties|recipients)|entities|companies|organi[sz]ations) (?:set out|listed|described|named|mentioned|identified|below|above|in the table)\b/i;

/** A company's name: capitalised words, with a legal form ("Digital Ocean Inc.", "SendGrid", "OVH GmbH"). */
const NAME = String.raw`\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\d&.'’-]*|Inc\.?|LLC|Ltd\.?|GmbH|Limited|Corp\.?|AG|S\.A\.|B\.V\.)){0,4}`;
/** Capitalised words that name no other company ("We use Cookies to …", "Personal Data"). */
const NOT_A_COMPANY =
  /^(?:we|our|us|you|your|the|this|these|those|it|its|such|any|all|each|cookies?|personal|information|data|services?|sites?|websites?|platforms?|apps?|applications?|content|accounts?|policy|privacy|terms|users?|customers?|members?|third|parties|partners|affiliates|technolog\w*|tools?|devices?|products?|software|e-?mail|ip|gps|location|analytics|advertising|marketing|google signals|if|when|where|in|for|to|and|or)\b/iu;
/**
 * A named outside company used to run part of the service: "we use the services of SendGrid",
 * "we use Digital Ocean Inc. as a service provider", "we use Zendesk to answer queries", "hosted on
 * Heroku". It receives the data it works on (LABELS.md: service providers are outside parties).
 */
const NAMED_PROVIDER = cue(
  ["use", "rely", "work with", "partner", "engag", "employ", "hosted", "stored", "processed", "powered"],
  new RegExp(
    [
      String.raw`\b(?:[Ww]e|[Uu]s)\b[^.;]{0,20}?\b(?:use|uses|used|rely on|relies on|work with|engage|employ)\s+(?:the\s+)?(?:services?|platforms?|tools?|products?|infrastructure|servers?|solutions?)\s+(?:of|from|provided by)\s+(?:an?\s+)?(?<a>${NAME})`,
      String.raw`\b(?:[Ww]e|[Uu]s)\b[^.;]{0,20}?\b(?:use|uses|rely on|relies on|work with|partner(?:ed)? with|engage|employ)\s+(?<b>${NAME})(?:[^.;]|(?<=\b(?:Inc|Ltd|Corp|Co|LLC))\.){0,80}?\b(?:as (?:a|an|our) (?:[\w-]+ ){0,2}(?:provider|processor|vendor|platform|service|host|partner|tool|processor)|to (?:host|send|process|store|provide|deliver|analy[sz]e|verify|answer|power|run|manage|handle|operate|measure|track|serve|display|understand|collect))\b`,
      String.raw`\b(?:is|are|was|were|be|been)\s+(?:hosted|stored|processed|powered)\s+(?:on|by|with|at)\s+(?<c>${NAME}|[\p{L}\d-]+\.(?:com|net|org|io|co|eu|de|fr|uk|app|dev|cloud))`,
      String.raw`\b(?:[Ww]e|[Uu]s)\b[^.;]{0,20}?\bpartner(?:ed|s)? with\s+(?<d>${NAME})`,
    ].join("|"),
    "u",
  ),
);

/** Where a sentence names an outside company it uses, or -1. */
function namedProviderAt(s: CueText): number {
  const m = firstMatch(NAMED_PROVIDER, s);
  if (m?.groups) {
    const name = m.groups.a ?? m.groups.b ?? m.groups.c ?? m.groups.d ?? "";
    if (name && !NOT_A_COMPANY.test(name)) return m.index + m[0].lastIndexOf(name);
  }
  return knownCompanyUsedAt(s);
}

/** The person (not the service) as the one using something: "if you use Facebook to sign in". */
const PERSON_ACTS = /\b(?:you|users?|visitors?|customers?|members?|people)\b/iu;

/**
 * Where the service names a well-known company it uses, or -1: "we use Amazon Web Services", "Acme
 * uses Google Analytics to monitor the site", "we use analytics services from Mixpanel". The name is
 * no guess (unlike any capitalised word, which needs a stated purpose, see NAMED_PROVIDER), so it
 * needs none: the company runs part of the service and receives what it works on.
 */
function knownCompanyUsedAt(s: CueText): number {
  const m = firstMatch(KNOWN_COMPANY_USED, s);
  if (!m?.groups) return -1;
  const subject = m.groups.subject ?? "";
  // A capitalised first word is the service by its name, not "If", "You" or "Cookies".
  if (!/^(?:we|us)$/iu.test(subject.trim()) && NOT_A_COMPANY.test(subject.trim())) return -1;
  if (PERSON_ACTS.test(m.groups.gap ?? "")) return -1;
  return m.index + m[0].length - (m.groups.name ?? "").length;
}

/** The company receiving data FROM others ("we may receive information about you from them"). */
const RECEIVED_FROM = cue(
  ["from"],
  /\b(?:we|us)\b[^.]{0,40}\b(?:receive|obtain|collect|get)\b[^.]{0,60}\bfrom\b/i,
);
/** Something sent to the user's own device ("a file the site transfers to your computer"). */
const TO_YOUR_DEVICE =
  /\b(?:transfer|send|place|store|save)s?\b[^.]{0,40}\bto your (?:computer|device|browser|hard drive|phone|mobile)\w*/gi;

const ABROAD = cue(
  ["transfer", "stored", "processed"],
  /\b(?:transferred|transfer|stored|processed)\b[^.]{0,80}\b(?:outside (?:the |your )?(?:European Economic Area|EEA|EU|European Union|country)|other countries|another country|(?:to|in) the United States)|\binternational (?:data )?transfers?\b/i,
);

const PURPOSES: Array<[string, Cue]> = [
  [
    "advertising",
    cue(
      ["advertis", "ads", "interest", "ad network", "targeted"],
      /advertis|\bads\b|interest[- ]based|ad networks?|targeted/i,
    ),
  ],
  [
    "marketing",
    cue(
      ["market", "promotion", "special offers"],
      /marketing|promotion|promotional|special offers|market (?:their|its) /i,
    ),
  ],
  [
    "analytics",
    cue(
      ["analytic", "statistic", "measure", "research", "audience"],
      /analytic|statistic|measure|research|audience/i,
    ),
  ],
  [
    "service providers",
    cue(
      ["service provider", "vendors", "contractors", "perform", "on our behalf", "assist", "agent"],
      /service providers?|vendors|contractors|perform(?:ing)? (?:services|functions)|on our behalf|assist(?:s|ing)? us|agents?\b/i,
    ),
  ],
  [
    "legal requests",
    cue(
      ["law", "legal", "subpoena", "court", "government", "authorit", "comply", "regulat"],
      /\blaw\b|legal|subpoena|court|government|authorit|comply|law enforcement|regulat/i,
    ),
  ],
  [
    "business transfers",
    cue(
      [
        "merger",
        "acquisition",
        "acquired",
        "bankruptcy",
        "business transfer",
        "successor",
        "reorgani",
        "sale of ",
        "sell or buy",
        "divest",
      ],
      /merger|acquisition|acquired|bankruptcy|business transfer|successor|reorgani[sz]ation|sale of (?:all|substantially|our|the|a) |sell or buy|divest/i,
    ),
  ],
  [
    "affiliates",
    cue(
      ["affiliat", "subsidiar", "parent compan", "family of companies", "sister compan", "corporate group"],
      /affiliat|subsidiar|parent compan|family of companies|sister compan|corporate group/i,
    ),
  ],
];

/** An advertising party: an ad network, advertisers, an ad platform by name. */
const AD_PARTY =
  /\b(?:ad(?:vertising)? (?:networks?|partners?|vendors?|companies|servers?|providers?|platforms?|technology (?:partners|companies))|advertisers|DoubleClick|DART|Google Ads|AdSense|Criteo|Taboola|Outbrain|Facebook Pixel|Meta Pixel|marketing partners)\b/i;
/**
 * Advertising that other companies choose or deliver with what they get or gather about the person
 * (LABELS.md counts it as sharing for ads), stated as a practice. Every row sets "advertising".
 */
export const AD_SHARING_RULES = [
  // Targeted ads shown on other sites or apps, retargeting.
  rule(
    "sharing.ads-elsewhere",
    ["targeted", "interest", "personali", "behavio", "retarget", "remarketing", "tailored"],
    /\b(?:targeted|interest[- ]based|personali[sz]ed|behaviou?ral|tailored|retargeted|remarketing)\s+(?:ads|advert\w*|marketing|campaigns)\b[^.;]{0,80}\b(?:on|across|at)\s+(?:other|third[- ]party|partner|non-affiliated)\s+(?:web ?sites|sites|apps|platforms|services)\b|\b(?:remarketing|retargeting)\b/i,
    "advertising",
  ),
  // "we display interest-based ads", "our partners help us serve you relevant ads", "online
  // behavioural advertising".
  rule(
    "sharing.ads-practice",
    [
      "interest",
      "behavio",
      "cross-context",
      "cross context",
      "targeted",
      "personali",
      "tailored",
      "relevant",
    ],
    /\b(?:[Ww]e|[Uu]s|[Oo]ur|[Pp]artners|[Aa]dvertisers|[Tt]hird[- ]part(?:y|ies)|[Ss]ervice providers|[Cc]ompanies)\b[^.;]{0,60}?\b(?:show|shows|serve|serves|serving|display|displays|displaying|deliver|delivers|delivering|provide|provides|providing|present|offer|engage in|participate in|participates in|use|uses|using|help|helps)\b[^.;]{0,40}?\b(?:interest[- ]based|behaviou?ral(?:ly)?(?: targeted)?|cross[- ]context(?: behaviou?ral)?|targeted|personali[sz]ed|tailored|relevant)\s+(?:ads|advert\w*)\b|\b[Oo]nline [Bb]ehaviou?ral [Aa]dvertising\b/u,
    "advertising",
  ),
  // Other companies' advertising trackers: "third-party advertising cookies", "our ad partners' pixels".
  rule(
    "sharing.third-party-ad-trackers",
    ["third", "partner", "advertiser", "network"],
    /\b(?:third[- ]part(?:y|ies)(?:['’]s?)?|partners['’]?|advertisers['’]?|ad networks['’]?)\s+(?:[\w/()]+\s+){0,2}?(?:advertising|targeting|marketing|ad|retargeting)\s+(?:cookies|pixels|tags|trackers|technolog\w*)\b/i,
    "advertising",
  ),
  // Ads chosen from what a person does across other companies' sites or apps: "to collect information
  // about your activities over time and across non-affiliated websites … and show you ads". (The
  // verb is looked for first: the look-around for the ads, tried only where a verb starts, reads the
  // whole sentence each time.)
  rule(
    "sharing.cross-site-ads",
    ["across"],
    /\b(?=collect|track|record|follow|gather|monitor|combin)(?:(?<=\b(?:advertis\w*|ads)\b[\s\S]*)|(?=[\s\S]*\b(?:advertis\w*|ads)\b))(?:collect|track|record|follow|gather|monitor|combin)\w*\b[^.;]{0,120}?\bacross (?:non-?affiliated|other|third[- ]party|unaffiliated|different) (?:web ?sites|sites|apps|applications|online services|services)\b/i,
    "advertising",
  ),
];

/** Sharing for advertising or marketing. */
const FOR_ADVERTISING = cue(
  ["advertis", "ads", "marketing", "interest", "ad network"],
  /advertis|\bads\b|marketing|interest[- ]based|ad networks?/i,
);

// Well-known companies that receive or collect data; matched as written (proper names).
const NAMED = [
  "Google Analytics",
  "Google",
  "DoubleClick",
  "Facebook",
  "Twitter",
  "Microsoft",
  "Bing",
  "Amazon",
  "Adobe",
  "Omniture",
  "comScore",
  "Nielsen",
  "Quantcast",
  "Criteo",
  "AppNexus",
  "Yahoo",
  "LinkedIn",
  "Pinterest",
  "Instagram",
  "YouTube",
  "Salesforce",
  "Mailchimp",
  "MailChimp",
  "PayPal",
  "Stripe",
  "Oracle",
  "BlueKai",
  "Acxiom",
  "Experian",
  "Equifax",
  "Epsilon",
  "Datalogix",
  "Krux",
  "Chartbeat",
  "Hotjar",
  "Mixpanel",
  "Optimizely",
  "Taboola",
  "Outbrain",
  "Rubicon",
  "AddThis",
  "ShareThis",
  "Disqus",
  "Akamai",
  "Cloudflare",
  "Apple",
  "TikTok",
  "Snapchat",
  "Zendesk",
  "HubSpot",
  "Segment",
  "Braze",
];

/** The service using one of the NAMED companies (see knownCompanyUsedAt). */
const KNOWN_COMPANY_USED = cue(
  ["use", "rely", "work with", "works with", "partner", "integrat", "embed"],
  new RegExp(
    String.raw`(?<subject>\b[Ww]e\b|\b[Uu]s\b|^\s*\p{Lu}[\p{L}\d.&'’-]*)(?<gap>(?:(?!\b(?:[Ww]e|[Uu]s)\b)[^.;]){0,30}?)\b(?:use|uses|used|using|rely on|relies on|work with|works with|partner(?:s|ed)? with|integrate[sd]?|embed(?:s|ded)?)\s+(?:[^\s.;]+\s+){0,5}?(?<name>${[...NAMED].sort((a, b) => b.length - a.length).join("|")})\b`,
    "u",
  ),
);

/** Each name with its whole-word pattern, compiled once. */
const NAMED_PATTERNS = NAMED.map((name) => ({ name, pattern: new RegExp(`\\b${name}\\b`) }));
/** Any name as written, longest first: a match is the longest name starting where it starts. */
const NAME_SCANNER = new RegExp([...NAMED].sort((a, b) => b.length - a.length).join("|"), "g");

/**
 * The names that occur in `text` as written (anywhere; the whole-word test comes after). One scan of
 * the policy instead of one per name: it restarts a character after each match start, so it sees every
 * place a name starts, and the shorter names starting there are prefixes of the one it takes.
 */
function namesIn(text: string): Set<string> {
  const found = new Set<string>();
  NAME_SCANNER.lastIndex = 0;
  for (let m = NAME_SCANNER.exec(text); m !== null; m = NAME_SCANNER.exec(text)) {
    for (const name of NAMED) if (m[0].startsWith(name)) found.add(name);
    NAME_SCANNER.lastIndex = m.index + 1;
  }
  return found;
}

/** "You have the right to opt out of the sale of your personal information" (or of its being sold). */
const SALE_OPT_OUT_RIGHT = cue(
  ["opt"],
  /\bopt[- ]?(?:ing )?out\s+of\s+(?:the\s+)?(?:sale|sales|selling|having\s+(?:(?:your|their|his or her)\s+)?(?:personal\s+)?(?:information|data)\s+sold)\b/i,
);
/** The next sentence names the place: "Please use our opt-out page", "visit our Do Not Sell page". */
const SALE_OPT_OUT_PAGE = cue(
  ["opt", "do not sell", "here", "http", "www"],
  /\b(?:our|the|this|a|dedicated)\s+(?:[\w-]+\s+){0,2}?(?:opt[- ]?out|do not sell(?: or share)?(?: my (?:personal )?(?:information|data))?)\s+(?:page|link|form|tool|portal)\b|\b(?:click|tap)\s+(?:here|on\s+(?:the\s+)?["“]?do not sell)|\bhttps?:\/\/\S+|\bwww\.\S+/i,
);

/** The right to opt out of the sale and, later in the same sentence, the page to do it. */
function pageAfterRight(s: Sentence): boolean {
  const right = firstMatch(SALE_OPT_OUT_RIGHT, s);
  return (
    right !== null &&
    !negatedAt(s.text, right.index) &&
    SALE_OPT_OUT_PAGE.pattern.test(s.text.slice(right.index))
  );
}

/** What the sentence says about selling personal data (statement.ts reads it), as sells / does not / null. */
function sells(s: Sentence): boolean | null {
  if (!mayMatch(SELL, s) && !(mayMatch(SALE_TOPIC, s) && SALE_TOPIC.pattern.test(s.lower))) return null;
  const stance = saleStance(s.text);
  // An item of a denied list ("We never: … sell your data") is a denial unless it negates itself.
  if (stance === "sells" && deniedByLead(s)) return false;
  return stance === "sells" ? true : stance === "does-not-sell" ? false : null;
}

/** Sharing stance of one sentence: "does", "does-not" (a plain negation, no exception), or null. */
function stance(s: Sentence): "does" | "does-not" | null {
  const st = sentenceStance(s);
  // An item of a denied list ("We do not engage in: sharing personal information") is a denial.
  return st === "does" && deniedByLead(s) ? "does-not" : st;
}

/** An item of a list whose lead-in denies it, with no negation of its own. */
function deniedByLead(s: Sentence): boolean {
  return s.leadDenied !== undefined && !mayBeNegated(s.text.slice(s.leadDenied));
}

/**
 * A denial of sharing with no recipient named: "we don't share your data", "none of the information
 * we collect is ever shared". It denies sharing with anyone, unless it carves something out.
 */
function deniesToAnyone(t: string, verbAt: number): boolean {
  return (
    // (A denied sale alone says nothing about sharing: "we do not sell it to anyone".)
    /^(?:shar|disclos|giv|transfer|pass|provid|releas|reveal|exchang|furnish|distribut)/i.test(
      t.slice(verbAt),
    ) &&
    /\b(?:information|data|details)\b/i.test(t) &&
    negatedAt(t, verbAt) &&
    shareVerbsPolarity(t) === "does-not" &&
    !carvedOutAfter(t, verbAt) &&
    !notAPracticeAt(t, verbAt)
  );
}

function sentenceStance(s: Sentence): "does" | "does-not" | null {
  // A file sent to the user's own device is not sharing: that part of the sentence is set aside.
  // (Every match has "to your": most sentences need no replacing.)
  const aside = s.lower.includes("to your");
  const read = aside ? cueText(s.text.replace(TO_YOUR_DEVICE, " ")) : s;
  const t = read.text;
  // Data coming in from partners is not sharing either, unless the sentence also hands data on.
  if (matches(RECEIVED_FROM, read) && !(matches(SHARE_VERB, read) && PARTY.test(t))) return null;
  const collecting = firstMatch(THIRD_PARTY_COLLECTION, read);
  if (collecting) {
    const p = polarityAt(t, collecting.index + collecting[0].length - 1);
    if (p === "affirmed" || p === "denied-with-exception") return "does";
    if (p === "denied") return "does-not";
  }
  const engaged = firstMatch(ENGAGE, read);
  // (Read at the end of the match: "we do not use service providers to …" holds its denial inside.)
  if (engaged && !negatedAt(t, engaged.index + engaged[0].length - 1)) return "does";
  for (const rule of [BINDS_RECIPIENTS, BUSINESS_PURPOSE]) {
    const m = firstMatch(rule, read);
    if (m && polarityAt(t, m.index + m[0].length - 1) === "affirmed") return "does";
  }
  const provider = namedProviderAt(read);
  if (provider >= 0) {
    const p = polarityAt(t, provider);
    if (p === "affirmed" || p === "denied-with-exception") return "does";
  }
  const inSharingSegment =
    s.categories.includes("Third Party Sharing/Collection") || s.labels.includes("sharing");
  const verb = firstMatch(SHARE_VERB, read);
  if (!verb) return null;
  // Distributing is sharing only when data is what goes ("the mailing list", not "our catalogue").
  if (/^distribut/i.test(verb[0]) && !DATA_DISTRIBUTED.test(t)) return null;
  if (
    !(
      PARTY.test(t) ||
      LISTED_PARTIES.test(t) ||
      RECIPIENT_AFTER_VERB.test(t.slice(verb.index)) ||
      (inSharingSegment && /\b(?:information|data)\b/i.test(t))
    )
  )
    return deniesToAnyone(t, verb.index) ? "does-not" : null;
  // "You can request a list of the information we shared …" describes a right, not a practice.
  if (RIGHT_TO_LIST.test(t.slice(Math.max(0, verb.index - 100), verb.index))) return null;
  // Every sharing verb denied, with no carve-out ("we do not give, sell or transfer it to anyone").
  if (shareVerbsPolarity(t) === "does-not") return "does-not";
  // Every sharing verb the person's own ("the information you provide is kept private"): no
  // practice of the company's.
  if (onlyThePersonShares(t)) return null;
  // The Does / Does Not model (trained on OPP-115's sentence attributes, ahead of the rule on
  // sentences under cross-validation) catches denials the rule cannot read; it never turns a denial
  // the rule read into sharing, so a quote can not be made to say the opposite.
  // (A sentence without a single negative word is not read as a denial: the model is not asked.)
  if (!mayBeNegated(t)) return "does";
  return attributePolarity(t).does <= 1 - SHARING_DOES_THRESHOLD ? "does-not" : "does";
}

export function sharingFinding(
  segments: LabelledSegment[],
  sentences: Sentence[] = sentencesOf(segments),
): SharingFinding {
  const hits: Hit[] = [];
  const stances = new Map<Sentence, "does" | "does-not">();
  /** What each sentence says about selling, so a "sells" headline is never quoted with a denial. */
  const saleOf = new Map<Sentence, boolean>();
  let does = false;
  let doesNot = false;
  let advertising = false;
  let sold: boolean | null = null;
  const purposes: string[] = [];

  const classified = segments.some((s) => s.categories.length > 0);
  /** The segment of the last sentence if it stated the right to opt out of the sale (else -1). */
  let saleRightBefore = -1;
  for (const s of sentences) {
    const st = stance(s);
    const sharingSection =
      !classified || s.categories.includes("Third Party Sharing/Collection") || s.labels.includes("sharing");
    let sale = sells(s);
    // The right to opt out of the sale, then the page to do it: an opt-out of a sale it admits.
    if (
      sale === null &&
      (saleRightBefore === s.segment || pageAfterRight(s)) &&
      matches(SALE_OPT_OUT_PAGE, s)
    )
      sale = true;
    const right = firstMatch(SALE_OPT_OUT_RIGHT, s);
    saleRightBefore = right && !negatedAt(s.text, right.index) ? s.segment : -1;
    if (sale !== null) {
      // An affirmative sale anywhere outweighs a general "we do not sell" promise.
      sold = sale ? true : (sold ?? false);
      saleOf.set(s, sale);
      hits.push({ sentence: s, score: sale ? 6 : 4 });
    }
    // "Targeted ads on other sites" are served through ad networks: data goes to them.
    const adsStated = st !== "does-not" && statedRules(AD_SHARING_RULES, s).length > 0;
    if (st === null && adsStated) {
      does = true;
      advertising = true;
      pushUnique(purposes, "advertising");
      hits.push({ sentence: s, score: 4 });
      continue;
    }
    if (st === null) continue;
    // Providers that serve targeted ads are more than hired hands: what they serve them with is theirs.
    if (adsStated) advertising = true;
    stances.set(s, st);
    let score = 1;
    if (st === "does-not") {
      doesNot = true;
      score += 2;
    } else {
      does = true;
      for (const [purpose, rule] of PURPOSES) {
        if (matches(rule, s)) {
          pushUnique(purposes, purpose);
          score += 1;
        }
      }
      if (matches(FOR_ADVERTISING, s)) {
        // Hiring a firm to run our marketing is not handing data over for advertising.
        // (Third parties that collect through the site for ads are more than hired hands.)
        const hiredOnly =
          matches(ENGAGE, s) && !matches(SHARE_VERB, s) && !matches(THIRD_PARTY_COLLECTION, s);
        // An ad party named as the one receiving or collecting counts wherever the sentence sits.
        if ((sharingSection || AD_PARTY.test(s.text)) && !hiredOnly) advertising = true;
        score += 2;
      }
    }
    hits.push({ sentence: s, score });
  }
  // List items such as "Affiliates: …" or "Business Transfers: …" under a sharing statement often
  // lack a verb of their own: read the structural purposes from the whole paragraph.
  // Segments the classifier marks as sharing count too: a list item "Affiliates: … these partners"
  // may have no sharing verb of its own.
  const sharingSegments = new Set([
    ...hits.filter((h) => stances.get(h.sentence) === "does").map((h) => h.sentence.segment),
    ...segments.filter((s) => s.labels.includes("sharing")).map((s) => s.index),
  ]);
  for (const s of sentences) {
    if (!sharingSegments.has(s.segment)) continue;
    for (const [purpose, rule] of PURPOSES) {
      if (
        ["affiliates", "business transfers", "legal requests", "service providers"].includes(purpose) &&
        matches(rule, s)
      ) {
        pushUnique(purposes, purpose);
      }
    }
  }
  // Transfers abroad matter to readers outside the company's country (EEA, GDPR).
  const abroad = sentences.find((s) => matches(ABROAD, s));
  if (abroad) {
    pushUnique(purposes, "international transfers");
    hits.push({ sentence: abroad, score: 2 });
  }
  // Classifier hints for the policy-level facts: a sharing segment that is about advertising.
  // A paragraph whose own sentences deny sharing ("We do not give, sell or transfer …") keeps that
  // reading: the label says the paragraph is about sharing, the sentences say which way.
  const readAs = new Map<number, Set<"does" | "does-not">>();
  for (const [sentence, st] of stances) {
    const set = readAs.get(sentence.segment) ?? new Set();
    set.add(st);
    readAs.set(sentence.segment, set);
  }
  const deniedOnly = (seg: LabelledSegment): boolean => {
    const read = readAs.get(seg.index);
    return read !== undefined && !read.has("does");
  };
  for (const seg of segments) {
    if (deniedOnly(seg)) continue;
    const sharingSeg =
      seg.labels.includes("sharing") || seg.categories.includes("Third Party Sharing/Collection");
    if (seg.labels.includes("sharing")) does = true;
    // …as long as one of its sentences names someone to share with beside the advertising (a first
    // party's own marketing is not sharing, nor is a list of its own purposes that mentions partners).
    if (
      sharingSeg &&
      seg.labels.includes("sharing") &&
      seg.labels.includes("advertising") &&
      sentences.some((x) => x.segment === seg.index && PARTY.test(x.text) && matches(FOR_ADVERTISING, x))
    ) {
      advertising = true;
      pushUnique(purposes, "advertising");
    }
  }

  const namedThirdParties: string[] = [];
  const all = segments.map((s) => s.text).join("\n");
  const present = namesIn(all);
  for (const { name, pattern } of NAMED_PATTERNS) {
    if (present.has(name) && pattern.test(all)) {
      // "Google Analytics" already says "Google".
      if (
        name === "Google" &&
        namedThirdParties.includes("Google Analytics") &&
        !/\bGoogle\b(?! Analytics)/.test(all)
      )
        continue;
      pushUnique(namedThirdParties, name);
    }
  }

  const thirdParty: boolean | null = does ? true : doesNot ? false : null;
  // A policy that says it hands personal data to no one also says it sells it to no one.
  const saleInferred = thirdParty === false && sold === null;
  if (saleInferred) sold = false;
  if (thirdParty !== true) advertising = false;
  let level: SharingFinding["level"] = "unknown";
  if (thirdParty === false) level = sold ? "bad" : "good";
  else if (thirdParty) level = sold || advertising ? "bad" : "caution";

  const facts: string[] = [];
  if (thirdParty === true) facts.push("Shares data with third parties");
  if (thirdParty === false) facts.push("Says it does not share personal data with third parties");
  if (sold === true) facts.push("Sells or rents personal data");
  // (When it only follows from "we share it with no one", that fact already says so.)
  if (sold === false && !saleInferred) facts.push("Says it does not sell personal data");
  if (advertising) facts.push("Shares data for advertising or marketing");
  if (purposes.includes("service providers")) facts.push("Shares with service providers");
  if (purposes.includes("affiliates")) facts.push("Shares with affiliated companies");
  if (purposes.includes("business transfers"))
    facts.push("Data is passed on if the business is sold or merged");
  if (purposes.includes("legal requests")) facts.push("Discloses data for legal requests");
  if (purposes.includes("international transfers"))
    facts.push("Data may be transferred to other countries (e.g. outside the EEA)");
  if (namedThirdParties.length) facts.push(`Names third parties: ${namedThirdParties.join(", ")}`);
  if (thirdParty === null) facts.push("Sharing with third parties is not mentioned");

  return {
    level,
    thirdParty,
    advertising: thirdParty === null ? null : advertising,
    sells: sold,
    purposes,
    namedThirdParties,
    facts,
    // Quotes support the verdict: "we do not disclose it" is no evidence that data is shared.
    evidence: pickEvidence(
      hits.filter(
        (h) =>
          (thirdParty !== true || stances.get(h.sentence) !== "does-not" || h.score > 3) &&
          // A policy that admits a sale is not quoted saying it does not sell.
          !(sold === true && saleOf.get(h.sentence) === false),
      ),
    ),
  };
}
