// Links kept with the policy text: a link's own words and where it goes. Only addresses a person can
// follow from the popup are kept (http:, https:, mailto:, tel:); a jump within the page ("#section",
// a table of contents) and script links are not links to anything the policy offers.
import type { Link } from "./types";
import { cleanSpaces } from "./whitespace";

/** Longest link words kept (a whole paragraph wrapped in a link is cut). */
export const MAX_LINK_TEXT_CHARS = 300;
/** Longest address kept. */
export const MAX_LINK_HREF_CHARS = 2048;
/** Most links kept for one block or segment (a link farm is not read further). */
export const MAX_LINKS = 100;

const KEPT_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);

/**
 * The absolute address of `raw` read against `base`, or null when it is not one a person can follow:
 * another scheme (javascript:, data:), a jump within the same page, or an address that does not parse.
 */
export function absoluteHref(raw: string, base?: string | null): string | null {
  const value = raw.trim();
  if (!value || value.startsWith("#")) return null;
  let url: URL;
  try {
    url = base ? new URL(value, base) : new URL(value);
  } catch {
    return null;
  }
  if (!KEPT_SCHEMES.has(url.protocol)) return null;
  // Cloudflare's stand-in for an e-mail address hidden from robots: the address itself is not in it.
  if (url.pathname.startsWith("/cdn-cgi/l/email-protection")) return null;
  if (url.protocol === "mailto:" || url.protocol === "tel:") {
    if (!url.pathname.trim()) return null;
  } else if (base && samePageJump(url, base)) return null;
  const href = url.href;
  return href.length > MAX_LINK_HREF_CHARS ? null : href;
}

/** "https://site/privacy#cookies" read on https://site/privacy is a jump within the page. */
function samePageJump(url: URL, base: string): boolean {
  if (!url.hash) return false;
  try {
    const page = new URL(base);
    return url.origin === page.origin && url.pathname === page.pathname && url.search === page.search;
  } catch {
    return false;
  }
}

/** A link's words, spaces collapsed and bounded; "" when it has none to show. */
export function linkWords(text: string): string {
  const words = cleanSpaces(text);
  return words.length > MAX_LINK_TEXT_CHARS ? words.slice(0, MAX_LINK_TEXT_CHARS).trimEnd() : words;
}

/** The links whose words occur in `text` (the part of a block or segment they belong to). */
export function linksWithin(text: string, links: readonly Link[] | undefined): Link[] {
  if (!links?.length) return [];
  return links.filter((l) => text.includes(l.text));
}

/** `links` without repeats (same words and address), bounded. */
export function uniqueLinks(links: readonly Link[]): Link[] {
  const seen = new Set<string>();
  const out: Link[] = [];
  for (const l of links) {
    const key = `${l.text}\u0000${l.href}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(l);
    if (out.length >= MAX_LINKS) break;
  }
  return out;
}
