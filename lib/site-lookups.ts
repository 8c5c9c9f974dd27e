// The popup's questions about sites, answered without the Public Suffix List when the names alone
// settle them; only otherwise is the list loaded (lib/site-scope.ts, tldts: about 140 KB, kept out of
// the popup's first load).

/** Which listed site switches `site` off: itself, or a listed parent that covers it; else null. */
export async function switchedOffEntry(
  entries: readonly string[],
  site: string | null,
): Promise<string | null> {
  if (!site) return null;
  if (entries.includes(site)) return site;
  const parents = entries.filter((entry) => site.endsWith(`.${entry}`));
  if (parents.length === 0) return null;
  const { coveringEntry } = await import("./site-scope");
  return coveringEntry(parents, site);
}

/** An http(s) address's host without a leading "www.", lower-case; null when it isn't one. */
function plainHost(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== "http:" && protocol !== "https:") return null;
    return hostname
      .toLowerCase()
      .replace(/\.$/, "")
      .replace(/^www\./, "");
  } catch {
    return null;
  }
}

/** The other site a policy link goes to ("example-group.com"); null when it stays on the page's site. */
export async function linkedSite(link: string | null, pageUrl: string): Promise<string | null> {
  if (!link) return null;
  const target = plainHost(link);
  const here = plainHost(pageUrl);
  if (!target || !here || target === here) return null;
  const { otherSiteOf } = await import("./site-scope");
  return otherSiteOf(link, pageUrl);
}
