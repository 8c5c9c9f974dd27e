import { describe, expect, it } from "vitest";
import { compareWithPolicy, loadedParties } from "@/lib/third-parties/compare";
import { policyMentions } from "@/lib/third-parties/policy-mentions";

const SITE = "https://www.shop.example.com/privacy";
const LOADED = [
  "https://www.google-analytics.com/analytics.js",
  "https://www.google-analytics.com/collect",
  "https://static.hotjar.com/c/hotjar-1.js",
  "https://connect.facebook.net/en_US/fbevents.js",
  "https://cdn.shop.example.com/app.js",
  "https://fonts.gstatic.com/s/x.woff2",
];

const segments = (...texts: string[]) => texts.map((text, index) => ({ text, index }));

describe("loadedParties", () => {
  it("gives one entry per registrable domain, leaving out the site's own", () => {
    const parties = loadedParties(LOADED, SITE);
    expect(parties.map((p) => [p.domain, p.name])).toEqual([
      ["google-analytics.com", "Google Analytics"],
      ["hotjar.com", "Hotjar"],
      ["facebook.net", "Meta Pixel"],
      ["gstatic.com", "Google Fonts"],
    ]);
  });

  it("leaves out the site's own organisation's other domains", () => {
    const parties = loadedParties(
      ["https://www.gstatic.com/x.js", "https://static.hotjar.com/h.js"],
      "https://www.google.com/policies/privacy/",
    );
    expect(parties.map((p) => p.domain)).toEqual(["hotjar.com"]);
  });

  it("ignores addresses it cannot read", () => {
    expect(loadedParties(["nonsense", "http://127.0.0.1:8080/x.js", ""], SITE)).toEqual([]);
  });
});

describe("compareWithPolicy", () => {
  const parties = loadedParties(LOADED, SITE);

  it("finds a named organisation, with its quote, and puts the not-named first", () => {
    const mentions = policyMentions(
      segments(
        "Cookies",
        "We use Google Analytics to understand how visitors use the shop. Google's privacy policy applies to it.",
      ),
    );
    const rows = compareWithPolicy(parties, mentions);
    expect(rows.map((r) => [r.name, r.named])).toEqual([
      ["Hotjar", "no"],
      ["Meta Pixel", "no"],
      ["Google Analytics", "yes"],
      ["Google Fonts", "yes"],
    ]);
    expect(rows[2]?.evidence).toEqual({
      text: "We use Google Analytics to understand how visitors use the shop.",
      segment: 1,
    });
  });

  it("names through the parent company or a product name", () => {
    const rows = compareWithPolicy(
      parties,
      policyMentions(segments("We use the Meta Pixel for ads.", "Alphabet Inc. provides our fonts.")),
    );
    const named = Object.fromEntries(rows.map((r) => [r.name, r.named]));
    expect(named).toEqual({
      "Meta Pixel": "yes",
      "Google Analytics": "yes",
      "Google Fonts": "yes",
      Hotjar: "no",
    });
  });

  it("counts a general statement of the right kind only", () => {
    const rows = compareWithPolicy(
      parties,
      policyMentions(
        segments(
          "We work with analytics providers who set cookies.",
          "Our advertising partners may show you ads.",
        ),
      ),
    );
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(byName.Hotjar?.named).toBe("general");
    expect(byName.Hotjar?.evidence?.text).toBe("We work with analytics providers who set cookies.");
    expect(byName["Meta Pixel"]?.named).toBe("general");
    expect(byName["Google Fonts"]?.named).toBe("no");
  });

  it("does not take an ordinary word for a name", () => {
    const segment = loadedParties(["https://cdn.segment.com/analytics.js"], SITE);
    expect(
      compareWithPolicy(segment, policyMentions(segments("Each segment of our audience is measured."))),
    ).toMatchObject([{ name: "Segment", named: "no" }]);
    expect(compareWithPolicy(segment, policyMentions(segments("We send events to Segment.")))).toMatchObject([
      { name: "Segment", named: "yes" },
    ]);
  });

  it("finds a domain written in the policy", () => {
    const rows = compareWithPolicy(
      loadedParties(["https://cdn.tiny-vendor.io/x.js"], SITE),
      policyMentions(segments("Scripts from www.tiny-vendor.io measure page speed.")),
    );
    expect(rows).toMatchObject([{ name: "tiny-vendor.io", organization: null, named: "yes" }]);
  });
});
