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
    [["location", "device-sensors"], /camera or sensors/],
    [["location", "web-beacons"], /Collects your location/],
    [["fingerprinting"], /fingerprinting/],
    [["web-beacons"], /Mentions tracking technologies/],
  ])("tracking notes %j lead with the most telling one", (kinds, verdict) => {
    expect(verdictOf(tracking({ notes: kinds.map(note) }), "tracking")).toMatch(verdict);
  });
});
