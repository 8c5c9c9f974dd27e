import { describe, expect, it } from "vitest";
import { choicesOf, contactsOf, optOutFinding } from "../../lib/summarize/opt-out";
import { seg, segs } from "./helpers";

describe("choicesOf", () => {
  it.each([
    ["To opt out, click the unsubscribe link at the bottom of any message.", ["opt-out-link"]],
    ["You may opt out of marketing by e-mailing us at stop@example.com.", ["contact"]],
    ["You can set your browser to block cookies.", ["browser-controls"]],
    ["We will only send offers if you opt in when you register.", ["opt-in"]],
    ["We describe our company here.", []],
    // A website named in the sentence is no link to opt out with.
    [
      "Cookies are files a website stores on your computer; to opt out, change your browser settings.",
      ["browser-controls"],
    ],
    ["To opt out of the survey invitations, visit the preferences page.", ["opt-out-link"]],
  ])("%s", (text, expected) => {
    expect(choicesOf({ text })).toEqual(expected);
  });
});

describe("optOutFinding", () => {
  it("an unsubscribe link alone is some control, quoted, never 'no way to opt out'", () => {
    const f = optOutFinding([
      seg(0, "We send a monthly newsletter. You may unsubscribe from the mailing list at any time.", {
        categories: ["First Party Collection/Use"],
      }),
      // A choice the classifier does not place in a choice section is not counted, so not quoted either.
      seg(1, "You can switch off cookies in your browser, but parts of the site may stop working.", {
        categories: ["First Party Collection/Use"],
      }),
    ]);
    expect(f.level).toBe("caution");
    expect(f.facts).toContain("You can unsubscribe from e-mails");
    expect(f.facts.join(" ")).not.toMatch(/No way to opt out/);
    expect(f.evidence.map((e) => e.text)).toEqual(["You may unsubscribe from the mailing list at any time."]);
  });

  it("collects every way to opt out, with purposes and clean values", () => {
    const f = optOutFinding(
      segs(
        "To unsubscribe from our newsletter, e-mail unsub [at] example [dot] com.",
        "To review or delete your account data, call +1 (555) 010-0199 or write to 9 Elm Street, Dover, DE 19901, USA.",
        "Opt out of interest-based ads at https://optout.example.org/choices.",
        "A button labelled javascript:void(0) is not a contact.",
      ),
    );
    expect(f.choices).toEqual(expect.arrayContaining(["contact", "opt-out-link"]));
    expect(f.level).toBe("good");
    const byKind = Object.fromEntries(f.contacts.map((c) => [c.kind, c]));
    expect(byKind.email).toMatchObject({
      value: "unsub@example.com",
      purpose: "opt out of marketing e-mails",
      segment: 0,
    });
    expect(byKind.phone).toMatchObject({ value: "+1 (555) 010-0199", purpose: "access or delete your data" });
    expect(byKind.postal?.value).toBe("9 Elm Street, Dover, DE 19901, USA");
    expect(byKind.url).toMatchObject({
      value: "https://optout.example.org/choices",
      purpose: "opt out of interest-based advertising",
    });
    for (const c of f.contacts) expect(c.value).not.toMatch(/javascript:/i);
  });

  it("is unknown when no choice is described", () => {
    const f = optOutFinding(segs("We keep records for a year."));
    expect(f.level).toBe("unknown");
    expect(f.choices).toEqual([]);
  });

  it("uses classifier labels and limits rule choices to choice sections", () => {
    const text = "You may opt out of ad networks by clicking the link on their page.";
    expect(optOutFinding([seg(0, text, { categories: ["Third Party Sharing/Collection"] })]).choices).toEqual(
      [],
    );
    expect(optOutFinding([seg(0, text, { categories: ["User Choice/Control"] })]).choices).toEqual([
      "opt-out-link",
    ]);
    expect(
      optOutFinding([seg(0, "Some text.", { categories: ["Other"], labels: ["opt-in"] })]).choices,
    ).toEqual(["opt-in"]);
  });

  it.each([
    ["choice", "See https://example.com/settings for details.", 1],
    ["other", "See https://example.com/settings for details.", 0],
    ["other", "If you have questions, see https://example.com/help.", 1],
    ["none", "Read the partner policy at https://partner.example.com/policy.", 0],
    ["none", "With questions, e-mail us at help@example.com.", 1],
  ] as const)("contactsOf in a %s section: %s", (section, text, n) => {
    expect(contactsOf({ text, heading: "", segment: 0 }, section)).toHaveLength(n);
  });
});

