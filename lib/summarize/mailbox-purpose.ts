// What an e-mail address in a policy is for, read from the statement that gives it: a privacy
// policy also lists mailboxes for jobs, advertising sales, the newsroom, orders and billing, or
// writes an address as an example. Those are not ways to ask about your data (a minor's request to
// remove what they posted is a right, and stays). The address itself is
// never read ("webmaster@" may be where privacy requests go): only the words around it.
import { allMatches } from "./all-matches";

/** Words that make a statement about privacy, data rights, choices or data questions. */
const PRIVACY =
  /\bprivacy\b|\bpersonal (?:data|information|details)\b|\b(?:your|his|her|their|(?:a |your )?child(?:'s|’s|ren's|ren’s)?) (?:personal )?(?:data|information|details)\b|\bdata (?:protection|subject|controller|processing)\b|\bGDPR\b|\bCC?PA\b|\bCPRA\b|\bDPO\b|\bopt(?:[- ]?out|ing out)\b|\bunsubscrib|\bconsent\b|\bpermission\b|\brights?\b|\bdo not sell\b|\b(?:access|correct|delete|erase|rectify|update|review|amend)\b[^.;]{0,20}\b(?:it|them|your|such|the information|the data)\b/i;

/** Business a privacy contact is not for: jobs, ad sales, the press, orders, billing, technical help. */
const OTHER_BUSINESS = new RegExp(
  [
    // Jobs and recruiting.
    String.raw`\b(?:jobs?|careers?|recruit\w*|r[ée]sum[ée]s?|CVs?|vacanc(?:y|ies)|job (?:applications?|postings?|openings?|seekers?)|employment opportunit\w*|apply (?:for|to) (?:a |the |this |an )?(?:job|position|role|opening)|human resources)\b`,
    // Advertising sales.
    String.raw`\b(?:place (?:an? |your )?(?:[\w-]+ ){0,2}ads?|advertis(?:e|ing) (?:with|on) us|advertising (?:sales|inquiries|enquiries|opportunities|rates)|ad sales|media kit|sponsorships?)\b`,
    // The press.
    String.raw`\b(?:newsroom|press (?:inquiries|enquiries|office|releases?|contacts?|team)|media (?:inquiries|enquiries|relations)|news tips?|letters? to the editor|journalists?)\b`,
    // Orders, billing, subscriptions, technical help.
    String.raw`\b(?:(?:your|an|the) orders?|order (?:status|inquiries|enquiries|questions)|shipping|deliver(?:y|ies)|billing|invoices?|subscription (?:services?|terms|billing)|(?:terminate|cancel) (?:a |your )?subscription|technical (?:support|problems|issues|difficulties)|help ?desk|sales (?:team|inquiries|enquiries|department)|partnership (?:inquiries|enquiries|opportunities)|business development|investor relations)\b`,
  ].join("|"),
  "i",
);

/** A directory entry for running the site itself ("Website: …", "Webmaster: …"). */
const SITE_LABEL = /^[\s,;]*(?:web ?site|webmaster|site feedback|technical feedback)\s*[:–—-]\s*$/i;

/** An address written as an example ("his e-mail address is …", "for example, …"): no one to write to. */
const EXAMPLE_BEFORE =
  /(?:\be-?mail address(?:es)? (?:is|was|are|were|like|such as)|\b(?:e\.g\.|i\.e\.|for (?:example|instance)|such as|like)),?\s*$/i;

/** E-mail-like text in a statement, to find where the words about one address start. */
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * The words that label the address at `index` of `text`: from the end of the address before it (in a
 * list such as "Newsroom: news@… Place an ad: ads@…") or the start of the text.
 */
export function labelBefore(text: string, index: number): string {
  let start = 0;
  for (const m of allMatches(ADDRESS, text.slice(0, index))) start = m.index + m[0].length;
  return text.slice(start, index);
}

export interface MailboxContext {
  /** The statement that gives the address (the sentence, with the lead-in it continues). */
  text: string;
  /** Where the address starts in `text`. */
  index: number;
  /** The heading of its section. */
  heading?: string;
}

/**
 * Is the e-mail address at `index` of `text` for something other than privacy: a job, an ad sale,
 * the press, an order, or an example? Privacy words in its statement
 * keep it; failing those, other business in its label, statement or heading rules it out.
 */
export function unrelatedMailbox({ text, index, heading = "" }: MailboxContext): boolean {
  if (EXAMPLE_BEFORE.test(text.slice(Math.max(0, index - 40), index))) return true;
  const label = labelBefore(text, index);
  // In a list of several mailboxes, each one's own label says what it is for.
  const listed = [...allMatches(ADDRESS, text)].length > 1;
  const statement = listed ? label : text;
  if (PRIVACY.test(statement)) return false;
  if (OTHER_BUSINESS.test(statement) || (listed && SITE_LABEL.test(label))) return true;
  // A list's other labels do not speak for this address; the heading does for a lone one.
  return !listed && OTHER_BUSINESS.test(heading);
}
