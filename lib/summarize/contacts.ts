// Extractors for the ways a policy tells users to reach the company: e-mail addresses (also
// obfuscated ones), URLs, phone numbers, postal addresses and web forms. Values are cleaned so the
// popup can make them clickable safely (mailto:, tel:, https:/http: only — never javascript:).
import type { Contact, ContactKind } from "../types";
import { allMatches } from "./all-matches";

export interface FoundContact {
  kind: ContactKind;
  value: string;
  /** Offset of the match in the text (used to find the sentence and its purpose). */
  index: number;
  /** Length of the raw match in the text. */
  length: number;
  /** For a web address: the words the policy shows for it (the address as written, or a link's words). */
  text?: string;
}

// ---------------------------------------------------------------------------------------------
// E-mail addresses

// Every repeat is bounded (by the lengths e-mail addresses allow): with open-ended ones, a long run of
// "a.a.a." in hostile text makes the scan quadratic.
const EMAIL_RE = /\b[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,24}\b/gi;
// "name [at] domain [dot] com", "name(at)domain.com", "name at domain dot com".
const AT = String.raw`\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|<\s*at\s*>)\s*|\s+(?:at|AT)\s+`;
const DOT = String.raw`\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\{\s*dot\s*\}|<\s*dot\s*>)\s*|\s+(?:dot|DOT)\s+|\.`;
const OBFUSCATED_RE = new RegExp(
  String.raw`\b([a-z0-9][a-z0-9._%+-]{0,63})(?:${AT})([a-z0-9-]{1,63}(?:(?:${DOT})[a-z0-9-]{1,63}){1,8})`,
  "gi",
);
const TLD_RE = /^(?:com|org|net|edu|gov|info|biz|io|co|us|uk|de|fr|eu|ca|au|mt|ie|nl|es|it|ch|jp|in|me|tv)$/i;

/**
 * What an obfuscated address that is kept always has: a bracketed "at", or a spelled or bracketed
 * "dot". A cheap test that rules most sentences out before OBFUSCATED_RE's scan from every word.
 */
