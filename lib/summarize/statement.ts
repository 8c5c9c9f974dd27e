// Reading one statement: is a word of it denied ("we do not sell your data"), carved out ("we do not
// share it except with our service providers"), conditional on consent ("only with your consent"), or
// not a statement of practice at all ("you may ask whether we sell it")? The rule files find their
// words; this file says how the sentence treats each of them, the same way for every finding.
//
// Negation is read by scope, as in the sentiment-analysis practice of marking the words between a
// negation cue and the end of its clause: a cue denies what follows it up to a clause break ("; but
// …", ", we …", "except …"), within a bounded number of words.

/** Phrases that look negative but deny nothing ("including but not limited to", "not only … but"). */
const FALSE_NEGATIONS =
  /\bdo[- ]not[- ]track\b(?=["”’)]*\s*(?:\(|["“]|DNT|signals?|settings?|headers?|preferences?|requests?|features?|mechanisms?|options?|standards?|technolog|browser|[.,;:]|$))|\bnot (?:limited to|only|just|merely|exclusively|necessarily)\b|\bwhether or not\b|\bif not\b|\bno matter\b|\bno later than\b|\bno more than\b|\bno less than\b|\bnot less than\b|\bnot more than\b|\bno charge\b|\bno cost\b|\bno additional\b/giu;

/**
 * Negation cues. Each match denies what follows it in its clause. "would sooner … than" and
 * "rather than" deny what follows "than"; "refrain from", "decline to", "prohibit" deny their verb.
 */
const NEGATION_CUE = new RegExp(
  [
    String.raw`\b(?:not|never|no|none|nothing|neither|nor|cannot|nobody)\b`,
    String.raw`n[’']t\b`,
    String.raw`\bdo[’']?t\b`,
    String.raw`\brefrain(?:s|ed|ing)?\s+from\b`,
    String.raw`\bdeclin(?:e|es|ed|ing)\s+to\b`,
    String.raw`\bavoid(?:s|ed|ing)?\b`,
    String.raw`\b(?:prohibit|forbid|bar|preclude)(?:s|ed|den|ing)?\b`,
    String.raw`\brestrict(?:s|ed|ing)?\s+from\b`,
    String.raw`\bfree (?:of|from)\b`,
    String.raw`\b(?:would|will|'d|’d)\s+(?:\w+\s+)?(?:sooner|rather)\b[^.;:!?]{0,120}?\bthan\b`,
    String.raw`\brather than\b`,
    String.raw`\binstead of\b`,
    String.raw`\bunder no circumstances?\b`,
    String.raw`\bin no (?:event|case)\b`,
    String.raw`\bat no time\b`,
  ].join("|"),
  "giu",
);

/**
 * Where a cue's scope ends: strong punctuation, a contrast or carve-out word, or a comma (or "and")
 * that starts a new clause with its own subject ("If you do not opt out, we will share …").
 */
const SCOPE_END =
  /;|(?<!\b(?:never|not|no|ex|e\.g|i\.e|example|including|such as)\.?\s*):|[!?[\]]|(?<!\b(?:e\.g|i\.e|ex|cf))\.(?=\s|$)|(?<!\b(?:never|not|no)\s*:?\s*)\s[–—-]\s|\b(?:but|however|except|excepting|unless|although|though|whereas|while(?!\s+\w+ing\b)|other than|apart from|aside from|save for|beyond|until)\b|,\s*(?=(?:and |so |then |therefore |in which case )?(?:we|our|us|they|you|your|it|this|these|those|such|the company)\b)|\b(?:and|or)\s+(?=(?:we|they|you)\s)/giu;

/** A cue denies a word at most this many words after it. */
const SCOPE_WORDS = 14;

/**
 * What the readers need of a sentence, worked out once: a sentence is asked about many words (every
 * sharing verb, every signal verb) by every rule file in turn, so the sentences read lately are
 * remembered (a bounded cache, emptied when full).
 */
interface Scanned {
  text: string;
  /** Whether the sentence holds anything a negation cue could start with (most do not). */
  mayNegate: boolean;
  /** Where each clause starts: just after each scope end; on first use. */
  starts?: number[];
  /** The negation cues of the whole sentence, on first use (see cuesBetween). */
  cues?: NegationCue[];
}

/** A negation cue found in a sentence: where it starts and ends, its words, and whether it denies. */
interface NegationCue {
  start: number;
  end: number;
  word: string;
  /** Part of a phrase that denies nothing ("not limited to"), worked out on first use. */
  falseNegation?: boolean;
}
const scanned = new Map<string, Scanned>();
/** Sentences remembered at most: more than a long policy holds. */
const SCANNED_MAX = 4096;

/** Cheap test for the words every negation cue starts with. */
const NEGATION_HINT =
  /\bno|\bnever|\bneither|\bnor\b|\bnothing|\bnone|\bcannot|n[’']t\b|\bdo[’']?t\b|refrain|declin|avoid|prohibit|forbid|restrict|\bbar|preclud|\bfree (?:of|from)|sooner|rather|instead/i;

/** Whether the sentence holds any word a negation could start with (a cheap test, read once). */
export function mayBeNegated(text: string): boolean {
  return scan(text).mayNegate;
}

function scan(text: string): Scanned {
  let found = scanned.get(text);
  if (!found) {
    if (scanned.size >= SCANNED_MAX) scanned.clear();
    found = { text, mayNegate: NEGATION_HINT.test(text) };
    scanned.set(text, found);
  }
  return found;
}

