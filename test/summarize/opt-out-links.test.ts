// The opt-out card lists the policy's own links: places to opt out or change a setting, by their words,
// with what each is for; ways to reach the company; never a form it cannot link to.
import { describe, expect, it } from "vitest";
import { rankByUse } from "../../lib/summarize/contacts";
import { summarize } from "../../lib/summarize/index";
import { optOutFinding, optOutLevel } from "../../lib/summarize/opt-out";
import { emailOrPhoneOf, readLinks } from "../../lib/summarize/opt-out-links";
import type { LabelledSegment, Link } from "../../lib/types";
import { seg } from "./helpers";

const link = (text: string, href = "https://shop.example/x"): Link => ({ text, href });

describe("readLinks", () => {
  it.each([
    [
      "Do Not Sell or Share My Personal Information",
      "You can use Do Not Sell or Share My Personal Information.",
      "opt out of the sale or sharing of your data",
    ],
    [
      "Ad preferences",
      "Visit Ad preferences to choose what you see.",
      "opt out of interest-based advertising",
    ],
    ["Unsubscribe", "Every newsletter has an Unsubscribe link.", "opt out of marketing e-mails"],
    ["Cookie settings", "Change your mind at any time in Cookie settings.", "manage cookies"],
    ["privacy settings", "You control who sees your profile in privacy settings.", "your account and data"],
    ["here", "To opt out of analytics, click here.", "opt out of analytics"],
    [
      "Digital Advertising Alliance",
      "Learn how at the Digital Advertising Alliance.",
      "opt out of interest-based advertising",
    ],
  ])("%s is a place to opt out (%s)", (words, sentence, purpose) => {
    const href = words.startsWith("Digital") ? "https://optout.aboutads.info/" : "https://shop.example/x";
    expect(readLinks(sentence, "", [link(words, href)])).toEqual([
      { link: link(words, href), role: "opt-out", purpose },
    ]);
  });

  it.each([
    ["Cookie Policy", "Read our Cookie Policy for the details."],
    ["Privacy Policy", "Google's Privacy Policy explains what it does."],
    ["here", "Our history is told here."],
    ["Twitter", "Follow us on Twitter."],
    ["our blog", "We write about opting out on our blog."],
  ])("%s is not one (%s)", (words, sentence) => {
    expect(readLinks(sentence, "", [link(words)])).toEqual([]);
  });

  it("leaves an address written out to the text's own reading", () => {
    const written = link("https://shop.example/optout", "https://shop.example/optout");
    expect(readLinks("To opt out, visit https://shop.example/optout.", "", [written])).toEqual([]);
  });

  it("does not offer a link the sentence denies", () => {
    expect(
      readLinks("You cannot change Ad preferences for this service.", "", [link("Ad preferences")]),
    ).toEqual([]);
  });

  it("reads a request form or a contact page as a way to reach the company", () => {
    const [read] = readLinks("To delete your data, use our request form.", "", [link("request form")]);
    expect(read?.role).toBe("contact");
    expect(read?.purpose).toBe("access or delete your data");
  });

  it("leaves e-mail and phone links to the contact reader", () => {
    expect(readLinks("Write to our team.", "", [link("our team", "mailto:dpo@shop.example")])).toEqual([]);
    expect(emailOrPhoneOf(link("our team", "mailto:DPO@shop.example?subject=Hi"))).toEqual({
      kind: "email",
      value: "dpo@shop.example",
    });
    expect(emailOrPhoneOf(link("call", "tel:+1%20555%20555%200100"))).toEqual({
      kind: "phone",
      value: "+1 555 555 0100",
    });
    expect(emailOrPhoneOf(link("x", "https://shop.example"))).toBeNull();
  });
});

function linked(
  text: string,
  links: Link[],
  categories: LabelledSegment["categories"] = [],
): LabelledSegment {
  return { ...seg(0, text, { categories }), links };
}

