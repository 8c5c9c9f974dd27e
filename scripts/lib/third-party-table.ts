// The trimmed third-party-web table: one row per entity, [name, company, category, "domain domain …"].
// Company is left empty when it is the entity's own name; categories are listed once and referred to by
// index. Homepages, products and the HTTP Archive statistics are dropped: the extension doesn't use them.

interface SourceEntity {
  name: string;
  company?: string;
  category: string;
  domains: string[];
}

export interface EntityTable {
  source: string;
  categories: string[];
  entities: [name: string, company: string, category: number, domains: string][];
}

export function trimEntities(entities: SourceEntity[], source = "third-party-web"): EntityTable {
  const categories = [...new Set(entities.map((e) => e.category))].sort();
  return {
    source,
    categories,
    entities: entities.map((e) => [
      e.name,
      e.company && e.company !== e.name ? e.company : "",
      categories.indexOf(e.category),
      e.domains.join(" "),
    ]),
  };
}