/** The start of the clause holding `index`: just after the last scope end before it. */
function clauseStart(text: string, index: number): number {
  const read = scan(text);
  if (!read.starts) {
    const starts = [0];
    // An aside in parentheses ("(except our service providers)") does not end the clause around it.
    let depth = 0;
    let at = 0;
    SCOPE_END.lastIndex = 0;
    for (let m = SCOPE_END.exec(text); m !== null; m = SCOPE_END.exec(text)) {
      for (; at < m.index; at++) {
        const c = text.charCodeAt(at);
        if (c === 40) depth++;
        else if (c === 41 && depth > 0) depth--;
      }
      if (depth === 0) starts.push(m.index + m[0].length);
      if (m[0].length === 0) SCOPE_END.lastIndex++;
    }
    read.starts = starts;
  }
  let start = 0;
  for (const s of read.starts) {
    if (s > index) break;
    start = s;
  }
  return start;
}

/** Every negation cue in `text`, in order. */
function cuesOf(text: string, offset = 0): NegationCue[] {
  const cues: NegationCue[] = [];
  NEGATION_CUE.lastIndex = 0;
  for (let m = NEGATION_CUE.exec(text); m !== null; m = NEGATION_CUE.exec(text))
    cues.push({ start: offset + m.index, end: offset + m.index + m[0].length, word: m[0] });
  return cues;
}

/**
 * The negation cues wholly inside text[from, to): those of the whole sentence (found once), unless
 * one of them runs across `from` or `to`; then the span itself is searched, as it was read alone.
 */
function cuesBetween(text: string, from: number, to: number): NegationCue[] {
  const read = scan(text);
  read.cues ??= cuesOf(text);
  const inside: NegationCue[] = [];
  for (const c of read.cues) {
    if (c.end <= from) continue;
    if (c.start >= to) break;
    if (c.start < from || c.end > to) return cuesOf(text.slice(from, to), from);
    inside.push(c);
  }
  return inside;
}

/** True when the word at `index` of `text` lies in the scope of a negation cue. */
export function negatedAt(text: string, index: number): boolean {
  if (!scan(text).mayNegate) return false;
  const from = clauseStart(text, index);
  let cue: NegationCue | null = null;
  for (const c of cuesBetween(text, from, index)) {
    // "including but not limited to", "whether or not": a negative word that denies nothing.
    c.falseNegation ??= falseNegationAt(text, c.start);
    if (c.falseNegation) continue;
    // A cue inside an aside that closed before the word denies nothing outside it.
    if (/^[^(]*\)/u.test(text.slice(c.end, index))) continue;
    cue = c;
  }
  if (!cue) return false;
  // A negative subject denies its clause's verb however long the subject is: "None of the
  // information you give us while using the site will ever be shared".
  if (SUBJECT_NEGATION.test(cue.word) && CLAUSE_OPENING.test(text.slice(from, cue.start))) return true;
  // An aside between the cue and the word is not counted in the scope.
  const between = text
    .slice(cue.end, index)
    .replace(/\([^()]*\)/gu, " ")
    .trim();
  const words = between ? between.split(/\s+/u).length : 0;
  return words <= SCOPE_WORDS;
}

