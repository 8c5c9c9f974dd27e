import { describe, expect, it } from "vitest";
import { badgeTitle } from "../../lib/badge-title";
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