const OBFUSCATED_HINT = /[[({<]\s*at\s*[\])}>]|\sdot\s|[[({<]\s*dot/i;

export function extractEmails(text: string): FoundContact[] {
  const out: FoundContact[] = [];
  if (!text.includes("@") && !OBFUSCATED_HINT.test(text)) return out;
  for (const m of allMatches(EMAIL_RE, text)) {
    out.push({
      kind: "email",
      value: m[0].toLowerCase().replace(/\.+$/, ""),
      index: m.index,
      length: m[0].length,
    });
  }
  for (const m of allMatches(OBFUSCATED_RE, text)) {
    const raw = m[0];
    // A plain "a.b@c" is already found above; here only bracketed or spelled-out forms.
    if (raw.includes("@")) continue;
    const spelledAt = !/[[({<]\s*at\s*[\])}>]/i.test(raw);
    const domainParts = (m[2] ?? "").split(new RegExp(DOT, "i")).map((p) => p.trim());
    const tld = domainParts[domainParts.length - 1] ?? "";
    // Spelled-out " at " is ordinary English ("contact us at our office"): demand a " dot " and a real TLD.
    if (spelledAt && (!/\s(?:dot|DOT)\s|[[({<]\s*dot/i.test(raw) || !TLD_RE.test(tld))) continue;
    if (!TLD_RE.test(tld) && !/\./.test(m[2] ?? "")) continue;
    out.push({
      kind: "email",
      value: `${(m[1] ?? "").toLowerCase()}@${domainParts.join(".").toLowerCase()}`,
      index: m.index,
      length: raw.length,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// URLs

// A scheme URL, a "www." host, or a bare host followed by a path ("aboutads.info/choices").
const URL_RE =
  /\b(?:https?:\/\/[^\s<>"'`\])}]{1,2000}|www\.[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}(?:[/?#][^\s<>"'`\])}]{0,2000})?|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.(?:com|org|net|info|edu|gov|us|io|co\.uk|eu)\/[^\s<>"'`\])}]{0,2000})/gi;

/** A safe, absolute http(s) URL, or null (javascript:, data:, malformed). */
export function cleanUrl(raw: string): string | null {
  let s = raw.trim().replace(/[.,;:!?'"\u2019\u201d]+$/, "");
  if (/^(?:javascript|data|vbscript|file):/i.test(s)) return null;
  if (!/^https?:\/\//i.test(s)) s = `https://${s}`;
  try {
    const url = new URL(s);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    if (!/\.[a-z]{2,}$/i.test(url.hostname)) return null;
    return s;
  } catch {
    return null;
  }
}

export function extractUrls(text: string): FoundContact[] {
  const out: FoundContact[] = [];
  // Every URL_RE match has a "/" (scheme or path) or starts with "www.": most sentences have neither.
  if (!text.includes("/") && !/www\./i.test(text)) return out;
  for (const m of allMatches(URL_RE, text)) {
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    if (before === "@") continue; // the domain part of an e-mail address
    // A bare host with a path right after an e-mail's "@" never happens; a "name@host.com/x" is rare.
    const value = cleanUrl(m[0]);
    // Cloudflare's stand-in for a hidden e-mail address is no page to visit.
    if (value?.includes("/cdn-cgi/l/email-protection")) continue;
    const written = m[0].replace(/[.,;:!?'"\u2019\u201d]+$/, "");
    if (value) out.push({ kind: "url", value, index: m.index, length: m[0].length, text: written });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

// Optional +country code, optional (area) code, then 2–4 digit groups; optional extension.
const PHONE_RE =
  /(?<![\w$€£.,/-])(?:\+\s?\d{1,3}[\s.-]?|\d{1,3}\s?(?=\(\s?\d))?(?:\(\s?\d{1,4}\s?\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{2,4}){1,4}(?:\s*(?:ext\.?|extension|x)\s*\d{1,6})?(?![\w%]|[.,/-]\d)/gi;
const PHONE_CUE =
  /\b(?:call|phone|telephone|tel|toll[- ]free|mobile|hotline|dial|number|contact|reach)\b|\btel\s*[:.]/i;
const FAX_CUE = /\bfax\b|\bfacsimile\b/i;

function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

// A North American vanity number: optional 1, a 3-digit area code, then 7–10 letters/digits in up to
// two groups ("1-800-ALLSTATE", "(888) 555-HELP"); letters beyond the seventh are not dialled.
const VANITY = String.raw`(?:1[\s.-]?)?(?:\(\s?[2-9]\d\d\s?\)|[2-9]\d\d)[\s.-]?(?:[A-Z0-9]{3}[\s.-][A-Z0-9]{4,7}|[A-Z0-9]{7,10})`;
const VANITY_RE = new RegExp(String.raw`(?<![\w$€£.,/-])${VANITY}(?![\w-])`, "g");
const WHOLE_VANITY = new RegExp(`^${VANITY}$`);

/** Is the whole value a vanity number of the shape the extractor finds ("1-800-FLOWERS")? */
export function isVanityNumber(value: string): boolean {
  return WHOLE_VANITY.test(value);
}
const KEYPAD: Record<string, string> = {};
for (const [digit, letters] of Object.entries({
  2: "ABC",
  3: "DEF",
  4: "GHI",
  5: "JKL",
  6: "MNO",
  7: "PQRS",
  8: "TUV",
  9: "WXYZ",
}))
  for (const l of letters) KEYPAD[l] = digit;

/**
 * The digits a phone value dials: keypad letters mapped ("1-800-FLOWERS" → 18003569377), and a
 * NANP vanity number cut to its 10 digits (plus the leading 1) since the extra letters are not dialled.
 */
export function dialDigits(phone: string): string {
  const hasLetters = /[A-Za-z]/.test(phone);
  const digits = phone
    .toUpperCase()
    .replace(/[A-Z]/g, (l) => KEYPAD[l] ?? "")
    .replace(/\D/g, "");
  if (!hasLetters) return digits;
  return digits.startsWith("1") ? digits.slice(0, 11) : digits.slice(0, 10);
}

/** Does this number-like match look like a phone number rather than a date, a price or a year? */
function isPhoneLike(raw: string, text: string, index: number): boolean {
  const main = raw.replace(/\s*(?:ext\.?|extension|x)\s*\d+$/i, "");
  const digits = digitsOf(main);
  if (digits.length < 7 || digits.length > 15) return false;
  // Dates: 2015-06-01, 06.01.2015, 6/1/2015, "2015 2016".
  if (/^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/.test(main) || /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/.test(main))
    return false;
  if (/^(?:19|20)\d\d(?:[\s.-]+(?:19|20)\d\d)+$/.test(main)) return false;
  // Price or quantity right before: "$1 000 000", "USD 100 000".
  if (/(?:[$€£]|usd|eur|gbp)\s*$/i.test(text.slice(Math.max(0, index - 5), index))) return false;
  const hasPlus = main.startsWith("+");
  const hasParens = /\(\s?\d{1,4}\s?\)/.test(main);
  const nanp = /^(?:1[\s.-])?\d{3}[\s.-]\d{3}[\s.-]\d{4}$/.test(main);
  const context = text.slice(Math.max(0, index - 80), index);
  if (hasPlus || nanp) return true;
  // Looser shapes ("0 (808) 189-1280", "020 7946 0958") only next to a phone word.
  return (
    (hasParens || /[\s.-]/.test(main)) && PHONE_CUE.test(context + text.slice(index, index + raw.length + 40))
  );
}

export function extractPhones(text: string): FoundContact[] {
  const out: FoundContact[] = [];
  // Phone numbers, vanity ones too, have digits (at least an area code).
  if (!/\d/.test(text)) return out;
  for (const m of allMatches(PHONE_RE, text)) {
    const raw = m[0].trim();
    if (!isPhoneLike(raw, text, m.index)) continue;
    // Fax numbers cannot be called: leave them out of the clickable contacts.
    if (FAX_CUE.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
    out.push({ kind: "phone", value: raw.replace(/\s+/g, " "), index: m.index, length: m[0].length });
  }
  // Vanity numbers ("1-800-FLOWERS") only right after a phone word; the value stays as written.
  for (const m of allMatches(VANITY_RE, text)) {
    const raw = m[0];
    const letters = raw.replace(/[^A-Za-z]/g, "").length;
    if (letters < 3 || !PHONE_CUE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (out.some((p) => m.index < p.index + p.length && p.index < m.index + raw.length)) continue;
    out.push({ kind: "phone", value: raw, index: m.index, length: raw.length });
  }
  // A number repeated without its country code (a link target, a footnote) is the same number.
  return out.filter(
    (p) =>
      !out.some(
        (q) =>
          q !== p &&
          dialDigits(q.value).length > dialDigits(p.value).length &&
          dialDigits(q.value).endsWith(dialDigits(p.value)),
      ),
  );
}

// ---------------------------------------------------------------------------------------------
// Postal addresses

const STREET = String.raw`(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Place|Pl\.?|Court|Ct\.?|Parkway|Pkwy\.?|Plaza|Square|Sq\.?|Highway|Hwy\.?|Terrace|Circle|Row|Broadway|Center|Centre)`;
const COUNTRY = String.raw`(?:USA|U\.S\.A\.|United States(?: of America)?|United Kingdom|UK|U\.K\.|Canada|Ireland|Malta|Germany|France|Netherlands|Australia|Israel|Japan|India|Singapore|Luxembourg|Switzerland|Spain|Italy)`;
// A US ZIP ("PA 15222", "CA 94043-1351"), a UK postcode ("SW19 2RR"), or a country name ends it.
const POSTAL_END = String.raw`(?:\b[A-Z]{2}\.?,?\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b${COUNTRY}\b)`;
// A postcode written after the country ("Michigan USA 48090-1027", "United Kingdom, EC1M 5NR"): a US
// ZIP, a UK postcode or an Irish Eircode.
const TRAILING_POSTCODE = String.raw`(?:,?\s+(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d{2}\s?[A-Z\d]{4})\b)?`;
// Between the street and the end, a period only inside an abbreviation or an initial ("St.", "N.",
// "P.O.") or before more letters ("U.S.A"): after any other word it ends the sentence, and the
// address with it, so an address is never glued to the next sentence.
const ADDRESS_ABBREVIATION = String.raw`(?<=\b(?:St|Ave|Rd|Dr|Ln|Pl|Ct|Sq|Blvd|Pkwy|Hwy|Ste|Fl|Apt|Bldg|No|Inc|Ltd|Co|Corp|Mt|Ft|[A-Z]))\.`;
const WITHIN_ADDRESS = String.raw`(?:[^;:!?@.]|${ADDRESS_ABBREVIATION}|\.(?=\S))`;
// A house number before the street ("100 Main Street") or after its name ("Harbour 5 St", as
// written in Israel and much of Europe).
const STREET_START = String.raw`(?:\b\p{Lu}[\p{L}'’-]+\s+\d{1,6}[A-Za-z]?\s+(?:St|Str|Rd|Ave)\.?|\b\d{1,6}[A-Za-z]?\s+(?:[A-Z0-9][\w'’.-]*\s+){0,5}${STREET})(?=[\s,.])`;
const POSTAL_RE = new RegExp(
  String.raw`(?:\bP\.?\s?O\.?\s*Box\s+\d+|${STREET_START})${WITHIN_ADDRESS}{0,120}?${POSTAL_END}(?:,?\s+${COUNTRY}\b)?${TRAILING_POSTCODE}`,
  "gu",
);

export function extractPostal(text: string): FoundContact[] {
  const out: FoundContact[] = [];
  // Both forms start with a number (a box or a house number).
  if (!/\d/.test(text)) return out;
  for (const m of allMatches(POSTAL_RE, text)) {
    const value = m[0]
      .replace(/\s+/g, " ")
      .replace(/[\s,]+$/, "")
      .trim();
    out.push({ kind: "postal", value, index: m.index, length: m[0].length });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Web forms

const FORM_RE =
  /\b(?:fill(?:ing)? (?:out|in) (?:our|the|this|a|an) (?:[\w-]+ ){0,3}form|(?:online|web|contact|request|privacy|webform|opt[- ]out|feedback|support|inquiry|unsubscribe) (?:request )?form|contact us (?:page|form)|webform)\b/gi;

/**
 * Every FORM_RE match ends in "form" or "contact us page" before a word boundary. This one-literal test
 * rules most texts out fast (FORM_RE's leading alternation is tried at every position: bench profile).
 */
const FORM_HINT = /form\b|contact us page\b/i;

export function extractForms(text: string): FoundContact[] {
  const out: FoundContact[] = [];
  if (!FORM_HINT.test(text)) return out;
  for (const m of allMatches(FORM_RE, text)) {
    const phrase = m[0].replace(/^fill(?:ing)? (?:out|in) (?:our|the|this|a|an) /i, "").toLowerCase();
    out.push({ kind: "form", value: phrase, index: m.index, length: m[0].length });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Purpose

const PURPOSES: Array<[RegExp, string]> = [
  [/google analytics|gaoptout|analytics/i, "opt out of analytics"],
  [
    /interest[- ]based|targeted ad|behaviou?ral ad|aboutads|networkadvertising|youradchoices|ad choices|advertising cookies|opt[- ]?out of (?:[\w-]+ ){0,3}advertis/i,
    "opt out of interest-based advertising",
  ],
  [
    /\bnot (?:to )?(?:share|allow|disclose|let|permit)\b[^.]{0,80}\b(?:affiliates?|third[- ]part\w*|partners|companies)|\b(?:limit|restrict|stop|opt[- ]?out of|object to) (?:[\w-]+ ){0,3}(?:shar|disclos)|\b(?:affiliates?|affiliated companies|sister companies|third[- ]parties|partners)\b[^.]{0,20}\bnot (?:to )?(?:use|share|receive|market)\b|\baffiliate sharing\b|\b(?:do not|don[’']t) share\b/i,
    "opt out of sharing",
  ],
  [/do[- ]not[- ]call|telemarketing|telephone solicitation/i, "opt out of telemarketing calls"],
  [
    /unsubscribe|newsletter|promotional|marketing|mailing list|e-?mail communications|stop receiving/i,
    "opt out of marketing e-mails",
  ],
  [/do not sell|don[’']t sell|sale of (?:my|your) /i, "opt out of the sale of your data"],
  [
    /\b(?:access|correct|update|delete|deletion|erase|rectif|review|edit|amend|remove) /i,
    "access or delete your data",
  ],
  [/opt[- ]?out|choices|preferences/i, "opt out"],
  [/question|concern|comment|complaint|contact|inquir|privacy/i, "privacy questions"],
];

/** What a contact is for, read from the sentence around it, then its segment's heading. */
export function purposeOf(sentence: string, heading = "", before = ""): string {
  for (const text of [sentence, heading, before]) {
    for (const [re, purpose] of PURPOSES) if (re.test(text)) return purpose;
  }
  return "contact";
}

const DIGIT_AT_OR_SLASH = /[@/\d]/;
const BRACKETED_AT = /[[({<]\s*at\s*[\])}>]/i;

/**
 * What any extractor above needs before it looks further (an "@" or OBFUSCATED_HINT, a "/" or "www.",
 * a digit, FORM_HINT): one check rules out the many sentences with no contact, instead of one per kind.
 * `lower` is `text` lower-cased: plain substring tests on it go first (one expression with /i and
 * all these branches, tried at every position of every sentence, was a visible cost), and each
 * remaining expression runs only where its word is present.
 */
function mayHoldContact(text: string, lower: string): boolean {
  return (
    DIGIT_AT_OR_SLASH.test(text) ||
    lower.includes("www.") ||
    lower.includes("dot") ||
    ((lower.includes("form") || lower.includes("contact us page")) && FORM_HINT.test(text)) ||
    (lower.includes("at") && BRACKETED_AT.test(text))
  );
}

/**
 * Every contact-like value in a text, in order, without overlaps (e-mails beat URLs beat phones).
 * `lower` is `text.toLowerCase()`, passed by callers that already have it.
 */
export function extractAll(text: string, lower = text.toLowerCase()): FoundContact[] {
  const found: FoundContact[] = [];
  if (!mayHoldContact(text, lower)) return found;
  const overlaps = (c: FoundContact): boolean =>
    found.some((f) => c.index < f.index + f.length && f.index < c.index + c.length);
  for (const list of [
    extractEmails(text),
    extractUrls(text),
    extractPhones(text),
    extractPostal(text),
    extractForms(text),
  ]) {
    for (const c of list) if (!overlaps(c)) found.push(c);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Canonical key for de-duplication and evaluation: lower case, no scheme, no "www.", no trailing "/". */
export function contactKey(c: Pick<Contact, "kind" | "value">): string {
  let v = c.value.trim().toLowerCase();
  if (c.kind === "url")
    v = v
      .replace(/^https?:\/\//, "")
      .replace(/^www\./, "")
      .replace(/\/+$/, "");
  if (c.kind === "phone") v = dialDigits(v);
  // "P.O. Box 12, Town" and "P.O.Box 12 Town" are one address.
  if (c.kind === "postal")
    v = v
      .replace(/[.,]/g, " ")
      .replace(/\bp\s*o\s*box\b/g, "po box")
      .replace(/\s+/g, " ")
      .trim();
  return `${c.kind}:${v}`;
}

// ---------------------------------------------------------------------------------------------
// Order

/** Purposes that are something to do: opting out, changing a setting, exercising a right. */
const ACTION_PURPOSE = /^(?:opt out|manage|access or delete|your account)/;

/**
 * Contacts ranked by use: ways to opt out or exercise a right first, privacy questions next, postal
 * addresses last (a letter is the slowest way to ask); the text's order within each rank.
 */
export function rankByUse<T extends Pick<Contact, "kind" | "purpose">>(contacts: readonly T[]): T[] {
  const rank = (c: T): number => (c.kind === "postal" ? 2 : ACTION_PURPOSE.test(c.purpose) ? 0 : 1);
  return contacts
    .map((c, i) => ({ c, i, r: rank(c) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.c);
}