describe("an opt-out whose address is in the next sentence", () => {
  it.each([
    // [paragraphs, has an opt-out link]
    [
      ["Ad networks we work with let you opt out of their cookies. See www.example.org/choices for how."],
      true,
    ],
    [["You can opt out of analytics. Please visit https://example.com/privacy-choices to do so."], true],
    [["Readers may unsubscribe whenever they like. For this there is a link in every newsletter."], true],
    // The opt-out denied, then an address: no way out is offered.
    [["You cannot opt out of these cookies. See www.example.org/cookies for details."], false],
    // An address after a sentence that offers nothing, or in another paragraph.
    [["We use cookies to count visits. See www.example.org/cookies for details."], false],
    [
      [
        "Ad networks we work with let you opt out of their cookies.",
        "See www.example.org/about for our history.",
      ],
      false,
    ],
  ] as const)("%j", (paragraphs, expected) => {
    const f = optOutFinding(segs(...paragraphs));
    expect(f.choices.includes("opt-out-link")).toBe(expected);
  });
});

describe("a data right exercised by contacting the company", () => {
  it.each([
    ["You can ask us to delete your account by e-mailing privacy@example.com.", true],
    ["To request a copy of your personal data, write to us at the address below.", true],
    ["If you want your details removed from our lists, please contact us.", true],
    // The right without a way to reach the company, a regulator, or a request for something else.
    ["You may ask us to delete your account at any time.", false],
    ["You can ask the data protection authority to look into a deletion request.", false],
    ["You can request a copy of our brochure by e-mailing sales@example.com.", false],
  ] as const)("%s", (text, contact) => {
    expect(optOutFinding(segs(text)).choices.includes("contact")).toBe(contact);
  });
});

describe("a setting in the person's account", () => {
  it.each([
    ["You can stop our offers by de-selecting the newsletter option in your account.", true],
    ["Update your e-mail preferences from your profile to stop receiving offers.", true],
    // The account named without a choice in it, or the choice denied.
    ["Your account holds your order history.", false],
    ["Changing your details through your account profile changes them for future communications.", false],
    ["You cannot turn off service e-mails in your account.", false],
  ] as const)("%s", (text, link) => {
    expect(optOutFinding(segs(text)).choices.includes("opt-out-link")).toBe(link);
  });
});

describe("a contact for the request a sentence before offers", () => {
  const byContact = (...paragraphs: string[]) =>
    optOutFinding(segs(...paragraphs)).choices.includes("contact");
  it.each([
    "You have the right to ask us to delete the notes we keep about you. You can contact us with your request at help@quillwork.example.",
    "You may object to our use of your data for research. To do so, e-mail us at help@quillwork.example.",
    "You can ask for a copy of your data or its deletion. Please send these requests to help@quillwork.example.",
  ])("counts: %s", (text) => {
    expect(byContact(text)).toBe(true);
  });
  it.each([
    // No right or choice before it.
    "We keep a log of support tickets. You can contact us with your request at help@quillwork.example.",
    // The right sits in another paragraph.
    [
      "You have the right to ask us to delete the notes we keep about you.",
      "You can contact us with your request at help@quillwork.example.",
    ],
    // The contact is a regulator.
    "You have the right to object to our use of your data. You may send such requests to the data protection authority.",
  ])("does not count: %s", (...text) => {
    expect(byContact(...text.flat())).toBe(false);
  });
});
