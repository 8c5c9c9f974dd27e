// Opt-out finding: every way to opt out or exercise a right, and the contacts to do it with.
// Level: good = an opt-out link or a contact to opt out/exercise rights; caution = only browser
// controls or consent-based choices; unknown = no choice described.
import type { ChoiceType, Contact, LabelledSegment, OptOutFinding } from "../types";
import { contactKey, extractAll, purposeOf } from "./contacts";
import { type Hit, pickEvidence, pushUnique, type Sentence, sentencesOf } from "./evidence";

const OPT_OUT =
  /opt(?:[- ]?out|ing out)\b|unsubscrib|remove (?:yourself|your (?:name|e-?mail|information))|stop receiving|no longer (?:wish|want) to receive|do not (?:wish|want) to receive|don[’']?t want to receive|decline (?:to receive|further)|manage your (?:preferences|subscriptions)|update your (?:preferences|subscriptions)|withdraw (?:your )?consent|choices? (?:about|regarding)/i;
const LINK_CUE =
  /\bclick|\blink\b|\bvisit\b|https?:\/\/|www\.|aboutads|networkadvertising|youradchoices|preference (?:cent(?:er|re)|page)|(?:settings|preferences|account|opt-out|choices) page|\bgo to\b|add-?on|plug-?in|\btool\b|\bwebsite\b|\bsite\b/i;
const CONTACT_CUE =
  /e-?mail(?:ing)? us|contact(?:ing)? us|contact our|write (?:to )?us|writing to|call(?:ing)? us|\bcall\b|send (?:us )?(?:an? )?(?:e-?mail|letter|request|note|message)|by (?:e-?mail|mail|post|phone|telephone)|letter|toll[- ]free|notify us|[\w.]+@[\w-]+\.[\w.]+|customer (?:service|care|support)|(?:\[|\()at(?:\]|\))|mailing address/i;
const BROWSER =
  /\b(?:browser|device)\b[^.]{0,80}\b(?:refuse|disable|block|reject|delete|remove|turn (?:off|down)|decline|not accept|settings?|preferences|options|controls?|configure|adjust|notify you|alert)\b|\b(?:refuse|disable|block|reject|delete|turn off|decline|adjust|configure)\b[^.]{0,60}\b(?:browser|device|cookies)\b|\blimit ad tracking\b|\bprivate browsing\b|\bincognito\b/i;
const OPT_IN =
  /\bopt(?:s|ed|ing)?[- ]?in(?:to)?\b|\bexpress(?:ly)? (?:consent|permission)|\baffirmative(?:ly)? (?:consent|opt)|\bexplicit (?:consent|permission)|\bprior (?:written )?(?:consent|permission)|\bunless you (?:have )?(?:opt|choose|agree|consent|elect)|\bonly (?:if|when) you (?:choose|elect|agree|consent|opt|authori[sz]e)|\bask (?:for )?your (?:permission|consent)|\bcheck (?:the|a) box|\bsubscribe to\b/i;
// Sentences where contacts are relevant even without an opt-out word: rights and privacy questions.
const RIGHTS_CUE =
  /\b(?:access|correct|update|delete|deletion|erase|rectif\w*|review|edit|amend)\b[^.]{0,60}\b(?:information|data|account|profile)|\bquestions?\b|\bconcerns?\b|\bcomments?\b|\bcomplaints?\b|\bcontact\b|\binquir|\bwrite\b|\bprivacy (?:officer|team|office|department)|\brequests?\b|\bplease (?:e-?mail|call|send)|\b(?:web ?site|site) at\b|\bcall(?:ing)?\b|\bchoices?\b|\bopt\b/i;
const RIGHTS =
  /\bright (?:to|of) (?:access|request|obtain|know|rectif|correct|eras|delet|object|port)|\b(?:access|review|correct|update|rectify|delete|erase)\b[^.]{0,40}\b(?:and|or)\b[^.]{0,20}\b(?:correct|update|delete|erase|rectify|amend)\b[^.]{0,40}\b(?:information|data)\b/i;
const CONTACT_SECTIONS = new Set(["User Choice/Control", "User Access, Edit and Deletion"]);

const CHOICE_LABEL: Record<string, ChoiceType> = {
  "opt-out-link": "opt-out-link",
  "opt-out-contact": "contact",
  "browser-controls": "browser-controls",
  "opt-in": "opt-in",
};

export function choicesOf(s: Pick<Sentence, "text">): ChoiceType[] {
  const t = s.text;
  const out: ChoiceType[] = [];
  const optOut = OPT_OUT.test(t);
  if (optOut && LINK_CUE.test(t)) out.push("opt-out-link");
  if (optOut && CONTACT_CUE.test(t)) out.push("contact");
  if (BROWSER.test(t) && /cookie|track|browser|advertis|location|device|setting/i.test(t))
    out.push("browser-controls");
  if (OPT_IN.test(t)) out.push("opt-in");
  return out;
}

const STRONG_CONTACT_CUE =
  /e-?mail(?:ing)? us|contact(?:ing)? us|write (?:to )?us|call(?:ing)? us|send (?:us )?(?:an? )?(?:e-?mail|letter|request)|\bquestions?\b|\bconcerns?\b/i;

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
): Contact[] {
  const out: Contact[] = [];
  const cued = OPT_OUT.test(s.text) || RIGHTS_CUE.test(s.text);
  for (const c of extractAll(s.text)) {
    let keep: boolean;
    if (section === "choice") keep = true;
    else if (section === "other") keep = cued;
    else if (section === "none")
      keep = c.kind !== "url" && c.kind !== "form" && STRONG_CONTACT_CUE.test(s.text);
    else keep = c.kind === "email" || c.kind === "phone" || cued;
    if (keep)
      out.push({
        kind: c.kind,
        value: c.value,
        purpose: purposeOf(s.text, s.heading, before),
        segment: s.segment,
      });
  }
  return out;
}

