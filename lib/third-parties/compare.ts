// The third parties a page loaded, one per registrable domain, beside what its policy says of each:
// named (the organisation, its product or its parent, with the quote), covered only by a general
// statement ("analytics providers"), or not mentioned. Pure.
import { kindsFor } from "./general-terms";
import { type Organization, organizationOf, registrableDomain } from "./organizations";
import type { PolicyMentions, Quote } from "./policy-mentions";

export interface LoadedParty extends Omit<Organization, "names"> {
  domain: string;
  names: string[];
}

export type Named = "yes" | "general" | "no";

/** One entry of `thirdParties` (the command-line and popup contract in the README). */
export interface ThirdParty {
  domain: string;
  name: string;
  organization: string | null;
  category: string;
  named: Named;
  evidence: Quote | null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * The organisations behind the loaded addresses, one per registrable domain (the one most of its
 * addresses belong to), leaving out the site's own domain and the site's own organisation.
 */
export function loadedParties(urls: readonly string[], siteUrl: string | null): LoadedParty[] {
  const siteHost = siteUrl ? hostOf(siteUrl) : null;
  const siteDomain = siteHost ? registrableDomain(siteHost) : null;
  const siteOrganization = siteUrl ? organizationOf(siteUrl)?.organization : null;
  const byDomain = new Map<string, Map<string, { org: Organization; count: number }>>();
  for (const url of urls) {
    const host = hostOf(url);
    const domain = host ? registrableDomain(host) : null;
    const org = organizationOf(url);
    if (!domain || !org || domain === siteDomain) continue;
    if (siteOrganization && org.organization === siteOrganization) continue;
    const counts = byDomain.get(domain) ?? new Map();
    const seen = counts.get(org.name) ?? { org, count: 0 };
    seen.count++;
    counts.set(org.name, seen);
    byDomain.set(domain, counts);
  }
  const parties: LoadedParty[] = [];
  for (const [domain, counts] of byDomain) {
    const best = [...counts.values()].reduce((a, b) => (b.count > a.count ? b : a));
    parties.push({ domain, ...best.org });
  }
  return parties;
}

/** Whether and how the policy covers one loaded party. */
export function namedInPolicy(
  party: LoadedParty,
  mentions: PolicyMentions,
): Pick<ThirdParty, "named" | "evidence"> {
  for (const name of party.names) {
    const quote = mentions.names[name];
    if (quote) return { named: "yes", evidence: quote };
  }
  const written = mentions.domains[party.domain];
  if (written) return { named: "yes", evidence: written };
  for (const kind of kindsFor(party.category)) {
    const quote = mentions.kinds[kind];
    if (quote) return { named: "general", evidence: quote };
  }
  return { named: "no", evidence: null };
}

const ORDER: Record<Named, number> = { no: 0, general: 1, yes: 2 };

/** The contract entries: not-named first, then general, then named; by name within each. */
export function compareWithPolicy(parties: readonly LoadedParty[], mentions: PolicyMentions): ThirdParty[] {
  return parties
    .map((p) => ({
      domain: p.domain,
      name: p.name,
      organization: p.organization,
      category: p.category,
      ...namedInPolicy(p, mentions),
    }))
    .sort(
      (a, b) =>
        ORDER[a.named] - ORDER[b.named] || a.name.localeCompare(b.name) || a.domain.localeCompare(b.domain),
    );
}