describe("optOutFinding with links", () => {
  it("lists an opt-out link by its words and address, and counts the choice", () => {
    const f = optOutFinding([
      linked("We may share your data for advertising. Use Your Privacy Choices to opt out.", [
        link("Your Privacy Choices", "https://shop.example/choices"),
      ]),
    ]);
    expect(f.choices).toContain("opt-out-link");
    expect(f.contacts).toEqual([
      {
        kind: "url",
        value: "https://shop.example/choices",
        text: "Your Privacy Choices",
        // Its sentence says only "opt out": what the link switches off is not guessed from the one before.
        purpose: "opt out",
        segment: 0,
      },
    ]);
  });

  it("does not count a third party's opt-out linked from a paragraph about that third party", () => {
    const about = optOutFinding([
      linked(
        "Our partners show ads; see Ad preferences.",
        [link("Ad preferences")],
        ["Third Party Sharing/Collection"],
      ),
      seg(1, "We keep order records for seven years.", { categories: ["Data Retention"] }),
    ]);
    expect(about.choices).not.toContain("opt-out-link");
    expect(about.contacts).toEqual([]);
    // The same link in a section about your choices is one.
    const choice = optOutFinding([
      linked("Our partners show ads; see Ad preferences.", [link("Ad preferences")], ["User Choice/Control"]),
    ]);
    expect(choice.choices).toContain("opt-out-link");
  });

  it("lists a contact link only where contacts are read (a choice, access or contact section)", () => {
    const text = "Questions about this? Use our request form.";
    const elsewhere = optOutFinding([linked(text, [link("request form")], ["Data Security"])]);
    expect(elsewhere.contacts).toEqual([]);
    const inChoice = optOutFinding([
      linked(text, [link("request form")], ["User Access, Edit and Deletion"]),
    ]);
    expect(inChoice.contacts.map((c) => c.text)).toEqual(["request form"]);
  });

  it("gives an e-mail link's address as a contact", () => {
    const f = optOutFinding([
      linked("If you have questions about your data, write to our privacy team.", [
        link("our privacy team", "mailto:privacy@shop.example"),
      ]),
    ]);
    expect(f.contacts.map((c) => [c.kind, c.value])).toEqual([["email", "privacy@shop.example"]]);
  });

  it("shows no form it cannot link to", () => {
    const f = optOutFinding([
      seg(0, "To opt out, fill out our online request form or e-mail optout@shop.example."),
    ]);
    expect(f.contacts.map((c) => c.kind)).toEqual(["email"]);
  });

  it("gives a web address written in the text its own words", () => {
    const f = optOutFinding([seg(0, "To opt out of marketing, visit www.shop.example/optout.")]);
    expect(f.contacts).toEqual([
      expect.objectContaining({
        kind: "url",
        text: "www.shop.example/optout",
        value: "https://www.shop.example/optout",
      }),
    ]);
  });
});

describe("rankByUse", () => {
  it("puts ways to opt out first, questions next, postal addresses last", () => {
    const ranked = rankByUse([
      { kind: "postal", purpose: "opt out" },
      { kind: "email", purpose: "privacy questions" },
      { kind: "url", purpose: "opt out of marketing e-mails" },
      { kind: "phone", purpose: "access or delete your data" },
      { kind: "email", purpose: "contact" },
    ] as const);
    expect(ranked.map((c) => `${c.kind}:${c.purpose}`)).toEqual([
      "url:opt out of marketing e-mails",
      "phone:access or delete your data",
      "email:privacy questions",
      "email:contact",
      "postal:opt out",
    ]);
  });
});

describe("optOutLevel: what a person can do about what the policy admits", () => {
  const sells = { salesOrAds: true };
  const not = { salesOrAds: false };
  it.each([
    [["opt-out-link"], false, sells, "caution"],
    [["contact"], false, sells, "caution"],
    [["browser-controls"], false, sells, "caution"],
    [["opt-in"], false, sells, "caution"],
    [[], true, sells, "bad"],
    [[], false, sells, "bad"],
    [["opt-out-link"], false, not, "good"],
    [["contact"], false, not, "good"],
    [["browser-controls"], false, not, "caution"],
    [[], true, not, "caution"],
    [[], false, not, "unknown"],
  ] as const)("choices %j, other control %s, %j → %s", (choices, other, admitted, level) => {
    expect(optOutLevel(choices, other, admitted)).toBe(level);
  });

  it("reads the sale from the sharing finding: a sale with an opt-out link is a caution, without one a concern", () => {
    const sale = "We sell your personal information to data brokers.";
    const withLink = summarize([
      seg(0, sale),
      {
        ...seg(1, "You can use Do Not Sell My Personal Information at any time."),
        links: [link("Do Not Sell My Personal Information")],
      },
    ]);
    expect(withLink.sharing.sells).toBe(true);
    expect(withLink.optOut.level).toBe("caution");
    const without = summarize([seg(0, sale), seg(1, "We keep order records for seven years.")]);
    expect(without.optOut.level).toBe("bad");
    expect(without.optOut.facts).toContain("No way to opt out is described");
    // The same opt-out without a sale is good.
    const noSale = summarize([
      seg(0, "We do not sell your personal information."),
      { ...seg(1, "Manage e-mails in Email preferences."), links: [link("Email preferences")] },
    ]);
    expect(noSale.optOut.level).toBe("good");
  });
});