export function optOutFinding(segments: LabelledSegment[]): OptOutFinding {
  const sentences = sentencesOf(segments);
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
  let unsubscribe = false;
  let rights = false;
  for (const s of sentences) {
    if (/\bunsubscrib/i.test(s.text)) unsubscribe = true;
    if (RIGHTS.test(s.text)) {
      rights = true;
      hits.push({ sentence: s, score: 2 });
    }
    const found = choicesOf(s);
    const choiceSection =
      s.categories.some((c) => CONTACT_SECTIONS.has(c)) || s.labels.some((l) => l in CHOICE_LABEL);
    if (!classified || choiceSection) for (const c of found) pushUnique(choices, c);
    const section: Section = !classified
      ? "unclassified"
      : choiceSection
        ? "choice"
        : s.categories.includes("Other") || /contact|question|rights/i.test(s.heading)
          ? "other"
          : "none";
    // A bare address line takes its purpose from the sentence before it ("questions? contact us below").
    const own = contactsOf(s, section, prev);
    prev = s.text;
    for (const c of own) {
      const key = contactKey(c);
      if (seen.has(key)) continue;
      seen.add(key);
      contacts.push(c);
    }
    const score =
      found.length * 2 +
      (own.length ? 2 : 0) +
      (found.includes("opt-out-link") || found.includes("contact") ? 1 : 0);
    if (score > 0) hits.push({ sentence: s, score });
  }

  const order: ChoiceType[] = ["opt-out-link", "contact", "browser-controls", "opt-in"];
  const sorted = order.filter((c) => choices.includes(c));
  let level: OptOutFinding["level"] = "unknown";
  if (sorted.includes("opt-out-link") || sorted.includes("contact")) level = "good";
  else if (sorted.length || contacts.length) level = "caution";

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
  if (!sorted.length && !contacts.length) facts.push("No way to opt out is described");

  return { level, choices: sorted, contacts, facts, evidence: pickEvidence(hits) };
}
