// Which of the companies a policy names are really third parties. The site's own name is not (Google's
// policy names Google everywhere), and neither is a company the policy names only as a place to find
// the site ("follow us on Twitter", a link to its own Facebook page): that is a contact, not a recipient.
import type { LabelledSegment, Link, SharingFinding } from "../types";

/** What the page says about itself beyond its text: its address and title, when the caller has them. */
export interface Site {
  url?: string | null;
  title?: string;
}

/** A company's legal form, never part of the name compared. */
const LEGAL_FORM =
  /[\s,]+(?:Inc|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|GmbH|AG|S\.A|B\.V|plc|Co|Company|Group)\.?$/i;
/** A proper name: capitalised words (up to four), as a policy writes its own. */
const NAME = String.raw`\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,3}`;
const FORM = String.raw`(?:,?\s+(?:Inc|LLC|Ltd|Limited|Corp|Corporation|GmbH|AG|S\.A|B\.V|plc|Co)\.?)?`;
/** How a policy defines itself: `X Inc. ("we", "us")`, `X ("Company")`, `… ("X", "we", "us")`. */
const LEAD = String.raw`\(\s*(?:(?:[Tt]ogether|[Cc]ollectively|[Hh]ereinafter|referred to as|[Aa]s)[,\s]*)*`;
const WE = `["“'‘](?:[Ww]e|[Uu]s|[Oo]ur|[Tt]he [Cc]ompany|[Cc]ompany)["”'’]`;
const DEFINED_AS_WE = new RegExp(
  String.raw`(${NAME})${FORM},?\s*${LEAD}${WE}|${LEAD}["“'‘](${NAME})["”'’]\s*,\s*${WE}`,
  "gu",
);
/** Where a definition may be: a bracket opening on a quote, perhaps after "collectively". */
const DEFINITION_HINT = /\((?:\s*(?:together|collectively|hereinafter|referred to as|as)[,\s]*)*\s*["“'‘]/gi;
/** "we, X Inc., …". */
const WE_COMMA = new RegExp(String.raw`\b[Ww]e,\s+(${NAME})${FORM},`, "gu");
/** A heading or title naming the policy: "X Privacy Policy", "X's Privacy Notice", "Privacy Policy – X". */
const POLICY_OF = new RegExp(
  String.raw`^(${NAME})(?:['’]s)?\s+(?:Global\s+|Online\s+|Website\s+)?(?:Privacy|Cookies?|Data Protection)\s+(?:Policy|Notice|Statement)\b|\b(?:Privacy|Cookies?)\s+(?:Policy|Notice|Statement)\s*(?:[|–—:-]|\bfor\b|\bof\b)\s*(${NAME})\s*$`,
  "u",
);
/** Words a title or heading names that are not the company. */
const GENERIC =
  /^(?:privacy|policy|notice|statement|our|the|this|your|data|cookie|cookies|global|online|website|site|services?|apps?|products?|platform|customer|consumer|home|legal|terms|help|center|centre|updated|effective|last|general|welcome|state|states|california|european|eu|uk|us|children|children's|health|supplemental|additional|applicant|employee)$/i;

/** The key a name is compared by: lower case, without its legal form, spaces or punctuation. */
function key(name: string): string {
  return name
    .replace(LEGAL_FORM, "")
    .replace(/\.(?:com|net|org|io|co)$/i, "")
    .toLowerCase()
    .replace(/[^\p{L}\d]/gu, "");
}

/** The registered name of a host: "policies.google.com" → "google", "www.bbc.co.uk" → "bbc". */
function hostName(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const labels = host.split(".").filter((l) => l && l !== "www");
  if (labels.length < 2) return labels[0] ?? null;
  // "co.uk", "com.au": the label before a short second-level label under a country code.
  const sld = labels[labels.length - 2] ?? "";
  const twoPart =
    (labels[labels.length - 1] ?? "").length === 2 && /^(?:co|com|org|net|gov|ac|edu)$/.test(sld);
  return labels[labels.length - (twoPart ? 3 : 2)] ?? null;
}

/** The site's own names (compared keys): from its address, its title and headings, and how it calls itself. */
export function ownNames(segments: readonly LabelledSegment[], site: Site = {}): Set<string> {
  const out = new Set<string>();
  const add = (name: string | undefined): void => {
    const words = (name ?? "").split(/\s+/).filter((w) => !GENERIC.test(w));
    const k = key(words.join(" "));
    if (k.length >= 2) out.add(k);
  };
  if (site.url) add(hostName(site.url) ?? undefined);
  const titles = [site.title ?? "", ...new Set(segments.slice(0, 3).map((s) => s.heading))];
  for (const t of titles) {
    // "TABOOLA PRIVACY POLICY" reads as "Taboola Privacy Policy".
    const read = t
      .trim()
      .replace(/\b(\p{Lu})(\p{Lu}+)\b/gu, (_, a: string, b: string) => a + b.toLowerCase());
    const m = POLICY_OF.exec(read);
    if (m) add(m[1] ?? m[2]);
  }
  for (const s of segments) {
    // Only around a bracket that opens on a quote, or a "we," (a scan of every word was a visible cost).
    for (const m of s.text.matchAll(DEFINITION_HINT)) {
      const window = s.text.slice(Math.max(0, m.index - 80), m.index + 80);
      for (const d of window.matchAll(DEFINED_AS_WE)) add(d[1] ?? d[2]);
    }
    if (s.text.includes("e, ")) for (const m of s.text.matchAll(WE_COMMA)) add(m[1]);
  }
  return out;
}

/** Is `name` (a company the summary names) one of the site's own names, or its own product? */
export function isOwnName(name: string, own: ReadonlySet<string>): boolean {
  const k = key(name);
  const first = key(name.split(/\s+/)[0] ?? "");
  return own.has(k) || own.has(first);
}

/** A network's name in a profile mention (a period inside it only: "Amazon.com", never a sentence end). */
const NETWORK = String.raw`\p{Lu}[\p{L}\d&'’-]*(?:\.[\p{L}\d]+)*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,2}`;
/** The places a site points to itself on another company's service: "follow us on X", "our X page". */
const PROFILE_MENTION = new RegExp(
  String.raw`\b(?:[Ff]ollow|[Ff]ind|[Jj]oin|[Ll]ike|[Ff]riend|[Cc]onnect with|[Vv]isit|[Ss]ee|[Ss]ubscribe to|[Rr]each)\s+us\s+(?:on|at|via|through)\s+(?:${NETWORK}(?:\s*(?:,|\bor\b|\band\b|&)\s*)?){1,6}|\b(?:[Oo]ur|[Ii]ts)\s+(?:official\s+)?${NETWORK}\s+(?:page|pages|profile|profiles|account|accounts|channel|channels|feed|handle)\b`,
  "gu",
);

/** Social networks a site keeps a profile on. */
const SOCIAL_HOSTS = new Set([
  "twitter",
  "x",
  "facebook",
  "instagram",
  "linkedin",
  "youtube",
  "pinterest",
  "tiktok",
  "snapchat",
]);
/** Pages of such a network that are about its own practices, not a profile. */
const NOT_A_PROFILE =
  /\/(?:privacy|polic|legal|terms|help|settings|ads|about|optout|opt-out|choices|safety|business|developers?|cookies?)/i;

/**
 * A link to the site's own profile on a social network (its words are the network's name, a handle or
 * "follow us"); a link to the network's policy or settings pages is not one.
 */
function profileLink(link: Link, name: string): boolean {
  const host = hostName(link.href);
  if (!host || !SOCIAL_HOSTS.has(host) || host !== key(name.split(/\s+/)[0] ?? "")) return false;
  let path = "";
  try {
    path = new URL(link.href).pathname;
  } catch {
    return false;
  }
  if (path.length <= 1 || NOT_A_PROFILE.test(path)) return false;
  const words = link.text.trim();
  return key(words) === key(name) || /^@\w+$/.test(words) || /\bfollow\b/i.test(words);
}

/**
 * Does the policy name `name` anywhere but where it points to its own profile there? The text read is
 * the policy's, with its profile mentions and profile links blanked.
 */
export function namedBeyondProfiles(segments: readonly LabelledSegment[], name: string): boolean {
  const word = new RegExp(String.raw`\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\b`);
  return segments.some((s) => {
    if (!word.test(s.text)) return false;
    let text = s.text.replace(PROFILE_MENTION, (m) => " ".repeat(m.length));
    for (const link of s.links ?? []) {
      if (profileLink(link, name)) text = text.split(link.text).join(" ".repeat(link.text.length));
    }
    return word.test(text);
  });
}

/**
 * The sharing finding without the site's own names and the companies it names only as its profiles:
 * its named parties and the fact that lists them.
 */
export function withoutOwnParties(
  finding: SharingFinding,
  segments: readonly LabelledSegment[],
  site: Site = {},
): SharingFinding {
  if (finding.namedThirdParties.length === 0) return finding;
  const own = ownNames(segments, site);
  const kept = finding.namedThirdParties.filter(
    (name) => !isOwnName(name, own) && namedBeyondProfiles(segments, name),
  );
  if (kept.length === finding.namedThirdParties.length) return finding;
  const prefix = "Names third parties: ";
  const facts = finding.facts.flatMap((f) =>
    f.startsWith(prefix) ? (kept.length ? [`${prefix}${kept.join(", ")}`] : []) : [f],
  );
  return { ...finding, namedThirdParties: kept, facts };
}
