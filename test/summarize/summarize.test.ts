import { describe, expect, it } from "vitest";
import { summarize } from "../../lib/summarize/index";
import { segs } from "./helpers";

describe("summarize", () => {
  it("returns four findings whose evidence is verbatim text of the right segment", () => {
    const input = segs(
      "We use cookies and web beacons. Advertisers may set their own cookies to show you ads.",
      "We may share your data with service providers. We do not sell your personal information.",
      "To opt out of marketing e-mails, write to optout@example.com.",
      "We do not respond to Do Not Track signals.",
    );
    const s = summarize(input);
    for (const f of [s.cookies, s.sharing, s.optOut, s.tracking]) {
      expect(f.facts.length).toBeGreaterThan(0);
      for (const e of f.evidence) expect(input[e.segment]?.text.includes(e.text)).toBe(true);
    }
    expect(s.sharing.sells).toBe(false);
    expect(s.optOut.contacts[0]?.value).toBe("optout@example.com");
    expect(s.tracking.doNotTrack).toBe("not-honored");
  });
});
