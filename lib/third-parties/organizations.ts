// Who a host belongs to: its registrable domain (tldts, the Public Suffix List) and the organisation,
// category and names the trimmed third-party-web table and our overrides give it. Pure lookups.
import { parse } from "tldts";
import TABLE from "./entity-table.json";
import { ORGANIZATION_OVERRIDES, PRODUCT_PATTERNS } from "./overrides";

export interface Organization {
  /** What the row shows: the product or the table's entity name ("Google Analytics", "Meta Pixel"). */
  name: string;
  /** The company behind it ("Google", "Meta"); null when the host is not in the table. */
  organization: string | null;
  /** third-party-web's category ("analytics", "ad", "social", …), or "unknown". */
  category: string;
  /** Every name a policy may use for it: product, entity, organisation, parents, aliases. */
  names: string[];
}

interface Entity {
  name: string;
  company: string;
  category: string;
  names: string[];
}

interface Index {
  exact: Map<string, Entity>;
  wildcard: Map<string, Entity>;
  /** The first entity with a host under each registrable domain ("twitter.com" → Twitter). */
  sibling: Map<string, Entity>;
  entities: Entity[];
}

let index: Index | null = null;

/** "Google/Doubleclick Ads" → ["Google/Doubleclick Ads", "Google", "Doubleclick Ads"]; "Vizu (Nielsen)" → its parts. */
function nameParts(name: string): string[] {
  const parts = name.split(/\s*[/()]\s*/).map((part) => part.trim());
  return [name, ...parts.filter((part) => part && part !== name)];
}

function buildIndex(): Index {
  const exact = new Map<string, Entity>();
  const wildcard = new Map<string, Entity>();
  const sibling = new Map<string, Entity>();
  const entities: Entity[] = [];
  for (const [name, tableCompany, category, domains] of TABLE.entities as [
    string,
    string,
    number,
    string,
  ][]) {
    const overrides = ORGANIZATION_OVERRIDES.filter(
      (o) => o.entity === name || (o.company && o.company === (tableCompany || name)),
    );
    const company = overrides.find((o) => o.organization)?.organization ?? (tableCompany || name);
    const names = [
      ...nameParts(name),
      company,
      ...(tableCompany && tableCompany !== company ? [tableCompany] : []),
      ...overrides.flatMap((o) => o.aliases),
    ];
    const entity: Entity = {
      name,
      company,
      category: TABLE.categories[category] ?? "other",
      names: [...new Set(names)],
    };
    entities.push(entity);
    for (const domain of domains.split(" ")) {
      const host = domain.replace(/^\*\./, "");
      if (domain.startsWith("*.")) wildcard.set(host, entity);
      else exact.set(host, entity);
      const registrable = registrableDomain(host);
      if (registrable && !sibling.has(registrable)) sibling.set(registrable, entity);
    }
  }
  return { exact, wildcard, sibling, entities };
}

function theIndex(): Index {
  index ??= buildIndex();
  return index;
}

/** Every entity's names, for the policy reader (lib/third-parties/policy-mentions.ts). */
export function allOrganizationNames(): string[] {
  const names = new Set<string>();
  for (const entity of theIndex().entities) for (const name of entity.names) names.add(name);
  return [...names];
}

/** A host's registrable domain ("www.google-analytics.com" → "google-analytics.com"); null for IPs and unknown suffixes. */
export function registrableDomain(host: string): string | null {
  const parsed = parse(host);
  if (parsed.isIp || !parsed.isIcann || !parsed.domain) return null;
  return parsed.domain;
}

/**
 * The table's entity for a host: exact host, then `*.suffix` rows from the host up, then the entity
 * listed for another host of the same registrable domain.
 */
function entityOfHost(host: string): Entity | null {
  const { exact, wildcard, sibling } = theIndex();
  const found = exact.get(host);
  if (found) return found;
  for (let rest = host; rest.includes("."); rest = rest.slice(rest.indexOf(".") + 1)) {
    const match = wildcard.get(rest);
    if (match) return match;
  }
  const domain = registrableDomain(host);
  return (domain && (exact.get(domain) ?? sibling.get(domain))) || null;
}

/** Who a loaded address belongs to; null when it is not a web address of a known public suffix. */
export function organizationOf(url: string): Organization | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return null;
  }
  const domain = registrableDomain(host);
  if (!domain) return null;
  const entity = entityOfHost(host);
  if (!entity) return { name: domain, organization: null, category: "unknown", names: [domain] };
  const product = PRODUCT_PATTERNS.find((p) => p.pattern.test(url));
  const names = product ? [product.name, ...entity.names] : entity.names;
  return {
    name: product?.name ?? entity.name,
    organization: entity.company,
    category: product?.category ?? entity.category,
    names: [...new Set([...names, domain])],
  };
}
