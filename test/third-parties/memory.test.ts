import { describe, expect, it } from "vitest";
import { MAX_PARTIES_PER_SITE, MAX_SITES, recall, remember, validMemory } from "@/lib/third-parties/memory";

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 1);
const party = (domain: string, name = domain) => ({
  domain,
  name,
  organization: null,
  category: "unknown",
  names: [name],
});

describe("the per-site memory", () => {
  it("recalls what the site's pages loaded, newest first", () => {
    let memory = remember({}, "shop.com", [party("hotjar.com", "Hotjar")], NOW - DAY);
    memory = remember(memory, "shop.com", [party("segment.com", "Segment")], NOW);
    memory = remember(memory, "other.com", [party("criteo.com")], NOW);
    expect(recall(memory, "shop.com", NOW).map((p) => p.name)).toEqual(["Segment", "Hotjar"]);
    expect(recall(memory, "nowhere.com", NOW)).toEqual([]);
  });

  it("forgets after 30 days", () => {
    const memory = remember({}, "shop.com", [party("hotjar.com")], NOW - 31 * DAY);
    expect(recall(memory, "shop.com", NOW)).toEqual([]);
    expect(recall(memory, "shop.com", NOW - 30 * DAY)).toHaveLength(1);
    expect(remember(memory, "b.com", [party("x.com")], NOW)).not.toHaveProperty("shop.com");
  });

  it("is bounded in entries per site and in sites", () => {
    const many = Array.from({ length: MAX_PARTIES_PER_SITE + 20 }, (_, i) => party(`d${i}.com`));
    expect(recall(remember({}, "shop.com", many, NOW), "shop.com", NOW)).toHaveLength(MAX_PARTIES_PER_SITE);
    let memory = {};
    for (let i = 0; i < MAX_SITES + 10; i++)
      memory = remember(memory, `site${i}.com`, [party("x.com")], NOW + i);
    expect(Object.keys(memory)).toHaveLength(MAX_SITES);
    expect(memory).toHaveProperty(`site${MAX_SITES + 9}.com`);
    expect(memory).not.toHaveProperty("site0.com");
  });

  it("resets a corrupt stored value with a warning", () => {
    const warnings: string[] = [];
    expect(validMemory({ "shop.com": [{ domain: 5 }] }, (w) => warnings.push(w))).toEqual({});
    expect(validMemory("nonsense", (w) => warnings.push(w))).toEqual({});
    expect(warnings).toHaveLength(2);
    const good = remember({}, "shop.com", [party("x.com")], NOW);
    expect(validMemory(good, (w) => warnings.push(w))).toEqual(good);
    expect(validMemory(undefined, (w) => warnings.push(w))).toEqual({});
    expect(warnings).toHaveLength(2);
  });
});
