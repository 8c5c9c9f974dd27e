import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import TABLE from "@/lib/third-parties/entity-table.json";
import { organizationOf, registrableDomain } from "@/lib/third-parties/organizations";
import { ORGANIZATION_OVERRIDES } from "@/lib/third-parties/overrides";
import { trimEntities } from "../../scripts/lib/third-party-table";

describe("registrable domains", () => {
  it.each([
    ["www.google-analytics.com", "google-analytics.com"],
    ["static.hotjar.com", "hotjar.com"],
    ["news.bbc.co.uk", "bbc.co.uk"],
    ["d31j93rd8oukbv.cloudfront.net", "cloudfront.net"],
    ["127.0.0.1", null],
    ["console.log", null],
    ["localhost", null],
  ])("%s → %s", (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });
});

describe("organisations", () => {
  it.each([
    ["https://www.google-analytics.com/analytics.js", "Google Analytics", "Google", "analytics"],
    ["https://www.googletagmanager.com/gtm.js", "Google Tag Manager", "Google", "tag-manager"],
    ["https://stats.g.doubleclick.net/r/collect", "Google/Doubleclick Ads", "Google", "ad"],
    ["https://connect.facebook.net/en_US/fbevents.js", "Meta Pixel", "Meta", "ad"],
    ["https://connect.facebook.net/en_US/sdk.js", "Facebook", "Meta", "social"],
    ["https://static.hotjar.com/c/hotjar-1.js", "Hotjar", "Hotjar", "analytics"],
    ["https://js-agent.newrelic.com/nr.js", "New Relic", "New Relic", "utility"],
    ["https://bam.nr-data.net/1/x", "New Relic", "New Relic", "utility"],
    ["https://cdn.segment.com/analytics.js", "Segment", "Segment", "analytics"],
    ["https://twitter.com/widgets.js", "Twitter", "Twitter", "social"],
    ["https://px.ads.linkedin.com/collect", "LinkedIn Ads", "Microsoft", "ad"],
  ])("%s is %s (%s, %s)", (url, name, organization, category) => {
    expect(organizationOf(url)).toMatchObject({ name, organization, category });
  });

  it("lists the parent and aliases among the names a policy may use", () => {
    expect(organizationOf("https://www.google-analytics.com/ga.js")?.names).toEqual(
      expect.arrayContaining(["Google Analytics", "Google", "Alphabet", "google-analytics.com"]),
    );
    expect(organizationOf("https://connect.facebook.net/en_US/fbevents.js")?.names).toEqual(
      expect.arrayContaining(["Meta Pixel", "Facebook", "Meta"]),
    );
  });

  it("calls an unknown host by its domain, without an organisation", () => {
    expect(organizationOf("https://cdn.some-small-vendor.com/x.js")).toEqual({
      name: "some-small-vendor.com",
      organization: null,
      category: "unknown",
      names: ["some-small-vendor.com"],
    });
  });

  it.each(["not a url", "data:text/plain,x", "http://127.0.0.1/x", "https://console.log/"])(
    "has nothing for %s",
    (url) => expect(organizationOf(url)).toBeNull(),
  );
});

describe("the tables", () => {
  it("has every override pointing at an entity or company the table has, with a source", () => {
    const names = new Set(TABLE.entities.map((e) => e[0]));
    const companies = new Set(TABLE.entities.map((e) => e[1] || e[0]));
    for (const row of ORGANIZATION_OVERRIDES) {
      expect(row.entity ? names.has(row.entity) : companies.has(row.company ?? "")).toBe(true);
      expect(row.source).toMatch(/^https:\/\//);
    }
  });

  it("is the trimmed form of the installed third-party-web (npm run build:third-party-table)", () => {
    const require = createRequire(import.meta.url);
    const source = require.resolve("third-party-web/dist/entities-nostats.json");
    const { version } = require("third-party-web/package.json") as { version: string };
    const entities = JSON.parse(readFileSync(source, "utf8"));
    expect(trimEntities(entities, `third-party-web@${version}`)).toEqual(TABLE);
  });
});
