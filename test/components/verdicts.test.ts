// The one-line verdicts say the most telling thing a finding holds, in the user's language.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verdictOf } from "@/components/verdicts";
import { setMessageLookup } from "@/lib/i18n";
import type { OptOutFinding, Summary, TrackingFinding } from "@/lib/types";
import { useEnglishMessages } from "../popup/english";

const optOut = (f: Partial<OptOutFinding>): Summary =>
  ({ optOut: { level: "caution", choices: [], contacts: [], facts: [], evidence: [], ...f } }) as Summary;
const tracking = (f: Partial<TrackingFinding>): Summary =>
  ({
    tracking: {
      level: "bad",
      doNotTrack: "not-mentioned",
      globalPrivacyControl: "not-mentioned",
      notes: [],
      facts: [],
      evidence: [],
      ...f,
    },
  }) as unknown as Summary;
const note = (kind: string) => ({ kind, text: "…", segment: 0 });

describe("verdictOf", () => {
  beforeEach(() => useEnglishMessages());
  afterEach(() => setMessageLookup());

  it("an opt-out finding with some control but no contact or link is not 'no way to opt out'", () => {
    expect(verdictOf(optOut({ level: "caution" }), "optOut")).toMatch(/limited choices/);
    expect(verdictOf(optOut({ level: "unknown" }), "optOut")).toMatch(/doesn't describe a way to opt out/);
  });

  it.each([
    [{ level: "bad", choices: [] }, /describes no way to opt out/],
    [{ level: "caution", choices: ["opt-out-link"] }, /^Shares your data for ads; you can opt out/],
    [{ level: "caution", choices: ["contact"] }, /^Shares your data for ads; you can opt out/],
    [{ level: "good", choices: ["opt-out-link", "contact"] }, /through the policy's own links/],
    [{ level: "good", choices: ["contact"] }, /by contacting the company/],
    [{ level: "caution", choices: ["browser-controls"] }, /browser's settings/],
  ] as const)("an opt-out finding %j gives the reason for its level", (f, verdict) => {
    const contacts = Array.from({ length: 13 }, (_, i) => ({
      kind: "email" as const,
      value: `p${i}@shop.example`,
      purpose: "privacy questions",
      segment: 0,
    }));
    // Thirteen contacts never make the headline: what a person can do does.
    const text = verdictOf(optOut({ ...f, choices: [...(f.choices ?? [])], contacts }), "optOut");
    expect(text).toMatch(verdict);
    expect(text).not.toMatch(/13/);
  });

  it("names a sale only where the sharing finding holds one", () => {
    const withSale = (f: Partial<OptOutFinding>, sells: boolean | null): Summary =>
      ({ ...optOut(f), sharing: { sells } }) as unknown as Summary;
    expect(verdictOf(withSale({ level: "caution", choices: ["contact"] }, true), "optOut")).toMatch(
      /^Sells or shares your data for ads; you can opt out/,
    );
    expect(verdictOf(withSale({ level: "bad" }, true), "optOut")).toMatch(
      /^Sells or shares your data for ads, and/,
    );
    // Sharing for ads with no sale (or a policy that says it does not sell): no sale in the headline.
    for (const sells of [false, null]) {
      expect(verdictOf(withSale({ level: "bad" }, sells), "optOut")).toMatch(
        /^Shares your data for ads, and describes no way to opt out/,
      );
      expect(
        verdictOf(withSale({ level: "caution", choices: ["opt-out-link"] }, sells), "optOut"),
      ).not.toMatch(/[Ss]ell/);
    }
  });

  it.each([
    [["location", "device-sensors"], "bad", /camera or sensors/],
    [["location", "web-beacons"], "caution", /Collects your location/],
    [["fingerprinting"], "bad", /fingerprinting/],
    [["web-beacons"], "caution", /Mentions tracking technologies/],
  ] as const)("tracking notes %j (%s) lead with the most telling one", (kinds, level, verdict) => {
    expect(verdictOf(tracking({ level, notes: kinds.map(note) }), "tracking")).toMatch(verdict);
  });

  it("a tracking headline states what decided the level, not a kinder fact beside it", () => {
    const honoredButFingerprints = tracking({
      level: "bad",
      doNotTrack: "honored",
      notes: [note("fingerprinting")],
    });
    expect(verdictOf(honoredButFingerprints, "tracking")).toMatch(/fingerprinting/);
    expect(verdictOf(tracking({ level: "good", globalPrivacyControl: "honored" }), "tracking")).toMatch(
      /Global Privacy Control/,
    );
  });
});
