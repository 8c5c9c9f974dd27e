// What a site name covers, by the Public Suffix List (tldts): the per-site switch ("example.com" covers
// www.example.com and its other subdomains) and whether a link leaves the site a page is on. Site names
// are those of lib/storage.ts (siteOf, siteFromInput): lower-case hosts without port or trailing dot.
import { parse } from "tldts";

const PSL = { allowPrivateDomains: true } as const;

/**
 * True when `name` is itself a suffix under which unrelated people register sites ("com", "co.uk",
 * "github.io"): switching it off would switch off every site under it. Names the list doesn't know
 * ("localhost", an intranet name) and addresses are not.
 */
export function isSharedSuffix(name: string): boolean {
  const parsed = parse(name, PSL);
  return !parsed.isIp && parsed.domain === null && Boolean(parsed.isIcann || parsed.isPrivate);
}

/**
 * True when a switched-off `entry` covers the hosts below it too: a name with a registrable part
 * ("example.com", "www.example.com"); a shared suffix, a single name such as "localhost" and an IP
 * address cover only themselves.
 */
export function coversSubdomains(entry: string): boolean {
  const parsed = parse(entry, PSL);
  return !parsed.isIp && parsed.domain !== null;
}

/** The entry of `entries` that switches `site` off (itself first, then the nearest parent); else null. */
export function coveringEntry(entries: readonly string[], site: string): string | null {
  if (entries.includes(site)) return site;
  let best: string | null = null;
  for (const entry of entries) {
    if (!site.endsWith(`.${entry}`) || !coversSubdomains(entry)) continue;
    if (!best || entry.length > best.length) best = entry;
  }
  return best;
}

/** The site an http(s) address belongs to: its registrable domain, else its host; null if not one. */
export function registrableSite(url: string): string | null {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    host = parsed.hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return null;
  }
  if (!host) return null;
  return parse(host, PSL).domain ?? host;
}

/**
 * The other site `link` goes to, when it leaves the site of `pageUrl` ("example-group.com" from
 * www.example.com); null when it stays on it (shop.example.com → www.example.com) or can't be read.
 */
export function otherSiteOf(link: string, pageUrl: string): string | null {
  const target = registrableSite(link);
  const here = registrableSite(pageUrl);
  return target && here && target !== here ? target : null;
}