/** Negative words that can be a clause's subject (or its determiner): "none of …", "no data …". */
const SUBJECT_NEGATION = /^(?:none|nothing|nobody|no|neither)$/iu;
/** What may come before a clause's subject: nothing, or a linking word ("and", "however,"). */
const CLAUSE_OPENING =
  /^[\s,;:"“(*-]*(?:(?:and|but|so|also|however|moreover|furthermore|in addition|in any case|rest assured)[\s,:]+)*$/iu;

/** Is the negative word at `index` part of a phrase that denies nothing? */
function falseNegationAt(text: string, index: number): boolean {
  const window = text.slice(Math.max(0, index - 12), index + 30);
  FALSE_NEGATIONS.lastIndex = 0;
  for (let m = FALSE_NEGATIONS.exec(window); m !== null; m = FALSE_NEGATIONS.exec(window)) {
    const start = Math.max(0, index - 12) + m.index;
    if (start <= index && index < start + m[0].length) return true;
  }
  // "Do Not Track" written as a name (capitalised) is no negation.
  if (
    /^Not[- ]Track\b/u.test(text.slice(index, index + 9)) &&
    /\bDo[- ]$/u.test(text.slice(Math.max(0, index - 3), index))
  )
    return true;
  // The name of the CCPA link ("Do Not Sell or Share My Personal Information"), written as a title.
  const title =
    /^\s*Not (?:Sell|Share)\b/u.test(text.slice(index - 1 < 0 ? 0 : index, index + 12)) &&
    /\bDo\s*$/u.test(text.slice(Math.max(0, index - 4), index));
  return title;
}

/**
 * A lead-in that denies the list after it: "We do not, under any circumstances, engage in:", "We
 * never:". Each item of that list ("Selling personal information") is then a denial too.
 */
const LEAD_IN_END =
  /(?:\b(?:never|not|no)|n[’']t|\b(?:engage|participate|be involved|get involved|take part)(?: in)?|\b(?:do|does|will|shall)|\b(?:the following|any of (?:these|the following))(?: [\p{L}-]+){0,2}|\b(?:ever|any time|circumstances))\s*:$/iu;

export function deniesWhatFollows(lead: string): boolean {
  const text = lead.replace(/[\s*_]+$/u, "");
  // A lead-in ends where its list starts: on the negation itself or a word that points ahead
  // ("We never:", "… engage in:", "… the following:"), not after a whole denial with an object.
  if (!LEAD_IN_END.test(text)) return false;
  const end = text.length - 1;
  return negatedAt(text, end) && !notAPracticeAt(text, end);
}

/** A carve-out after the word at `index`: "… except with our service providers", "… unless you agree". */
const CARVE_OUT =
  /\b(?:except|excepting|unless|other than|apart from|aside from|save for|beyond|outside of|but (?:only|may|we|will|can)|only (?:to|with|when|if|where|as|for|in)|without (?:your|the user'?s?|their|prior|express|explicit)|however)\b/iu;

export function carvedOutAfter(text: string, index: number): boolean {
  return CARVE_OUT.test(text.slice(index));
}

/** Consent as the condition of a practice: "only with your consent", "unless you opt in". */
const CONSENT_CONDITION =
  /\b(?:upon|after|given|subject to|based on|on the basis of|rely on|relies on|relying on|require[sd]?|ask(?:s|ed|ing)? for|obtain(?:s|ed|ing)?|seek(?:s|ing)?|have|has|had|need|without)\s+(?:(?:your|the user'?s?|the|their|his or her|a user'?s?|prior|express|explicit|separate|specific|affirmative|opt-in|written)\s+){1,3}(?:consent|permission|authori[sz]ation|opt-in)\b|\bonly\s+(?:[\w-]+\s+){0,6}?with\s+(?:(?:your|the user'?s?|their|prior|express|explicit|separate|specific|affirmative|written)\s+){1,3}(?:consent|permission|authori[sz]ation)\b|\bwith\s+(?:your\s+)?(?:prior|express|explicit|separate|specific|affirmative|opt-in|written)\s+(?:consent|permission|authori[sz]ation)\b|\b(?:unless|until|only if|only when|only after|only where|only once)\s+(?:you|the user|users)\s+(?:have\s+|has\s+|first\s+|explicitly\s+|expressly\s+|specifically\s+)*(?:consent(?:ed)?|agree[sd]? to|opt(?:ed)?[- ]?in|opted[- ]in|cho(?:o)?se|chose|elect(?:ed)?|authori[sz]e[sd]?|give us (?:your )?(?:(?:specific|express|explicit|prior|separate|written) )?(?:consent|permission)|have given (?:us )?(?:your )?(?:(?:specific|express|explicit|prior|separate|written) )?(?:consent|permission)|provide(?:d)? (?:your )?consent)\b|\b(?:if|when|where)\s+you\s+(?:have\s+)?(?:consent(?:ed)?|opt(?:ed)?[- ]?in|given (?:us )?(?:your )?consent)\b|\b(?:where|if|when|to the extent)\s+(?:we have|you have|you've)\s+(?:obtained|given|provided|received)?\s*(?:your\s+|us\s+(?:your\s+)?)?(?:(?:parental|prior|express|explicit|specific|separate|written)\s+)?consent\b|\b(?:rely|relies|relying|based|depends?|depending) (?:up)?on (?:your |user |the user'?s? )?consent\b|\bby giving (?:us )?(?:your )?consent\b|\b(?:revoke|withdraw) (?:your |that |such |this |any )?consent\b|\bconsent (?:is|as) (?:the|our) (?:legal )?basis\b|\blegal basis[^.;]{0,40}\bconsent\b|\bwithdraw (?:your |that |such |this )?consent\b|\bopt(?:s|ed|ing)?[- ]in\b|\bwe (?:will|would|shall) (?:first )?ask (?:for )?your (?:consent|permission)\b/iu;

const CONSENT_WORD =
  /consent|permission|authori[sz]ation|opt(?:s|ed|ing)?[- ]in\b|\b(?:unless|until|only (?:if|when|after|where|once)) (?:you|the user|users)\b/i;

/** True when the sentence makes some practice depend on the person's consent (opt-in). */
export function consentCondition(text: string): boolean {
  // Every branch holds a consent word or one of the condition words: most sentences have none.
  if (!CONSENT_WORD.test(text)) return false;
  const m = CONSENT_CONDITION.exec(text);
  if (!m) return false;
  // "Without your consent" is a condition only when the practice is denied ("we will not … without
  // your consent"); "we may share it without your consent" says the opposite.
  if (/^without\b/iu.test(m[0])) return negatedAt(text, m.index);
  // "We will never share it unless you opt in": a denied practice with consent as its one way in.
  // ("Unless you choose to opt out" is the opposite: an opt-out.)
  if (/^(?:unless|until|only)\b/iu.test(m[0]))
    return !/^\s*(?:to\s+)?(?:opt[- ]?out|not\b|otherwise|to (?:stop|unsubscribe|object|withdraw)|(?:provide|give|submit|send|share|enter|supply|disclose|post)\b)/iu.test(
      text.slice(m.index + m[0].length),
    );
  // "We do not ask for your consent" is no consent.
  return !negatedAt(text, m.index);
}

/**
 * Not a statement of practice: a right, a request or a question about it ("you have the right to
 * know whether we sell it", "you may ask us not to sell it", "how we respond to Do Not Track").
 */
const NOT_A_PRACTICE =
  /\b(?:right to|rights to|right of|entitled to|you (?:can|may|could) (?:also )?(?:ask|request|direct|instruct|tell|opt|object|choose)|request (?:that|us|to)|ask us|direct us|instruct us|opt(?:ing)?[- ]out of|object to|whether|how (?:we|to)|if we|in the event (?:that )?we|should we|to the extent (?:that )?we|to learn (?:more|about)|learn more|more information|see (?:the|our|section)|visit|click|link|entitled)\b/iu;

/** True when the word at `index` sits in a right, request or question rather than a practice. */
export function notAPracticeAt(text: string, index: number): boolean {
  // Most sentences hold no such words at all: then no clause needs finding.
  if (!NOT_A_PRACTICE.test(text.slice(0, index))) return false;
  const from = Math.max(clauseStart(text, index), index - 120);
  return NOT_A_PRACTICE.test(text.slice(from, index));
}

/** How a sentence treats one of its words. */
export type Polarity = "affirmed" | "denied" | "denied-with-exception" | "not-a-practice";

export function polarityAt(text: string, index: number): Polarity {
  if (notAPracticeAt(text, index)) return "not-a-practice";
  if (!negatedAt(text, index)) return "affirmed";
  return carvedOutAfter(text, index) ? "denied-with-exception" : "denied";
}

// ---------------------------------------------------------------------------------------------
// Sharing polarity, the rule side of the Does / Does Not attribute

/** Verbs of handing personal data to someone else. */
export const SHARE_VERB =
  /\b(?:shar(?:e[sd]?|ing)|distribut(?:e[sd]?|ing)|disclos(?:e[sd]?|ing|ure)|provid(?:e[sd]?|ing)|transfer(?:s|red|ring)?|sell(?:s|ing)?|sold|rent(?:s|ed|ing)?|leas(?:e[sd]?|ing)|trad(?:e[sd]?|ing)|mak(?:e|es|ing) (?:it |them |this information |your (?:personal )?(?:information|data) )?available|made available|releas(?:e[sd]?|ing)|pass(?:es|ed|ing)? (?:it |them |(?:your |this |such |the |that )?(?:personal )?(?:information|data|details) )?(?:on|along)|giv(?:e|es|en|ing)|furnish(?:es|ed|ing)?|exchang(?:e[sd]?|ing)|reveal(?:s|ed|ing)?|send(?:s|ing)?|sent)\b/giu;

/** Someone outside the company. */
export const OUTSIDE_PARTY =
  /third[- ]part(?:y|ies)|\bpartners?\b|\baffiliat(?:e[sd]?|ion)\b|\bsubsidiar|\b(?:service|hosting|payment|cloud|e-?mail|technology|IT|analytics) providers?\b|\bprocessors?\b|\bvendors?\b|\badvertis(?:ers|ing (?:networks?|companies|partners))|\bad networks?\b|\bcontractors\b|\bsponsors\b|\b(?:other|outside|unaffiliated|non-?affiliated|selected|trusted|external) (?:companies|parties|organi[sz]ations|businesses|entities|third|recipients)|\blaw enforcement\b|\bgovernment|\bauthorities\b|\bregulators?\b|\bsuccessor|\bacquir|\bbuyer\b|\bagents?\b|\bmarketers\b|\banyone\b|\banybody\b|\bothers\b|\boutsiders?\b/iu;

/** Personal data words ("your information", "personal data", "it" after a data sentence). */
const DATA_WORD =
  /\b(?:information|data|details|e-?mails?|e-?mail addresses|names?|profiles?|personal|it|them|PII)\b/iu;

/**
 * The Does / Does Not reading of a sharing sentence: "does" when it hands data to an outside party
 * (a denial with a carve-out still does: "not … except with service providers"), "does-not" when
 * every sharing verb is denied, null when it is not about sharing.
 */
export function sharingPolarity(sentence: string): "does" | "does-not" | null {
  if (!OUTSIDE_PARTY.test(sentence) || !DATA_WORD.test(sentence)) return null;
  return shareVerbsPolarity(sentence);
}

/**
 * The person as the verb's subject ("the information you provide", "data you give us"): handing
 * data to the company, or the person's own act, not the company's sharing.
 */
const PERSON_SUBJECT =
  /\b(?:you|users?|visitors?|customers?|members?)\s+(?:(?:\w+ly|may|might|can|could|will|would|also|choose to|decide to|agree to|have|had)\s+){0,2}$/iu;

/** True when every sharing verb of the sentence has the person as its subject. */
export function onlyThePersonShares(sentence: string): boolean {
  let any = false;
  for (const m of sentence.matchAll(SHARE_VERB)) {
    if (!PERSON_SUBJECT.test(sentence.slice(Math.max(0, m.index - 40), m.index))) return false;
    any = true;
  }
  return any;
}

/** The same reading of the sharing verbs alone, for a sentence already known to be about sharing. */
export function shareVerbsPolarity(sentence: string): "does" | "does-not" | null {
  // Without a negation cue or a right/question word every sharing verb is affirmed.
  const plain = !scan(sentence).mayNegate && !NOT_A_PRACTICE.test(sentence);
  let denied = false;
  SHARE_VERB.lastIndex = 0;
  for (let m = SHARE_VERB.exec(sentence); m !== null; m = SHARE_VERB.exec(sentence)) {
    if (PERSON_SUBJECT.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (plain) {
      SHARE_VERB.lastIndex = 0;
      return "does";
    }
    const p = polarityAt(sentence, m.index);
    if (p === "affirmed" || p === "denied-with-exception") return "does";
    if (p === "denied") denied = true;
  }
  return denied ? "does-not" : null;
}

// ---------------------------------------------------------------------------------------------
// Sale stance

/** Selling, renting or trading something. */
const SALE_VERB =
  /\b(?:sell(?:s|ing)?|sold|sale|sales|rent(?:s|ed|ing)?|leas(?:e|es|ed|ing)|trad(?:e|es|ed|ing)(?!\s+(?:unions?|commission|cent(?:er|re)s?|organi[sz]ations?|fairs?|marks?|secrets?|names?|shows?|associations?|partners?|agreements?|compliance|sanctions?|regulations?))|barter(?:s|ed|ing)?|monetiz(?:e|es|ed|ing))\b/giu;
/** What is sold must be personal data ("sell your data"), not goods or a business. */
const SALE_OBJECT =
  /\b(?:personal(?:ly identifiable)? (?:information|data|details)|(?:information|data|details|info|content|identification information|e-?mail(?: address(?:es)?)?|e-?mail lists?|mailing lists?|names?|addresses|contact (?:information|details)|profiles?|PII|anything)\b|(?:user|customer|member|subscriber|visitor|consumer|client)s?'? (?:information|data|details|lists?|e-?mails?)\b)/iu;
/** The title of the opt-out link the CCPA asks for: a name, not a statement. */
const LINK_TITLE =
  /\bDo Not (?:Sell|Share)(?: (?:or|and|\/) (?:Sell|Share))?(?: My)?(?: Personal)?(?: Information| Info| Data)?\b/gu;
/** A CCPA/CPRA "sale" or "sharing" the policy admits to (cross-context behavioural advertising). */
const CCPA_SALE =
  /["“'‘](?:sell|sells|sold|sale|selling|share|shared|sharing)["”'’]|\bcross[- ]context(?:ual)? behaviou?ral advertising\b|\b(?:consider(?:ed)?|constitut(?:e|es|ed)|deemed|qualif(?:y|ies) as|be (?:a|considered a)) (?:an? )?["“'‘]?(?:sale|selling|sharing|sell)\b|\b(?:treat|regard|view)(?:s|ed)? (?:this|it|that|these|them|such [\w-]+) as (?:an? |the )?["“'‘]?(?:sale|selling|sharing|sell)\b/iu;

/** Children or minors as the only ones a statement is about. */
const MINORS =
  /(?<!\b(?:including|includes|even|also|and|or)\b[^.;()]{0,40})\b(?:under (?:the age of )?1[0-9]|children|minors|(?:younger|less) than 1[0-9])\b/iu;
/** A right or a rights heading earlier in the sentence ("Right to Know – you may …"). */
const RIGHTS_BEFORE = /\bright(?:s)? (?:to|of)\b|\bopt[- ]?out of\b/iu;
/** A right stated earlier in the same part of the sentence (up to a colon, semicolon or dash). */
function rightBefore(text: string, index: number): boolean {
  const before = text.slice(0, index);
  let from = 0;
  for (const m of before.matchAll(/[;:!?]|\.\s|\s[–—-]\s/gu)) from = m.index + m[0].length;
  return RIGHTS_BEFORE.test(before.slice(from));
}
/** The person as the one acting ("a device you sell", "if you rent it out"). */
const YOU_BEFORE = /\b(?:you|those|others|they|sellers)\s+(?:\w+\s+)?$/iu;

/** A be-form right before the verb ("is sold", "are never disclosed or sold", "will not be rented"). */
const PASSIVE_VERB_BEFORE =
  /\b(?:is|are|was|were|be|been|being)\s+(?:(?:not|never|ever|also|only|\w+ly)\s+)*(?:[\w-]+(?:ed|en|wn|ld)\s*,?\s+(?:(?:or|and|nor)\s+)?)*$/iu;

/**
 * The person is the one acting: the last subject before the verb is "you" or "users" ("you may not
 * … allow others to … sell"), not the company.
 */
function userActs(text: string, index: number): boolean {
  // A passive verb ("data you send us is never sold") has the data as its subject; the one acting
  // is the company, unless the sentence says "by you".
  const before = text.slice(Math.max(0, index - 60), index);
  if (PASSIVE_VERB_BEFORE.test(before) && !/^\W*\w+\s+by\s+(?:you|users?)\b/iu.test(text.slice(index)))
    return false;
  let last = "";
  for (const m of text
    .slice(Math.max(0, index - 200), index)
    .matchAll(/\b(we|you|users?|members?|customers?)\b/giu))
    last = (m[1] ?? "").toLowerCase();
  return last !== "" && last !== "we";
}

/** Words of a business changing hands, near a sale verb. */
const BUSINESS_CONTEXT =
  /\b(?:merg(?:e|er|ers|ing)|acquisitions?|acquir(?:e|ed|er|ing)|bankruptcy|reorgani[sz](?:e|ation)|insolvency|divestiture|dissolution|change of control|corporate transactions?)\b/iu;
/** What a business sells or is sold as: the business itself, its assets, its goods. */
const BUSINESS_OBJECT =
  /\b(?:business(?:es)?|assets|company|stock|shares|products?|goods|merchandise|tickets|services|units?|divisions?|subsidiar\w*|all or (?:a )?(?:part|portion|substantially))\b/iu;

/**
 * A business sale rather than a sale of data: the verb's object is a business or its goods (it comes
 * before any data word), or a merger or acquisition is named nearby and no data word follows closely.
 */
function businessSale(text: string, index: number, length: number): boolean {
  const after = text.slice(index + length, index + length + 80);
  const data = after.search(SALE_OBJECT);
  const business = after.search(BUSINESS_OBJECT);
  if (business >= 0 && (data < 0 || business < data)) return true;
  // "… all or a portion of our business is sold or transferred": the business is what is sold.
  const before = text.slice(Math.max(0, index - 100), index);
  if (/\b(?:is|are|be|been|being|gets?)\s+(?:\w+\s+)?$/iu.test(before) && BUSINESS_OBJECT.test(before))
    return true;
  if (
    /^sales?$/iu.test(text.slice(index, index + length)) &&
    /^\s+(?:tax|team|department|representatives?|staff|records?|transactions?|history)\b/iu.test(after)
  )
    return true;
  // "… sell or transfer information about you in connection with a merger": data in a business transfer.
  if (
    new RegExp(
      `\\b(?:in connection with|as part of|in the (?:event|course|context) of|during|in case of|pursuant to|as a result of)\\b[^.;]{0,60}${BUSINESS_CONTEXT.source}`,
      "iu",
    ).test(after + text.slice(index + length + 80, index + length + 200))
  )
    return true;
  const around = text.slice(Math.max(0, index - 80), index + length + 80);
  return BUSINESS_CONTEXT.test(around) && !(data >= 0 && data < 20);
}
/** A term being defined rather than a practice admitted. */
const DEFINITION =
  /^\S+(?:\s+(?:or|and)\s+["“'‘]?\w+["”'’]?)*\s+(?:means?|is defined|are defined|refers? to|shall mean|has the meaning)\b/iu;
const DEFINES_TERM =
  /["“'‘](?:sell|sells|sold|sale|sales|selling|share|shared|sharing)["”'’](?:,?\s+(?:or|and)\s+["“'‘]\w+["”'’])*\s+(?:means?|is defined|are defined|refers? to|shall mean|has the meaning)\b/iu;
const CCPA_SALES = new RegExp(CCPA_SALE.source, "giu");

export type SaleStance = "sells" | "does-not-sell" | null;

/**
 * The service offering a way out of its sale or "sharing" (CCPA/CPRA): "to opt out of the sale of
 * your personal information, click …", "Acme provides you the opportunity to opt out of this
 * sharing". An offer to stop a practice admits the practice (LABELS.md: "sells"). A right listed in
 * the abstract ("you have the right to opt out of the sale") is not an offer, and neither is a
 * link's title on its own.
 */
const OFFERS_SALE_OPT_OUT =
  /\b(?:(?:opportunity|ability|option|choice)\s+to\s+opt[- ]?out\s+of\s+(?:the |this |such |our |any )?(?:sale|sales|selling|sharing)\b|(?:^|[.;:]\s*|\b(?:[Tt]o|[Yy]ou (?:can|may)(?: also)?|please))\s*opt[- ]?out\s+of\s+(?:the |this |such |our |any )?(?:sale|sales|selling|sharing)\b(?:(?:\s+(?:or|and|\/)\s+(?:sharing|sale))?\s+of\s+(?:your\s+)?(?:personal\s+)?(?:information|data))?[^.;]{0,80}?\b(?:click|visit|use|using|by (?:clicking|visiting|using|contacting|e-?mailing|submitting|adjusting|following)|through (?:our|the|this|your)|at (?:our|the|this|https?:|www\.)|here|via|e-?mail|contact|submit|follow|go to|toggle|adjust))/u;

/**
 * What one sentence says about selling personal data: "sells" (it sells, may sell, or admits a
 * CCPA/CPRA sale or sharing), "does-not-sell", or null (no stance: not about selling data, a right,
 * a question, a business sale).
 */
/** "If we sell …", "in the event that we share …": a condition, not a statement of practice. */
function conditionalBefore(text: string, index: number): boolean {
  return /\b(?:if|in the event (?:that )?|to the extent (?:that )?|where|should)\s+(?:we|Acme|the company)\b/iu.test(
    text.slice(Math.max(0, index - 60), index),
  );
}

export function saleStance(sentence: string): SaleStance {
  // A question ("Do we sell your data?") or a link's title ("Do Not Sell My Personal Information")
  // states nothing.
  if (/\?\s*$/u.test(sentence)) return null;
  const text = sentence.replace(LINK_TITLE, (m) => " ".repeat(m.length));
  // A definition of the law's terms ("'sold' or 'sales' means …") states no practice.
  if (DEFINES_TERM.test(text)) return null;
  // A denial about children only ("we do not knowingly sell data of users under 16") is no general one.
  // (Asked only of a denial: the look-behind is tried at every position of the sentence.)
  const minorsOnly = (): boolean => MINORS.test(text);
  const offer = OFFERS_SALE_OPT_OUT.exec(text);
  if (offer && !negatedAt(text, offer.index + offer[0].length - 1) && !conditionalBefore(text, offer.index))
    return "sells";
  let denied = false;
  for (const m of text.matchAll(CCPA_SALES)) {
    if (rightBefore(text, m.index)) continue;
    // A definition ("'sale' means …", "for purposes of this section, 'sold' …") states no practice.
    if (
      DEFINITION.test(text.slice(m.index, m.index + m[0].length + 40)) ||
      /\bfor (?:the )?purposes? of\b/iu.test(text.slice(Math.max(0, m.index - 60), m.index))
    )
      continue;
    const p = polarityAt(text, m.index);
    if (p === "affirmed") return "sells";
    if (p === "denied" || p === "denied-with-exception") denied = true;
  }
  if (denied && minorsOnly()) denied = false;
  if (!SALE_OBJECT.test(text) && !/\b(?:sell|sold)\b[^.;]{0,12}\b(?:it|them)\b/iu.test(text))
    return denied ? "does-not-sell" : null;
  let affirmed = false;
  for (const m of text.matchAll(SALE_VERB)) {
    if (businessSale(text, m.index, m[0].length)) continue;
    // What is sold must be named near the verb ("selling your data", "your data … will not be sold").
    const near = text.slice(Math.max(0, m.index - 100), m.index + 140);
    if (!SALE_OBJECT.test(near) && !/^\W*(?:it|them)\b/iu.test(text.slice(m.index + m[0].length))) continue;
    const p = polarityAt(text, m.index);
    // A noun ("the sale of your data") states a practice only when denied ("no sale of …").
    const noun = /^sales?$/iu.test(m[0]);
    // The person selling ("a device you sell") or a right about selling is not the company's practice.
    if (YOU_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) || userActs(text, m.index)) continue;
    if (rightBefore(text, m.index) && p !== "denied") continue;
    // "We do not sell it without your consent" is still a denial: the exception is not a sale.
    if (p === "denied" || p === "denied-with-exception") denied = true;
    else if (p === "affirmed" && !noun) affirmed = true;
  }
  if (affirmed) return "sells";
  return denied && !minorsOnly() ? "does-not-sell" : null;
}

// ---------------------------------------------------------------------------------------------
// Do Not Track and Global Privacy Control stance

export type SignalStance = "honored" | "not-honored" | "unclear";

/** Acting on a browser signal. */
const RESPONSE_VERB =
  /\b(?:respond(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|respect(?:s|ed|ing)?|recogni[sz](?:e|es|ed|ing)|support(?:s|ed|ing)?|compl(?:y|ies|ied|ying)|accommodat(?:e|es|ed|ing)|obey(?:s|ed)?|process(?:es|ed|ing)?|act(?:s|ed|ing)? (?:on|upon)|acknowledg(?:e|es|ed|ing)|accept(?:s|ed|ing)?|abid(?:e|es) by|adher(?:e|es) to|treat(?:s|ed|ing)?|interpret(?:s|ed|ing)?|alter(?:s|ed)?|chang(?:e|es|ed)|modif(?:y|ies|ied)|react(?:s|ed)?|take (?:any )?action|give effect|apply|applies|read(?:s)?|detect(?:s|ed)?|follow(?:s|ed)?|configured|designed|set up|able)\b/giu;
/** Verbs that say the signal is disregarded. */
const IGNORE_VERB = /\b(?:ignor(?:e|es|ed|ing)|disregard(?:s|ed|ing)?|override[sd]?)\b/giu;
/** The service as the subject of a response verb (not "browsers that support DNT"). */
const SERVICE_SUBJECT =
  /\b(?:we|us|our(?: [\w-]+){1,2}|this (?:site|service|website|app|platform)|the (?:site|service|website|app|company|platform|services)|(?:signals?|requests?|preferences?|settings?|it|they|them|these|such \w+) (?:will|are|is|may|can|shall|would) (?:be|not be))\b/iu;
/**
 * Someone else as the subject right before the verb ("those third parties may not honor it", "how
 * advertisers react"): their stance is not the service's.
 */
const OTHERS_SUBJECT =
  /\b(?:third[- ]part(?:y|ies)(?: [\w-]+)?|advertisers|ad networks?|(?:other|outside|third[- ]party|external) (?:websites?|sites|services|companies|providers|operators)|(?:our |their )?partners|browsers?|operators|they)(?:\s+(?:on|in|of|from|at|with|that|who|which)\s+(?:\S+\s+){0,3}?\S+)?\s+(?:(?:\w+ly|may|might|can|could|will|would|do|does|did|not|n[’']t|also|currently|always|still|to)\s+){0,3}$/iu;

function othersSubjectAt(text: string, index: number): boolean {
  const from = Math.max(clauseStart(text, index), index - 80);
  return OTHERS_SUBJECT.test(text.slice(from, index));
}

/** A passive response ("the signal will be treated as …"): the service is the one acting. */
const PASSIVE = /\b(?:be|been|is|are|being)\s+(?:\w+ly\s+)?$/iu;
/** A company's name right before the verb ("Acme recognizes …"), not "Browsers support …". */
const NAME_BEFORE =
  /(?:^|\s)(?!(?:Browsers?|Users?|You|They|Some|Many|Most|Other|People|Websites?|Sites?|Track|DNT|GPC|Control|Signals?|Settings?)\b)(?:\p{Lu}[\p{L}\d.&'’-]*|\p{Ll}+\p{Lu}[\p{L}\d]*)\s+(?:\p{Ll}+ly\s+)?(?:also\s+)?$/u;
/** A company by name ("Acme does not respond …"). */
const NAMED_SUBJECT =
  /\b(?!(?:browsers?|users?|you|they|some|many|most|other|people|on|in|of|to|for|with|at|by|about|a|the|and|or)\b)[\w.&'’-]+ (?:does|do|will|is|are|currently|may|has|have)\b(?![- ]not[- ]track)/iu;
/** What acting on a signal does: tracking or targeted ads stop, cookies are switched off. */
const HONOR_EFFECT =
  /\b(?:stop(?:s|ped)?|ceas(?:e|es|ed)|disabl(?:e|es|ed)|suppress(?:es|ed)?|turn(?:s|ed)? off|switch(?:es|ed)? off|opt(?:s|ed)? (?:you |the user |users )?out)\b[^.;]{0,80}\bin response to\b|\b(?:automatically|will be|should (?:already )?be|are|is)\s+(?:automatically\s+|already\s+)*(?:turned off|switched off|disabled|suppressed|stopped|opted out|blocked)\b/giu;
const SIGNAL_SWITCHES_OFF =
  /\b(?:if|when|once|whenever|where)\b[^.;]{0,90}\b(?:enabled?|turned on|switched on|on|set|activated?|sends?|sent)\b[^.;]{0,60}?(?:,\s*|\s+)(?:then\s+)?(?:we|our [\w-]+|the (?:site|service|website))\s+(?:do not|don[’']t|will not|won[’']t|never|no longer|stop|cease|will stop)\s+(?:[\w-]+\s+){0,2}?(?:collect|track|count|use|set|load|record|share|send|serve|show|process)\w*/iu;
/** A stance for later, not for now ("as standards develop", "we may revisit this in the future"). */
const SIGNAL_FUTURE =
  /\b(?:in the future|as (?:the |industry |such )?(?:standards?|technolog(?:y|ies)|laws?) (?:develop|evolve|emerge|mature|change|are (?:developed|established))|(?:may|might|could) (?:decide|choose|elect|opt|begin|start) to|if (?:a|an|one|such) (?:\w+ )?(?:standard|uniform)|once (?:a|an) (?:\w+ )?standard|(?:may|will|would) develop|(?:will|may) (?:continue to )?(?:review|monitor|evaluate|assess|revisit|reconsider)|until (?:a|an|such) (?:\w+ )?standard)\b/iu;
/** The person told to use the signal to opt out or exercise a right: the service acts on it. */
const EXERCISE_VIA_SIGNAL =
  /\b(?:you|residents|consumers|users|visitors|customers)(?:\s+\w+){0,3}?\s+(?:can|may|could)\s+(?:also\s+)?(?:\w+\s+){0,2}?(?:exercise|opt[- ]?out|set|use|enable|turn on|broadcast|send|visit|submit)\b[^.;]*\b(?:opt[- ]?out|exercise|request|rights?)\b/iu;
/** "We do not track you": a promise that the signal would change nothing. */
const NO_TRACKING =
  /\b(?:we|this (?:site|service|website))\s+(?:(?:do(?:es)?|will)\s+not|don[’']t|doesn[’']t|won[’']t|never)\s+track\b/iu;
/** "We take no action", "there is no mechanism": the signal is not acted on. */
const NO_ACTION =
  /\b(?:take|takes|taking)\s+no\s+(?:\w+\s+)?(?:action|steps|measures)\b|\bno action is taken\b|\bno (?:mechanism|ability|way) (?:to|for)\b|\bnot (?:yet )?(?:able|equipped) to\b|\bunable to\b/iu;

/**
 * The stance one sentence states about a browser signal it mentions (or refers to: "such
 * signals"): honored, not honored, or unclear (mentioned, described, or a right without a stance).
 */
export function signalStance(sentence: string): SignalStance {
  if (NO_ACTION.test(sentence)) return "not-honored";
  // "If you turn Do Not Track on, we won't count you": the signal switches collection off.
  if (SIGNAL_SWITCHES_OFF.test(sentence)) return "honored";
  const future = SIGNAL_FUTURE.test(sentence);
  // "You may also use GPC to opt out of the sale of your data": the signal is a way the service accepts.
  if (
    !future &&
    EXERCISE_VIA_SIGNAL.test(sentence) &&
    !negatedAt(sentence, sentence.search(EXERCISE_VIA_SIGNAL))
  )
    return "honored";
  let honored = false;
  let notHonored = false;
  for (const m of sentence.matchAll(IGNORE_VERB)) {
    if (notAPracticeAt(sentence, m.index) || othersSubjectAt(sentence, m.index)) continue;
    if (negatedAt(sentence, m.index)) honored = true;
    else notHonored = true;
  }
  for (const m of sentence.matchAll(RESPONSE_VERB)) {
    // "how we respond", "whether we honor", "you can set your browser to …" state no stance.
    if (notAPracticeAt(sentence, m.index) || othersSubjectAt(sentence, m.index)) continue;
    // Only a verb whose subject is the service counts ("browsers that support DNT" is not a stance).
    const clause = sentence.slice(clauseStart(sentence, m.index), m.index);
    if (
      !SERVICE_SUBJECT.test(clause) &&
      !NAMED_SUBJECT.test(clause) &&
      !PASSIVE.test(clause) &&
      !NAME_BEFORE.test(clause)
    )
      continue;
    if (negatedAt(sentence, m.index)) notHonored = true;
    // "As standards develop, we may respond to such signals" promises nothing today.
    else if (!future) honored = true;
  }
  for (const m of sentence.matchAll(HONOR_EFFECT)) {
    if (future || notAPracticeAt(sentence, m.index) || othersSubjectAt(sentence, m.index)) continue;
    if (negatedAt(sentence, m.index)) notHonored = true;
    else honored = true;
  }
  if (!notHonored && !honored && NO_TRACKING.test(sentence)) honored = true;
  if (notHonored) return "not-honored";
  return honored ? "honored" : "unclear";
}
