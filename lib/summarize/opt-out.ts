// Opt-out finding: every way to opt out or exercise a right, and the contacts to do it with.
// Level: good = an opt-out link or a contact to opt out/exercise rights; caution = only browser
// controls or consent-based choices; unknown = no choice described.

import type { ChoiceType, Contact, LabelledSegment, OptOutFinding } from "../types";
import { allMatches } from "./all-matches";
import { contactKey, extractAll, type FoundContact, purposeOf, rankByUse } from "./contacts";
import { type Cue, type CueText, cue, cueText, matches, mayMatch } from "./cue";
import { type Hit, pickEvidence, pushUnique, type Sentence, sentencesOf } from "./evidence";
import { unrelatedMailbox } from "./mailbox-purpose";
import { emailOrPhoneOf, readLinks } from "./opt-out-links";
import { readRule, rule } from "./rule";
import { consentCondition, negatedAt } from "./statement";

const OPT_OUT = cue(
  [
    "opt",
    "unsubscrib",
    "choose not to",
    "object to",
    "revoke",
    "remove",
    "receiv",
    "decline",
    "manage your",
    "update your",
    "withdraw",
    "choice",
  ],
  /opt(?:[- ]?out|ing out)\b|unsubscrib|\bchoose not to (?:receive|share|participate)|\bobject to\b|\brevoke (?:your |that |such |this )?(?:[\w-]+ ){0,2}(?:consent|authori[sz]ation|permission)|remove (?:yourself|your (?:name|e-?mail|information))|\bbe removed from (?:our |the |any |all |future )?(?:[\w-]+ ){0,3}(?:lists?|mailings)\b|stop receiving|no longer (?:wish|want) to receive|do not (?:wish|want) to receive|don[’']?t want to receive|decline (?:to receive|further)|manage your (?:preferences|subscriptions)|update your (?:preferences|subscriptions)|withdraw (?:your )?consent|choices? (?:about|regarding)/i,
);
const LINK_CUE =
  /\bclick|\blink\b|\bvisit\b|https?:\/\/|www\.|aboutads|networkadvertising|youradchoices|preference (?:cent(?:er|re)|page)|(?:settings|preferences|account|opt-out|choices) page|\bgo to\b|add-?on|plug-?in|\btool\b/i;
const CONTACT_CUE =
  /e-?mail(?:ing)? us|contact(?:ing)? us|contact our|write (?:to )?us|writing to|call(?:ing)? us|\bcall\b|send (?:us )?(?:an? )?(?:e-?mail|letter|request|note|message)|by (?:e-?mail|mail|post|phone|telephone)|\bletter\b|toll[- ]free|notify(?:ing)? us|\bwrite to\b|\b(?:text|reply|respond(?:ing)?)\b[^.]{0,30}\bSTOP\b|[\w.]+@[\w-]+\.[\w.]+|customer (?:service|care|support)|(?:\[|\()at(?:\]|\))|mailing address/i;
const BROWSER =
  /\b(?:browser|device)\b[^.]{0,80}\b(?:refuse|disable|block|reject|delete|remove|turn (?:off|down)|decline|not accept|settings?|preferences|options|controls?|configure|adjust|notify you|alert)\b|\b(?:refuse|disable|block|reject|delete|turn off|decline|adjust|configure)\b[^.]{0,60}\b(?:browser|device|cookies)\b|\blimit ad tracking\b|\bprivate browsing\b|\bincognito\b/i;
const OPT_IN = cue(
  [
    "opt",
    "express",
    "affirmative",
    "explicit",
    "prior",
    "written",
    "grant",
    "give",
    "unless you",
    "only",
    "ask",
    "check",
    "subscribe to",
  ],
  /\bopt(?:s|ed|ing)?[- ]?in(?:to)?\b|\bexpress(?:ly)? (?:consent|permission)|\baffirmative(?:ly)? (?:consent|opt|agree)|\bexplicit (?:consent|permission)|\bprior (?:written )?(?:consent|permission)|\bwritten (?:consent|authori[sz]ation|permission)|\b(?:grants?|give[sn]?) us (?:your )?(?:express |explicit |written )?(?:permission|consent)|\bunless you (?:have )?(?:opt|choose|agree|consent|elect)|\bonly (?:if|when) you (?:choose|elect|agree|consent|opt|authori[sz]e|sign up)|\bask (?:for )?your (?:permission|consent)|\bcheck (?:the|a) box|\bsubscribe to\b/i,
);
// "… without offering you the opportunity to opt out", "you cannot opt out": no choice is offered.
const NO_CHOICE =
  /\b(?:without (?:offering|giving|providing)(?: you)?(?: the| an?)? (?:opportunity|option|ability|choice)|(?:cannot|can ?not|can[’']t|will not be able to|not be able to|unable to|no (?:option|ability|way)) to) (?:to )?(?:opt[- ]?out|unsubscrib)/i;
// Unambiguous wording that counts even outside a section the classifier calls a choice: an explicit
// opt-in, or an opt-out the user makes by writing, e-mailing or calling the company.
const STRONG_OPT_IN = rule<ChoiceType>(
  "opt-out.opt-in",
  ["opt", "affirmatively"],
  /\bopt(?:s|ed|ing)?[- ]?in(?:to)?\b|\baffirmatively (?:consent|opt|agree)/i,
  "opt-in",
  "ignored",
);
const STRONG_CONTACT = rule<ChoiceType>(
  "opt-out.by-contact",
  ["opt", "unsubscrib", "revoke"],
  /\b(?:opt[- ]?out|unsubscrib\w*|revoke[\w\s]{0,30}(?:consent|authori[sz]ation))\b[^.]{0,80}\b(?:by (?:e-?mailing|calling|writing|contacting)|(?:please )?(?:write|e-?mail|call) (?:to )?(?:us|the|our)\b)|\b(?:write|e-?mail|call) (?:to )?(?:us|the|our)\b[^.]{0,100}\bto (?:opt[- ]?out|unsubscribe|revoke)/i,
  "contact",
  "ignored",
);

// Sentences where contacts are relevant even without an opt-out word: rights and privacy questions.
const RIGHTS_CUE =
  /\b(?:access|correct|update|delete|deletion|erase|rectif\w*|review|edit|amend)\b[^.]{0,60}\b(?:information|data|account|profile)|\bquestions?\b|\bconcerns?\b|\bcomments?\b|\bcomplaints?\b|\bcontact\b|\binquir|\bwrite\b|\bprivacy (?:officer|team|office|department)|\brequests?\b|\bplease (?:e-?mail|call|send)|\b(?:web ?site|site) at\b|\bcall(?:ing)?\b|\bchoices?\b|\bopt\b/i;
const RIGHTS = cue(
  ["right", "correct", "update", "delete", "erase", "rectify", "amend"],
  /\bright (?:to|of) (?:access|request|obtain|know|rectif|correct|eras|delet|object|port)|\b(?:access|review|correct|update|rectify|delete|erase)\b[^.]{0,40}\b(?:and|or)\b[^.]{0,20}\b(?:correct|update|delete|erase|rectify|amend)\b[^.]{0,40}\b(?:information|data)\b/i,
);
const CONTACT_SECTIONS = new Set(["User Choice/Control", "User Access, Edit and Deletion"]);

const CHOICE_LABEL: Record<string, ChoiceType> = {
  "opt-out-link": "opt-out-link",
  "opt-out-contact": "contact",
  "browser-controls": "browser-controls",
  "opt-in": "opt-in",
};

/**
 * Choices one sentence describes. `optOutContext` is set for the items of a list introduced by an
 * opt-out sentence ("you may opt out by one of the following methods: … Contact us.").
 */
export function choicesOf(s: Pick<Sentence, "text">, optOutContext = false): ChoiceType[] {
  const read = cueText(s.text);
  return choicesIn(read, matches(OPT_OUT, read), optOutContext);
}

/** Things a browser control can be about; cheaper than BROWSER, so tested first. */
const BROWSER_TOPIC = cue(
  ["cookie", "track", "browser", "advertis", "location", "device", "setting"],
  /cookie|track|browser|advertis|location|device|setting/i,
);

/** choicesOf with the sentence's OPT_OUT test already done (the finding reuses it). */
function choicesIn(s: CueText, optOutWord: boolean, optOutContext: boolean): ChoiceType[] {
  return CHOICE_ORDER.filter((c) => describesChoice(c, s, optOutWord, optOutContext));
}

const CHOICE_ORDER: readonly ChoiceType[] = ["opt-out-link", "contact", "browser-controls", "opt-in"];

/** Consent as the condition of a practice (statement.ts), tested only where a consent word appears. */
function mentionsConsent(s: CueText): boolean {
  const l = s.lower;
  const may =
    l.includes("consent") ||
    l.includes("permission") ||
    l.includes("authori") ||
    /opt(?:s|ed|ing)?[- ]?in\b/.test(l) ||
    ((l.includes("only") || l.includes("unless") || l.includes("until")) && /agree|cho|elect/.test(l));
  if (!may) return false;
  if (consentMemo.text !== s.text) consentMemo = { text: s.text, consent: consentCondition(s.text) };
  return consentMemo.consent;
}
/** The last sentence's answer: each sentence is asked twice (its strong choices, then its choices). */
let consentMemo = { text: "", consent: false };

/** Exercising a privacy right or choice ("to exercise these rights", "withdraw your consent", "object"). */
const EXERCISE_RIGHTS = cue(
  ["right"],
  /\b(?:exercis(?:e|es|ing)|invok(?:e|ing)|us(?:e|ing))\b[^.;]{0,40}\brights?\b/i,
);
const EXERCISE_CHOICE = cue(
  [
    "withdraw",
    "revoke",
    "object",
    "opt",
    "unsubscrib",
    "restrict",
    "want",
    "wish",
    "like",
    "request",
    "ask",
    "remov",
  ],
  /\b(?:withdraw|revoke)\b[^.;]{0,20}\bconsent\b|\b(?:request|ask)(?:s|ed|ing)?\b[^.;]{0,40}?\b(?:delet(?:e|ion|ing)|eras(?:e|ure)|remov(?:e|al)|access(?:ing)? (?:to )?(?:your|the|their)|correct(?:ion|ing)?|rectif\w*|modif\w*|a copy of (?:your|the|their|any) (?:personal )?(?:information|data))\b|\b(?:want|wish|like)\b[^.;]{0,40}?\b(?:to be |it )?(?:removed|deleted|erased|corrected)\b|\bobject(?:ion)? to\b|\bopt(?:[- ]?out|ing out)\b|\bunsubscrib|\brestrict(?:ion of)? (?:the )?processing\b|\bobjections?\b|\b(?:do not|don[’']t|no longer) (?:want|wish)\b/i,
);
/** Reaching the company: an e-mail address, "contact us", a request form, its privacy team. */
const REACH_COMPANY =
  /\bcontact(?:ing)? (?:us|our)\b|\be-?mail(?:ing)? (?:us|our)\b|\bwrit(?:e|ing) (?:to )?(?:us|our)\b|\bcall(?:ing)? us\b|\b(?:send|sent|submit(?:ted)?|direct(?:ed)?|address(?:ed)?)\b[^.;]{0,40}\b(?:to us|to our|request|notice|notification|e-?mail|letter|form)\b|\b(?:web ?form|request form|contact form|privacy portal|support team|privacy team|data protection officer|\bDPO\b|customer (?:service|support))\b|[\w.+-]+@[\w-]+\.[\w.]+|\bnotif(?:y|ying|ication)\b[^.;]{0,20}\b(?:us|to)\b|\bcontact details\b|\b(?:privacy|rights?|request|data subject|DSAR) (?:portal|form|page|centre|center)\b|\bgiv(?:e|ing) (?:us )?(?:reasonable |written )?notice\b/i;

/**
 * A place the person uses to opt out or change a choice: an unsubscribe link, a settings or
 * preferences page, a cookie banner or tool, a browser add-on ("use the unsubscribe link in any
 * e-mail", "adjust your ad settings", "select Cookie Preferences in the footer").
 */
const SETTINGS_LINK = cue(
  [
    "link",
    "setting",
    "preference",
    "toggle",
    "dashboard",
    "portal",
    "banner",
    "plug",
    "add-on",
    "addon",
    "opt-out page",
    "opt-out form",
    "opt-out tool",
    "](http",
  ],
  /\b(?:link|settings?|preferences? (?:cent(?:er|re)|page|panel|tool|link|manager)|(?:cookie|privacy|ad|ads|advertising|consent|account|e-?mail|notification|communication|marketing) (?:preferences|settings|choices|banner|manager|tool|dashboard|cent(?:er|re)|page)|toggle|dashboard|portal|banner|plug-?in|add-?on|opt-out (?:page|form|tool))\b|\]\(https?:/i,
);
/** Doing something with that place: opting out, unsubscribing, switching off, changing a choice. */
const SETTINGS_ACTION =
  /\b(?:opt(?:[- ]?out|ing out)|unsubscrib\w*|stop(?:ping)? receiving|switch(?:ing)? off|turn(?:ing)? off|control|manag(?:e|ing)|adjust(?:ing)?|chang(?:e|ing)|withdraw(?:ing)?|choos(?:e|ing)|pick(?:ing)?|select(?:ing)?|updat(?:e|ing)|refus(?:e|ing)|disabl(?:e|ing)|toggl(?:e|ing)|limit(?:ing)?|reject(?:ing)?|object(?:ing)?)\b/i;
/** What such a place is for: e-mails, ads, cookies, tracking, consent, data sale or sharing. */
const CHOICE_OBJECT =
  /e-?mails?|newsletters?|communications?|messages|marketing|promotion|\bads?\b|advertis|personali[sz]|cookies?|tracking|analytics|consent|sale|sell|shar(?:e|ing)|notifications?|preferences/i;

const ON_DEVICE =
  /\b(?:browser|device|operating system|internet software|mobile settings|phone settings)s?\b/i;

/** A place the policy offers to opt out: a settings page or link, the person's account, the message itself. */
function placeOffered(s: CueText): boolean {
  return (
    settingsLink(s) ||
    readRule(ACCOUNT_SETTING, s) === "stated" ||
    readRule(IN_MESSAGE_OPT_OUT, s) === "stated"
  );
}

function settingsLink(s: CueText): boolean {
  if (!matches(SETTINGS_LINK, s)) return false;
  const m = SETTINGS_ACTION.exec(s.text);
  if (m === null || !CHOICE_OBJECT.test(s.text) || negatedAt(s.text, m.index)) return false;
  // The browser's or device's own settings are browser controls, not a place the policy offers.
  return !ON_DEVICE.test(s.text) || /https?:\/\/|www\./i.test(s.text);
}

/** A right or choice the person exercises by contacting the company (not a regulator). */
function rightsByContact(s: CueText | Sentence): boolean {
  if (!REACH_COMPANY.test(s.text) || REGULATOR_NAMED.test(s.text)) return false;
  if (matches(EXERCISE_RIGHTS, s) || matches(EXERCISE_CHOICE, s)) return true;
  // "You can contact us with your request …" after a sentence that offers the choice or the right.
  const previous = "previous" in s ? s.previous : undefined;
  return (
    previous !== undefined &&
    REFERS_BACK.test(s.text) &&
    (matches(EXERCISE_RIGHTS, previous) ||
      matches(EXERCISE_CHOICE, previous) ||
      NAMES_A_RIGHT.test(previous.text))
  );
}
/** Words that point back at a request or right named before ("your request", "any of these things"). */
const REFERS_BACK =
  /\b(?:your|the|such|this|these|those|that|any such)\s+(?:requests?|rights?|choices?|things|options)\b|\b(?:to do (?:so|this|that)|do any of these things|the above(?:-mentioned)? rights|exercise (?:them|it|any of them))\b/i;
/** A privacy right named: "you have the right to access …", "the right to opt out of …". */
const NAMES_A_RIGHT =
  /\bright (?:to|of) (?:access|request|obtain|know|rectif|correct|eras|delet|object|opt|port|restrict|withdraw|limit)\w*/i;
const REGULATOR_NAMED =
  /supervisory authorit|data protection authorit|\bregulator\b|attorney general|commissioner/i;

/** Does the sentence describe choice `c` (as choicesOf reads it)? */
function describesChoice(c: ChoiceType, s: CueText, optOutWord: boolean, optOutContext: boolean): boolean {
  const t = s.text;
  const optOut = (): boolean => (optOutWord || optOutContext) && !NO_CHOICE.test(t);
  switch (c) {
    case "opt-out-link":
      return (optOut() && LINK_CUE.test(t)) || placeOffered(s);
    case "contact":
      return (optOut() && CONTACT_CUE.test(t)) || rightsByContact(s);
    case "browser-controls":
      return (
        (matches(BROWSER_TOPIC, s) && BROWSER.test(t)) || readRule(BROWSER_LIMITS_COOKIES, s) === "stated"
      );
    case "opt-in":
      return matches(OPT_IN, s) || mentionsConsent(s);
  }
}

// The user's own browser or device settings used to refuse or remove trackers.
const STRONG_BROWSER = rule<ChoiceType>(
  "opt-out.browser-settings",
  ["browser", "computer", "device"],
  /\b(?:your|the) (?:web )?(?:browser|computer|device)s?\b[^.]{0,80}\b(?:options?|settings?|preferences)\b[^.]{0,60}\b(?:not (?:to )?accept|refuse|disable|block|reject|decline|delete|turn off)|\b(?:set|adjust|change|configure|modify) (?:your|the) (?:web )?browser\b[^.]{0,60}\b(?:refuse|reject|decline|block|disable|not accept|notify)/i,
  "browser-controls",
  "ignored",
);

// An opt-out the user makes at a named place: "to opt out, visit <URL>", "opt out by going to the
// opt-out page", "click <URL> to opt out". OPP-115 counts these outside a choice section too (a cookie
// or general paragraph), so a URL or an opt-out page is strong evidence on its own.
const LINK_TARGET = String.raw`(?:https?:\/\/|www\.|(?<![@\w.-])\b[\w-]+\.(?:com|org|net|info)\b|\bopt[- ]?out (?:page|link|tool|form)\b)`;
// Both branches name an opt-out or an unsubscribe.
const STRONG_LINK = rule<ChoiceType>(
  "opt-out.link",
  ["opt", "unsubscrib"],
  new RegExp(
    String.raw`\b(?:opt(?:[- ]?out|ing out)|unsubscrib\w*)\b[^.]{0,120}?\b(?:visit(?:ing)?|go(?:ing)? to|click(?:ing)?(?: on)?|at)\b[^.]{0,80}?${LINK_TARGET}|\b(?:visit(?:ing)?|go(?:ing)? to|click(?:ing)?(?: on)?)\b[^.]{0,80}?${LINK_TARGET}[^.]{0,80}?\bto (?:opt[- ]?out|unsubscribe)\b`,
    "i",
  ),
  "opt-out-link",
  "ignored",
);

/**
 * A place named right after an opt-out: "Most ad networks let you opt out. See www.example.org/choices
 * for how." The sentence points to an address or a tool and the one before it, in the same paragraph,
 * offers the opt-out.
 */
const POINTS_TO_LINK = rule<ChoiceType>(
  "opt-out.link-next-sentence",
  ["see", "visit", "go to", "click", "follow", "use", "http", "www", "link"],
  new RegExp(
    String.raw`^(?:(?:please|you can|you may|simply|just|for (?:more|further) (?:information|details)(?: on how(?: to do (?:this|so))?)?,?)\s+)?(?:see|visit|go to|click(?: on)?|follow|use)\b[^.]{0,80}?${LINK_TARGET}|^\s*(?:https?:\/\/|www\.)\S+\s*$|\b(?:there is|there's|you(?:'ll| will) find|includes?|contains?)\s+(?:an?|the)\s+(?:unsubscribe\s+|opt[- ]?out\s+)?link\b[^.;]{0,40}?\b(?:in|at the (?:bottom|end|foot) of)\s+(?:each|every|all|any|our)\b`,
    "i",
  ),
  "opt-out-link",
  "ignored",
);

/**
 * The person's own browser or device used to limit cookies, in the wordings STRONG_BROWSER leaves
 * out: "users can control the use of cookies at the individual browser level", "adjust your browser
 * settings to prevent the reception of cookies".
 */
const BROWSER_LIMITS_COOKIES = rule<ChoiceType>(
  "opt-out.browser-limits-cookies",
  ["browser", "device"],
  /\b(?:control|manage|limit|prevent|stop|block|refuse|reject|disable|delete|clear|remove|erase)\b[^.;]{0,40}?\bcookies\b[^.;]{0,60}?\b(?:browser|device)s?\b|\b(?:browser|device)s?\b[^.;]{0,60}?\b(?:settings?|preferences|options|level|controls)\b[^.;]{0,60}?\b(?:prevent|limit|stop|control|manage|clear|remove|erase|refuse|reject|block|disable|delete)\w*\b[^.;]{0,60}?\bcookies\b/i,
  "browser-controls",
);

/** An opt-out made in the person's own account: "opt out by de-selecting the box in your account". */
const ACCOUNT_SETTING = rule<ChoiceType>(
  "opt-out.account-setting",
  ["account", "profile"],
  /\b(?:opt(?:[- ]?out|ing out)|unsubscrib\w*|de-?select\w*|uncheck\w*|untick\w*|turn(?:ing)? off|switch(?:ing)? off|stop(?:ping)? receiving)\b[^.;]{0,80}?\b(?:in|from|through|via|under) (?:your|the) (?:user |member |online )?(?:account|profile)\b|\b(?:in|from|through|via|under) (?:your|the) (?:user |member |online )?(?:account|profile)\b[^.;]{0,40}?\b(?:opt(?:[- ]?out|ing out)|unsubscrib\w*|de-?select\w*|uncheck\w*|untick\w*|turn(?:ing)? off|switch(?:ing)? off|stop(?:ping)? receiving)\b/i,
  "opt-out-link",
);

/** The messages themselves carry the way out: "every newsletter lets you opt out of further mailings". */
const IN_MESSAGE_OPT_OUT = rule<ChoiceType>(
  "opt-out.in-message",
  ["mail", "newsletter", "message"],
  /\b(?:e-?mails?|newsletters?|messages|mailings)\b[^.;]{0,60}?\b(?:allow|allows|let|lets|enable|enables|give|gives|offer|offers|include|includes|contain|contains)\s+(?:you\s+)?(?:to\s+|a way to\s+|an? (?:option|link) to\s+)?(?:opt[- ]?out|unsubscrib\w*)\b/i,
  "opt-out-link",
);

/** A sentence with none of these cues' words states no strong choice. */
const STRONG_CUES: readonly Cue[] = [
  BROWSER_LIMITS_COOKIES,
  IN_MESSAGE_OPT_OUT,
  ACCOUNT_SETTING,
  STRONG_OPT_IN,
  STRONG_LINK,
  STRONG_CONTACT,
  STRONG_BROWSER,
  EXERCISE_RIGHTS,
  EXERCISE_CHOICE,
  SETTINGS_LINK,
];

/** Choices a sentence states so plainly that they count wherever the sentence sits. */
export function strongChoicesOf(s: Pick<Sentence, "text"> | CueText): ChoiceType[] {
  const read = "lower" in s ? s : cueText(s.text);
  const t = s.text;
  const out: ChoiceType[] = [];
  // Consent as the condition of a practice ("only with your consent", "based on your consent").
  const consent = mentionsConsent(read);
  if (!consent && !STRONG_CUES.some((c) => mayMatch(c, read))) return out;
  if (consent) out.push("opt-in");
  if (
    !consent &&
    matches(STRONG_OPT_IN, read) &&
    !/\bopt(?:s|ed|ing)?[- ]?in(?:to)?\b[^.]{0,12}\b(?:or|and) (?:opt|out)/i.test(t)
  )
    out.push("opt-in");
  if ((matches(STRONG_LINK, read) || placeOffered(read)) && !NO_CHOICE.test(t)) out.push("opt-out-link");
  if ((matches(STRONG_CONTACT, read) || rightsByContact(read)) && !NO_CHOICE.test(t)) out.push("contact");
  if (matches(STRONG_BROWSER, read) || readRule(BROWSER_LIMITS_COOKIES, read) === "stated")
    out.push("browser-controls");
  return out;
}

/** A sentence that introduces a list of ways to opt out. */
const LIST_INTRO = /(?:following|these|any of the|one of the) (?:methods|ways|options|steps|means)\b|:\s*$/i;

const STRONG_CONTACT_CUE =
  /e-?mail(?:ing)? us|contact(?:ing)? us|write (?:to )?us|call(?:ing)? us|send (?:us )?(?:an? )?(?:e-?mail|letter|request)|\bquestions?\b|\bconcerns?\b/i;

const OFF_TOPIC =
  /\bcopyright|\bDMCA\b|\binfring|intellectual property|\btrademark|cyber ?crime|\bcrime\b|identity theft|\bfraud\b|\babuse report/i;
const OFF_TOPIC_HEADING = /\bcopyright|\bDMCA\b|\binfring|intellectual property|\btrademark/i;
const REFERENCE =
  /\b(?:for (?:more|further|additional) (?:information|details)|to (?:learn|find out|read) more|learn more|more about)\b|\b(?:their|its|[A-Z][\w.&-]*[’']s) (?:own )?privacy (?:polic(?:y|ies)|practices|statements?|notices?)/i;
const ACTION_CUE =
  /\bcontact\b|\brequests?\b|\b(?:access|correct|update|delete|erase)\b[^.]{0,40}\b(?:your|personal) (?:information|data)|\bchoices?\b|\bpreferences\b|\bunsubscrib|\bquestions?\b|\bcomplaints?\b/i;

/**
 * A regulator the user may complain to (an Attorney General, a data protection authority): its
 * contacts are not ways to reach the company.
 */
const REGULATOR =
  /\battorney[- ]general|\bregulators?\b|\bregulatory (?:authority|body|agency)|supervisory authorit|data protection (?:authorit|commission|board)|information commissioner|\bombudsman|federal trade commission|\bFTC\b|bureau of consumer protection|department of insurance|insurance (?:commissioner|department)|\b(?:file|lodge|submit) (?:a |your )?complaint with/gi;
/** The company speaking for itself again after a regulator was named ("… or contact us at"). */
const SELF = /\b(?:contact|write to|e-?mail|call|reach) us\b|\bour (?:privacy|data protection|customer)\b/i;

/** Is the contact at `index` of `text` a regulator's (named before it, with no "contact us" between)? */
export function isRegulatorContact(text: string, index: number, leadIn = ""): boolean {
  let last = -1;
  for (const m of allMatches(REGULATOR, text.slice(0, index))) last = m.index + m[0].length;
  if (last < 0) {
    if (!leadIn) return false;
    let lead = -1;
    for (const m of allMatches(REGULATOR, leadIn)) lead = m.index + m[0].length;
    return lead >= 0 && !SELF.test(leadIn.slice(lead)) && !SELF.test(text.slice(0, index));
  }
  return !SELF.test(text.slice(last, index));
}

const LEAD_IN_END = /(?::|\b(?:contact us|write to us|reach us|e-?mail us|call us|contact)(?: at)?)$/i;

/** A sentence that hands over to contact details that follow it ("… please contact us at:"). */
export function isContactLeadIn(text: string): boolean {
  // Only the tail is tested (the longest cue, "write to us at", is 14 characters, and a character
  // before it decides its \b): an end-anchored pattern over a whole sentence is tried from each character.
  return (
    LEAD_IN_END.test(text.trimEnd().slice(-24)) &&
    /\b(?:contact|write|e-?mail|call|reach|send|mail|address|notify|questions?|requests?)\b/i.test(text)
  );
}

/** Where a sentence sits: a choice/access section, a general ("Other") section, or anywhere else. */
export type Section = "choice" | "other" | "none" | "unclassified";

/**
 * Contacts of one sentence. OPP-115 counts contacts in choice, access and contact-information
 * sections only; URLs elsewhere are mostly references (a partner's policy, a program's page).
 */
export function contactsOf(
  s: Pick<Sentence, "text" | "heading" | "segment">,
  section: Section,
  before = "",
  leadIn = "",
): Contact[] {
  return keptContacts(extractAll(s.text), s, section, before, leadIn);
}

/**
 * contactsOf for contacts already extracted from `s.text`. `optOutWord` is OPT_OUT's test of the
 * sentence when the caller has it (it is reused only without a lead-in, which changes the text read).
 */
function keptContacts(
  found: FoundContact[],
  s: Pick<Sentence, "text" | "heading" | "segment">,
  section: Section,
  before: string,
  leadIn: string,
  optOutWord?: boolean,
): Contact[] {
  const out: Contact[] = [];
  // Most sentences have no contact at all: nothing below needs reading then.
  if (found.length === 0) return out;
  // With a lead-in ("questions? please contact us at:"), the sentence continues it: read both.
  const readText = leadIn ? `${leadIn} ${s.text}` : s.text;
  // Addresses for other business (copyright agents, crime reporting) are not privacy contacts.
  if (OFF_TOPIC.test(readText) || OFF_TOPIC_HEADING.test(s.heading)) return out;
  const optOut =
    (optOutWord !== undefined && !leadIn ? optOutWord : matches(OPT_OUT, cueText(readText))) &&
    !NO_CHOICE.test(readText);
  const cued = optOut || RIGHTS_CUE.test(readText);
  // "For more information about X's privacy practices / about cookies, visit …": a reference to read,
  // not a way to exercise a choice or reach the company.
  const reference = REFERENCE.test(readText) && !optOut && !ACTION_CUE.test(readText);
  for (const c of found) {
    // A regulator's address or phone ("you may also complain to the Attorney General at …").
    if (isRegulatorContact(s.text, c.index, leadIn)) continue;
    let keep: boolean;
    // A form the text names but does not link to cannot be used from the card.
    if (c.kind === "form") keep = false;
    // A mailbox for other business (jobs, ad sales, the press, orders) or an example address.
    else if (
      c.kind === "email" &&
      unrelatedMailbox({
        text: readText,
        index: c.index + (leadIn ? leadIn.length + 1 : 0),
        heading: s.heading,
      })
    )
      keep = false;
    else if (c.kind === "url" && reference) keep = false;
    else if (section === "choice") keep = true;
    else if (section === "other") keep = cued || c.kind === "email";
    else if (section === "none")
      keep = c.kind === "email" || (c.kind !== "url" && STRONG_CONTACT_CUE.test(readText));
    else keep = c.kind === "email" || c.kind === "phone" || cued;
    if (!keep) continue;
    const purpose = leadIn ? purposeOf(leadIn, s.heading, s.text) : purposeOf(s.text, s.heading, before);
    out.push(
      c.kind === "url"
        ? { kind: c.kind, value: c.value, text: c.text ?? c.value, purpose, segment: s.segment }
        : { kind: c.kind, value: c.value, purpose, segment: s.segment },
    );
  }
  return out;
}

/**
 * The contacts a sentence's heading holds, read as a line of its own in the sentence's section (after
 * the lead-in before it, if any). A heading is never quoted: only its contacts are taken.
 */
function headingContacts(s: Sentence, section: Section, before: string, leadIn: string): Contact[] {
  const line = { text: s.heading, heading: s.heading, segment: s.segment };
  // The lead-in before the heading and the sentence under it are what a bare line is read with.
  const context = leadIn ? `${leadIn} ${s.text}` : s.text;
  // A line labelled by its own words ("Phone: …", "E-mail: …") is a contact detail wherever it sits.
  const read = CONTACT_LINE.test(s.heading) ? "choice" : section;
  return keptContacts(extractAll(s.heading), line, read, before, context);
}
const CONTACT_LINE =
  /^[\s*•-]*(?:e-?mail|phone|tel(?:ephone)?|contact|mail|address|call)\b\s*(?:us\s*)?[:.]/i;

/**
 * The sentence's contacts with those its e-mail and phone links give ("write to [our team](mailto:…)"):
 * an address the words do not show is still the contact the text offers.
 */
function withLinkContacts(found: FoundContact[], s: Sentence): FoundContact[] {
  if (!s.links) return found;
  const out = [...found];
  for (const link of s.links) {
    const c = emailOrPhoneOf(link);
    if (!c) continue;
    const key = contactKey(c);
    if (out.some((f) => contactKey(f) === key)) continue;
    const index = Math.max(0, s.text.indexOf(link.text));
    out.push({ kind: c.kind, value: c.value, index, length: link.text.length });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The sentence's web links the card lists (opt-out and settings places, links to reach the company). */
function linkContacts(s: Sentence): { role: "opt-out" | "contact"; contact: Contact }[] {
  return readLinks(s.text, s.heading, s.links ?? []).map((r) => ({
    role: r.role,
    contact: { kind: "url", value: r.link.href, text: r.link.text, purpose: r.purpose, segment: s.segment },
  }));
}

/** "You cannot opt out", "we do not offer an opt-out": the opt-out word denied. */
function negatedOptOut(text: string): boolean {
  const at = text.search(/opt(?:[- ]?out|ing out)|unsubscrib/i);
  return at >= 0 && negatedAt(text, at);
}

/** "unsubscribe from the mailing list", "unsubscribing": an opt-out of marketing e-mails. */
const UNSUBSCRIBE = cue(["unsubscrib"], /\bunsubscrib/i);

/** What the policy admits doing that a person would want a way out of (read by the sharing rules). */
export interface Admitted {
  /** It sells personal data, or shares it with third parties for advertising. */
  salesOrAds: boolean;
}

/**
 * The level by what a person can do about what the policy admits: a sale or sharing for ads with an
 * opt-out is a caution, without one a concern; with neither admitted, an opt-out is good and lesser
 * control (browser settings, consent, unsubscribing, data rights) a caution.
 */
export function optOutLevel(
  choices: readonly ChoiceType[],
  otherControl: boolean,
  admitted: Admitted,
): OptOutFinding["level"] {
  const wayOut = choices.includes("opt-out-link") || choices.includes("contact");
  if (admitted.salesOrAds) {
    if (wayOut || choices.includes("browser-controls")) return "caution";
    return choices.includes("opt-in") ? "caution" : "bad";
  }
  if (wayOut) return "good";
  return choices.length || otherControl ? "caution" : "unknown";
}

export function optOutFinding(
  segments: LabelledSegment[],
  sentences: Sentence[] = sentencesOf(segments),
  admitted: Admitted = { salesOrAds: false },
): OptOutFinding {
  const choices: ChoiceType[] = [];
  const hits: Hit[] = [];
  const contacts: Contact[] = [];
  const seen = new Set<string>();

  for (const seg of segments) {
    for (const l of seg.labels) {
      const choice = CHOICE_LABEL[l];
      if (choice) pushUnique(choices, choice);
    }
  }
  // OPP-115 counts a choice where the policy presents it as a user choice; an opt-out link buried in
  // a third-party paragraph is reported there. So when the segments are classified, a rule-found
  // choice counts for the policy only inside a choice/access section; unclassified input uses rules alone.
  const classified = segments.some((s) => s.categories.length > 0);
  let prev = "";
  let leadIn = "";
  let leadInOrder = -1;
  let listSegment = -1;
  /** The segment of the last sentence if it offered an opt-out (else -1). */
  let prevOptOut = -1;
  let heading = "";
  let headingLead = "";
  let headingLeadOrder = -1;
  let unsubscribe = false;
  let rights = false;
  for (const s of sentences) {
    if (matches(UNSUBSCRIBE, s)) {
      unsubscribe = true;
      hits.push({ sentence: s, score: 1 });
    }
    if (matches(RIGHTS, s)) {
      rights = true;
      hits.push({ sentence: s, score: 2 });
    }
    if (s.segment !== listSegment) listSegment = -1;
    // OPT_OUT is read once here for the choices, the list intro and the contacts.
    const optOutWord = matches(OPT_OUT, s);
    const inList = listSegment === s.segment;
    if (optOutWord && LIST_INTRO.test(s.text)) listSegment = s.segment;
    const choiceSection =
      s.categories.some((c) => CONTACT_SECTIONS.has(c)) || s.labels.some((l) => l in CHOICE_LABEL);
    // The choices this sentence counts for the policy (and may be quoted for).
    // (A strong choice counts when the sentence also describes it as choicesOf reads it; the strong
    // ones are few and cheap to rule out, so the full reading is done only for them.)
    const counted =
      !classified || choiceSection || s.categories.length === 0
        ? choicesIn(s, optOutWord, inList)
        : strongChoicesOf(s).filter(
            (c) =>
              describesChoice(c, s, optOutWord, inList) &&
              // A third party's opt-out page named in a paragraph about that third party is, in
              // OPP-115, part of the sharing practice rather than a choice the policy offers.
              !(c === "opt-out-link" && s.categories.includes("Third Party Sharing/Collection")),
          );
    // An opt-out offered in one sentence and its address given in the next.
    const pointsBack =
      prevOptOut === s.segment &&
      !counted.includes("opt-out-link") &&
      !s.categories.includes("Third Party Sharing/Collection") &&
      matches(POINTS_TO_LINK, s);
    if (pointsBack) counted.push("opt-out-link");
    prevOptOut = optOutWord && !NO_CHOICE.test(s.text) && !negatedOptOut(s.text) ? s.segment : -1;
    for (const c of counted) pushUnique(choices, c);
    // A segment the classifier gave no category at all is read by the rules alone.
    const section: Section =
      !classified || s.categories.length === 0
        ? "unclassified"
        : choiceSection
          ? "choice"
          : s.categories.includes("Other") || /contact|question|rights/i.test(s.heading)
            ? "other"
            : "none";
    // A bare address line takes its purpose from the sentence before it ("questions? contact us below");
    // contact details after a lead-in ending "… contact us at:" (in this or the previous segment)
    // continue it, and take its purpose.
    if (leadIn && s.order - leadInOrder > 1) leadIn = "";
    const extracted = withLinkContacts(extractAll(s.text, s.lower), s);
    const continues = leadIn && extracted.length > 0 ? leadIn : "";
    const own = keptContacts(extracted, s, section, prev, continues, optOutWord);
    // Contact details set as a heading ("E-mail: privacy@…", "Tel: …") are read once, before its text.
    if (s.heading !== heading) {
      heading = s.heading;
      // (A heading after a line that continued a lead-in continues it too: "… contact the regulator at:".)
      const headingLeadIn = leadIn || (headingLead && s.order - headingLeadOrder <= 2 ? headingLead : "");
      own.unshift(...headingContacts(s, section, prev, headingLeadIn));
    }
    if (continues || !leadIn) {
      headingLead = continues;
      headingLeadOrder = leadInOrder;
    }
    // The policy's own links: places to opt out or change a setting, and links to reach the company.
    const linked = s.links && !NO_CHOICE.test(s.text) && !OFF_TOPIC.test(s.text) ? linkContacts(s) : [];
    // As for an opt-out page named in the text: a third party's opt-out linked from a paragraph about
    // that third party is part of the sharing practice (OPP-115), not a choice this policy offers, and
    // a link in a section about neither choices nor contacts is listed only if it is a place to opt out.
    // (A sentence that offers the person a place of their own — "turn off ads in your Ad settings" —
    // is a choice whatever its paragraph is about.)
    const aboutThirdParty =
      section === "none" && s.categories.includes("Third Party Sharing/Collection") && !placeOffered(s);
    const offered = aboutThirdParty ? [] : linked.filter((c) => c.role === "opt-out" || section !== "none");
    if (offered.some((c) => c.role === "opt-out")) {
      pushUnique(choices, "opt-out-link");
      if (!counted.includes("opt-out-link")) counted.push("opt-out-link");
    }
    for (const c of offered) own.push(c.contact);
    prev = s.text;
    if (isContactLeadIn(s.text)) {
      leadIn = s.text;
      leadInOrder = s.order;
    } else if (!continues) leadIn = "";
    for (const c of own) {
      const key = contactKey(c);
      if (seen.has(key)) continue;
      seen.add(key);
      contacts.push(c);
    }
    const score =
      counted.length * 2 +
      (own.length ? 2 : 0) +
      (counted.includes("opt-out-link") || counted.includes("contact") ? 1 : 0);
    if (score > 0) hits.push({ sentence: s, score });
  }

  const order: ChoiceType[] = ["opt-out-link", "contact", "browser-controls", "opt-in"];
  const sorted = order.filter((c) => choices.includes(c));
  // Unsubscribing from e-mails or asking for your data is some control, if not a general opt-out.
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
  for (const c of contacts) byPurpose.set(c.purpose, (byPurpose.get(c.purpose) ?? 0) + 1);
  for (const [purpose, n] of byPurpose) {
    facts.push(`${purpose[0]?.toUpperCase() ?? ""}${purpose.slice(1)}: ${n} contact${n > 1 ? "s" : ""}`);
  }
  if (level === "unknown" || level === "bad") facts.push("No way to opt out is described");

  return { level, choices: sorted, contacts: rankByUse(contacts), facts, evidence: pickEvidence(hits) };
}
