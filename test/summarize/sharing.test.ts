import { describe, expect, it } from "vitest";
import { sharingFinding } from "../../lib/summarize/sharing";
import type { Category } from "../../lib/types";
import { seg, segs } from "./helpers";

describe("sharingFinding: the classifier's sharing-for-advertising paragraphs", () => {
  const labelled = (text: string) =>
    seg(0, text, { labels: ["sharing", "advertising"], categories: ["Third Party Sharing/Collection"] });
  it.each([
    // A sentence names the party and the advertising together: shared for ads.
    ["We may give your browsing history to advertising partners so they can show you ads.", true],
    // The paragraph lists its own purposes (marketing among them) and names partners elsewhere.
    [
      "We use your data to run the shop and to market our own products to you. We work with delivery partners to get parcels to you.",
      false,
    ],
  ])("%s → advertising %s", (text, advertising) => {
    expect(sharingFinding([labelled(text)]).advertising).toBe(advertising);
  });
});

describe("sharingFinding", () => {
  it.each([
    // text, thirdParty, sells, level
    // Sharing with no one is selling to no one.
    ["We never share your personal data with third parties.", false, false, "good"],
    ["We do not sell your personal information to anyone.", null, false, "unknown"],
    ["We may sell your e-mail address to marketing partners.", true, true, "bad"],
    ["We share your details with service providers who host our site.", true, null, "caution"],
    ["We do not share your data with third parties except to comply with the law.", true, null, "caution"],
    ["In the event we sell our business, your data may be transferred to the buyer.", true, null, "caution"],
    ["This paragraph is about our coffee.", null, null, "unknown"],
    ["We share your e-mail with our hosting provider only with your consent.", true, null, "caution"],
    ["We never give your card details to our payment providers.", false, false, "good"],
    // A kind of organisation after the verb is a recipient too; a service offered to one is not.
    ["We share your reading history with audience research companies.", true, null, "caution"],
    ["We will not pass your data on to survey firms.", false, false, "good"],
    ["We provide our booking service to businesses of every size.", null, null, "unknown"],
    // Third parties as the ones who get the data: denied and stated.
    ["No outside partners get your contact details.", false, false, "good"],
    ["Our delivery partners get your address so the parcel arrives.", true, null, "caution"],
    // A denial with no recipient denies sharing with anyone, unless it carves something out.
    ["We don't share your data.", false, false, "good"],
    ["None of the information we hold is ever shared.", false, false, "good"],
    ["We do not share your data unless you ask us to.", null, null, "unknown"],
    ["You may ask us not to share your data.", null, null, "unknown"],
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

  it("quotes only sentences that support the verdict, and tells hiring, receiving and device files apart", () => {
    const f = sharingFinding(
      segs(
        "We guard your details and do not disclose them to anyone.",
        "We may contract with outside service providers to help us understand how the site is used.",
        "We work with partners and may receive information about you from them.",
        "A cookie is a small file that a site or its service provider transfers to your computer.",
      ),
    );
    expect(f.thirdParty).toBe(true);
    expect(f.purposes).toContain("service providers");
    expect(f.evidence.map((e) => e.text)).toEqual([
      "We may contract with outside service providers to help us understand how the site is used.",
    ]);
  });

  it.each([
    ["We may share the details we collect from you with our advertising partners.", "bad"],
    ["We may disclose data we obtain from cookies to advertisers.", "bad"],
    ["We may share details with partners who send ads to your device.", "bad"],
    ["Our app works with third-party fitness devices.", "unknown"],
    ["We employ strict safeguards against misuse by third parties.", "unknown"],
  ])("still reads %j as %s", (text, level) => {
    expect(sharingFinding(segs(text)).level).toBe(level);
  });

  it("hiring a firm for our own marketing is not sharing for advertising", () => {
    const f = sharingFinding(
      segs("We may employ third parties to run services for us, such as hosting, billing and marketing."),
    );
    expect(f.thirdParty).toBe(true);
    expect(f.advertising).toBe(false);
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

  it("reads vague advertising sharing only in third-party sections, a named ad party anywhere", () => {
    const vague = "We share data with partners to show you ads.";
    const named = "We share data with advertising networks to show you ads.";
    const finding = (text: string, category: Category) =>
      sharingFinding([seg(0, text, { categories: [category] })]);
    expect(finding(vague, "First Party Collection/Use").advertising).toBe(false);
    expect(finding(vague, "Third Party Sharing/Collection").advertising).toBe(true);
    expect(finding(named, "First Party Collection/Use").advertising).toBe(true);
    expect(
      finding("We never share data with advertising networks.", "First Party Collection/Use").advertising,
    ).not.toBe(true);
  });
});

describe("the right to opt out of the sale, with the page to do it", () => {
  it.each([
    // [paragraphs, sells]
    [["You have the right to opt out of the sale of your data. Please use our opt-out page to do so."], true],
    [["Residents may opt out of having their personal information sold; visit our Do Not Sell page."], true],
    // The right described, then a denial: no sale admitted.
    [["You have the right to opt out of the sale of your data. We do not sell personal data."], false],
    // The right alone, or a page about something else, or the page in another paragraph.
    [["You have the right to opt out of the sale of your data."], null],
    [["You have the right to opt out of the sale of your data. Please read our cookie page too."], null],
    [["You have the right to opt out of the sale of your data.", "Visit our opt-out page for e-mail."], null],
  ] as const)("%j", (paragraphs, sells) => {
    expect(sharingFinding(segs(...paragraphs)).sells).toBe(sells);
  });
});

describe("a denying lead-in whose items are paragraphs of their own", () => {
  it("denies each item paragraph after it, until a paragraph with its own subject", () => {
    const f = sharingFinding(
      segs(
        "Our shop does not: Rent your details to anyone.",
        "Sell the e-mail addresses of our members to outside firms, without your approval.",
        "We may sell your e-mail address to advertisers.",
      ),
    );
    // The third paragraph has its own subject: the lead-in does not reach it, and it admits a sale.
    expect(f.sells).toBe(true);
    const denied = sharingFinding(
      segs(
        "Our shop does not: Rent your details to anyone.",
        "Sell the e-mail addresses of our members to outside firms, without your approval.",
      ),
    );
    expect(denied.sells).toBe(false);
  });

  it("stops at another heading", () => {
    const f = sharingFinding([
      seg(0, "Our shop does not: Rent your details to anyone.", { heading: "What we never do" }),
      seg(1, "Sell the e-mail addresses of members to outside firms.", { heading: "Offers" }),
    ]);
    expect(f.sells).toBe(true);
  });
});
