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
