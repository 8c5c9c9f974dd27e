// Table tests for the rules tightened against the OPP-115 annotation scheme (own sentences only).
import { describe, expect, it } from "vitest";
import { cookiesFinding } from "../../lib/summarize/cookies";
import { choicesOf, contactsOf, optOutFinding, strongChoicesOf } from "../../lib/summarize/opt-out";
import { sharingFinding } from "../../lib/summarize/sharing";
import { trackingFinding } from "../../lib/summarize/tracking";
import { seg, segs } from "./helpers";

describe("choices: opt-out by contacting the company, and what is not a choice", () => {
  it.each([
    // "newsletter" is not a letter to the company.
    ["To unsubscribe, click the link at the bottom of any newsletter.", ["opt-out-link"]],
    ["We may send notices without offering you the opportunity to opt out of them by e-mail.", []],
    ["To revoke your written consent, please write to our privacy officer.", ["contact"]],
    ["You can choose not to receive texts by notifying us or replying STOP to any message.", ["contact"]],
  ])("%s", (text, expected) => {
    expect(choicesOf({ text }).filter((c) => c !== "opt-in")).toEqual(expected);
  });

  it("reads the items of an opt-out list ('one of the following methods: … Contact us.')", () => {
    const f = optOutFinding([
      seg(0, "You may opt out by one of the following methods: Use the unsubscribe link. Contact us.", {
        categories: ["User Choice/Control"],
      }),
    ]);
    expect(f.choices).toEqual(expect.arrayContaining(["opt-out-link", "contact"]));
  });

  it("counts plain opt-in and browser-settings wording outside a choice section, but not weak cues", () => {
    expect(strongChoicesOf({ text: "We share it only if you opt in on the sign-up page." })).toContain(
      "opt-in",
    );
    expect(
      strongChoicesOf({ text: "Your device may have a setting that lets you refuse these files." }),
    ).toContain("browser-controls");
    // "Never without your permission" is "only with your permission": consent as the condition (LABELS.md).
    expect(strongChoicesOf({ text: "We never share it without your express permission." })).toEqual([
      "opt-in",
    ]);
    expect(strongChoicesOf({ text: "We may share it without your permission." })).toEqual([]);
    const f = optOutFinding([
      seg(0, "We may share data with partners unless you opt in to a stricter mode.", {
        categories: ["Third Party Sharing/Collection"],
      }),
      seg(1, "Members may subscribe to our magazine.", { categories: ["First Party Collection/Use"] }),
    ]);
    expect(f.choices).toEqual(["opt-in"]);
  });
});

describe("contacts: privacy contacts only", () => {
  const sentence = (text: string, heading = "") => ({ text, heading, segment: 0 });
  it.each([
    ["Send copyright notices to our agent at dmca@example.com.", ""],
    ["Victims of online fraud can report it at www.crime-reports.example.gov.", ""],
    ["For more information about Acme's privacy practices, please visit www.acme.example.com/privacy.", ""],
    ["For more information on cookies in general, see www.cookie-facts.example.org.", ""],
  ])("drops %s", (text, heading) => {
    expect(contactsOf(sentence(text, heading), "choice")).toEqual([]);
  });

  it.each([
    ["To opt out of ad cookies, please visit www.ads-choice.example.org/optout.", "url"],
    ["For more information, or to make a request, e-mail privacy@example.com.", "email"],
  ])("keeps %s", (text, kind) => {
    expect(contactsOf(sentence(text), "choice").map((c) => c.kind)).toEqual([kind]);
  });
});

describe("third-party cookies", () => {
  it("counts third parties that collect through cookies wherever the sentence sits", () => {
    const f = cookiesFinding([
      seg(
        0,
        "Outside companies may collect data about your visits through their own cookies when ads show.",
        {
          categories: ["Other"],
        },
      ),
    ]);
    expect(f.thirdParty).toBe(true);
  });

  it("counts cookies the site says it does not control", () => {
    const f = cookiesFinding([
      seg(0, "You may find cookies here that are not related to us. We do not control these cookies.", {
        categories: ["Other"],
      }),
    ]);
    expect(f.thirdParty).toBe(true);
  });

  it("does not read 'place you on a mailing list' as a tracker", () => {
    const f = cookiesFinding(
      segs(
        "We do not use cookies. We will not place you on a mailing list or sell your data to a third party.",
      ),
    );
    expect(f.thirdParty).toBe(false);
  });
});

describe("sharing for advertising", () => {
  it("does not count a right to request a list of disclosures as sharing", () => {
    const f = sharingFinding(
      segs(
        "Residents of some states can request a list of the data we disclosed to third parties for their marketing.",
      ),
    );
    expect(f.advertising).not.toBe(true);
  });

  it("reads list items of a classifier-marked sharing paragraph", () => {
    const f = sharingFinding([
      seg(0, "Affiliates: we work with sister companies on some orders.", {
        categories: ["Third Party Sharing/Collection"],
        labels: ["sharing"],
      }),
    ]);
    expect(f.purposes).toContain("affiliates");
  });
});

describe("Do Not Track: pointers and missing standards", () => {
  it("a bare pointer ('see our cookie page (including Do Not Track)') is not a mention", () => {
    expect(
      trackingFinding(segs("For more information, visit our page on cookies (including Do Not Track)."))
        .doNotTrack,
    ).toBe("not-mentioned");
  });

  it("keeps 'unclear' when the policy only says no DNT standard exists, whatever the labels say", () => {
    const f = trackingFinding([
      seg(0, "Because no Do Not Track standard has been agreed, our practices stay as described here.", {
        labels: ["dnt-not-honored"],
      }),
    ]);
    expect(f.doNotTrack).toBe("unclear");
  });
});
