import { describe, expect, it } from "vitest";
import { sharingFinding } from "../../lib/summarize/sharing";
import { seg, segs } from "./helpers";

describe("sharingFinding", () => {
  it.each([
    // text, thirdParty, sells, level
    ["We never share your personal data with third parties.", false, null, "good"],
    ["We do not sell your personal information to anyone.", null, false, "unknown"],
    ["We may sell your e-mail address to marketing partners.", true, true, "bad"],
    ["We share your details with service providers who host our site.", true, null, "caution"],
    ["We do not share your data with third parties except to comply with the law.", true, null, "caution"],
    ["In the event we sell our business, your data may be transferred to the buyer.", true, null, "caution"],
    ["This paragraph is about our coffee.", null, null, "unknown"],
  ] as const)("%s", (text, thirdParty, sells, level) => {
    const f = sharingFinding(segs(text));
    expect(f.thirdParty).toBe(thirdParty);
    expect(f.sells).toBe(sells);
    expect(f.level).toBe(level);
  });

  it.each([
    ["We share data with advertising networks to show you ads.", "advertising"],
    ["Partners may receive your address for their own marketing.", "marketing"],
    ["We disclose information to our affiliates and subsidiaries.", "affiliates"],
    ["We may disclose information to law enforcement when required by law.", "legal requests"],
    ["If we are acquired or merge, information may be transferred to the successor.", "business transfers"],
    ["Vendors that perform services on our behalf receive your data.", "service providers"],
    ["Third parties may collect statistics to measure audience size.", "analytics"],
  ])("purpose of: %s", (text, purpose) => {
    expect(sharingFinding(segs(text)).purposes).toContain(purpose);
  });

  it("flags advertising sharing as bad", () => {
    const f = sharingFinding(segs("We share data with advertising networks to show you ads."));
    expect(f.advertising).toBe(true);
    expect(f.level).toBe("bad");
  });

  it("names third parties found in the text", () => {
    const f = sharingFinding(
      segs("We share usage data with Google Analytics and Facebook.", "Nothing else."),
    );
    expect(f.namedThirdParties).toEqual(expect.arrayContaining(["Google Analytics", "Facebook"]));
  });

  it("reads advertising sharing only in third-party sections when segments are classified", () => {
    const text = "We share data with advertising networks to show you ads.";
    expect(sharingFinding([seg(0, text, { categories: ["First Party Collection/Use"] })]).advertising).toBe(
      false,
    );
    expect(
      sharingFinding([seg(0, text, { categories: ["Third Party Sharing/Collection"] })]).advertising,
    ).toBe(true);
  });
});
