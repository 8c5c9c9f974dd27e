import { describe, expect, it } from "vitest";
import { badgeTitle } from "../../lib/badge-title";
import { withChangeLine, withChangeMark } from "../../lib/changes/badge-marker";
import { lookupFromMessages } from "../../lib/i18n";
import type { Summary } from "../../lib/types";
import english from "../../public/_locales/en/messages.json";

const lookup = lookupFromMessages(english);

describe("badgeTitle", () => {
  it("names each finding with its level word", () => {
    const summary = {
      cookies: { level: "bad" },
      sharing: { level: "caution" },
      optOut: { level: "good" },
      tracking: { level: "unknown" },
    } as unknown as Summary;
    expect(badgeTitle(summary, (key) => lookup(key))).toBe(
      "Privacy Glance\nCookies: Concern\nData sharing: Caution\nOpting out: Good\nTracking signals: Not mentioned",
    );
  });
});

describe("change mark", () => {
  it("marks the badge and the tooltip of a changed policy only", () => {
    const words = (key: string) => (key === "policyChangedBadgeTitle" ? "Changed" : key);
    expect(withChangeMark("!", true)).toBe("!*");
    expect(withChangeMark("!", false)).toBe("!");
    expect(withChangeMark("", true)).toBe("");
    expect(withChangeLine("Privacy Glance", true, words)).toBe("Privacy Glance\nChanged");
    expect(withChangeLine("Privacy Glance", false, words)).toBe("Privacy Glance");
  });
});
