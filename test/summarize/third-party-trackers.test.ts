import { describe, expect, it } from "vitest";
import { cookiesFinding } from "../../lib/summarize/cookies";
import { sharingFinding } from "../../lib/summarize/sharing";
import { deniesWhatFollows, signalStance } from "../../lib/summarize/statement";
import { seg, segs } from "./helpers";

// Other companies' trackers on the site are third-party cookies (LABELS.md), however the policy puts
// it: a named product, a passive "set by … third parties", a social plugin, an industry opt-out tool.
describe("third-party trackers read from the statement", () => {
  it.each([
    // [rule, affirmed, denied, out of scope]
    [
      "named product as a noun",
      "Our pages carry Google Analytics cookies that count visits.",
      "We do not use Google Analytics cookies or any other third-party tracking.",
      "You may ask us whether we use Google Analytics.",
    ],
    [
      "product through which data flows",
      "Visits are counted through Hotjar, which records page use.",
      "Visits are never sent through Hotjar or any similar tool.",
      "To learn more about Hotjar, visit its own site.",
    ],
    [
      "passive set-by third parties",
      "Some cookies on this site are set by us or by third parties we work with.",
      "No cookies on this site are set by third parties.",
      "You have the right to know which cookies are set by third parties.",
    ],
    [
      "social plugin",
      "Our articles include social media buttons that let you post a story to your feed.",
      "We do not embed social media buttons or widgets on our pages.",
      "You can ask whether we embed social plugins on our pages.",
    ],
    [
      "industry opt-out tool",
      "To stop interest-based ads from member companies, use the tool at optout.aboutads.info.",
      "We are not a member of the Network Advertising Initiative and list no such tool.",
      "Learn more about the Digital Advertising Alliance at its site.",
    ],
  ] as const)("%s", (_rule, affirmed, denied, outOfScope) => {
    expect(cookiesFinding(segs("We use cookies.", affirmed)).thirdParty).toBe(true);
    expect(cookiesFinding(segs("We use cookies.", denied)).thirdParty).toBe(false);
    expect(cookiesFinding(segs("We use cookies.", outOfScope)).thirdParty).toBe(false);
  });

  it("a social plugin is reported as a social-media tracker", () => {
    const f = cookiesFinding(segs("We use cookies.", "Our pages include a social plug-in from a network."));
    expect(f.facts).toContain("Uses social-media cookies");
  });
});

describe("a Do Not Track stance is the service's own, not another party's", () => {
  it.each([
    ["Advertisers on our pages may not honor Do Not Track signals.", "unclear"],
    ["We cannot promise how third parties react to a Do Not Track signal.", "unclear"],
    ["Other websites may ignore the Do Not Track setting of your browser.", "unclear"],
    ["We do not honor Do Not Track signals.", "not-honored"],
    ["We ignore Do Not Track signals.", "not-honored"],
    ["We honor Do Not Track signals.", "honored"],
    // The service's own verb still counts when a third party is named elsewhere in the sentence.
    ["We do not respond to Do Not Track signals sent to third parties.", "not-honored"],
  ] as const)("%s → %s", (sentence, expected) => {
    expect(signalStance(sentence)).toBe(expected);
  });
});

describe("a lead-in that denies its list", () => {
  it.each([
    ["We do not, under any circumstances, engage in:", true],
    ["We never:", true],
    ["**We will not do the following:**", true],
    ["We engage in the following:", false],
    ["We do not sell data. We do the following:", false],
    ["You may ask us not to do any of the following:", false],
    ["We do not sell data", false],
    // A whole denial with its object is no lead-in: what follows it is read on its own.
    ["We never sell your data:", false],
  ] as const)("%s → %s", (lead, expected) => {
    expect(deniesWhatFollows(lead)).toBe(expected);
  });

  it("the items of a denied list under a heading are denials", () => {
    const heading = "We do not under any circumstances engage in:";
    const f = sharingFinding([
      seg(0, "Selling or renting personal information Sending spam for other companies", { heading }),
    ]);
    expect(f.sells).toBe(false);
  });

  it("the same items under a plain heading are practices", () => {
    const f = sharingFinding([
      seg(0, "Selling or renting personal information to data brokers", { heading: "What we do:" }),
    ]);
    expect(f.sells).toBe(true);
  });

  it("a denying sentence in the paragraph denies the list after it", () => {
    const own = sharingFinding(segs("We will never do the following: sell your personal data to brokers."));
    expect(own.sells).toBe(false);
    const after = sharingFinding(
      segs(
        "We will never do the following: Sell your personal data to brokers. Rent out your e-mail address.",
      ),
    );
    expect(after.sells).toBe(false);
    // An item that negates itself keeps its own reading.
    const explained = sharingFinding(
      segs("We never sell your data: we rent your e-mail address to marketers."),
    );
    expect(explained.sells).toBe(true);
    const plain = sharingFinding(segs("We do the following: sell your personal data to brokers."));
    expect(plain.sells).toBe(true);
  });
});

describe("technologies counted with cookies (LABELS.md)", () => {
  it.each([
    ["Our newsletters carry a pixel that tells us whether you opened them.", true],
    ["The app includes SDKs from analytics companies.", true],
    ["We read your device's advertising identifier to measure campaigns.", true],
    ["We may place tags on our pages to count visits.", true],
    ["Some features store Flash objects on your computer.", true],
    ["We do not use pixels, SDKs or any similar technology.", false],
    // Out of scope: the same words in another sense.
    ["Profile pictures must be at least 200 pixels wide.", null],
    ["You can add tags to your own photos.", null],
  ] as const)("%s → %s", (text, uses) => {
    expect(cookiesFinding(segs(text)).uses).toBe(uses);
  });
});
