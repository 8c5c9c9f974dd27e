import { describe, expect, it } from "vitest";
import { labelBefore, unrelatedMailbox } from "../../lib/summarize/mailbox-purpose";
import { optOutFinding } from "../../lib/summarize/opt-out";
import { seg } from "./helpers";

/** Reads the first address of `text` (written as `@`) with the given heading. */
function unrelated(text: string, heading = ""): boolean {
  const index = text.search(/[\w.+-]+@/);
  return unrelatedMailbox({ text, index, heading });
}

describe("unrelatedMailbox: what the statement says the address is for", () => {
  it.each([
    // Other business: jobs, ad sales, the press, orders and billing.
    ["Send your resume and a cover letter to hiring@shop.example.", "", true],
    ["To place an ad in the weekend paper, write to adsdesk@paper.example.", "", true],
    ["Newsroom: tips@paper.example", "", true],
    ["Questions about an order or its shipping go to orders@shop.example.", "", true],
    ["To cancel a subscription, email accounts@shop.example.", "", true],
    // The same mailbox names, but the statement is about privacy: kept, whatever the address says.
    ["To delete your personal information, email hiring@shop.example.", "", false],
    ["You may revoke your consent by writing to career@host.example.", "", false],
    ["Privacy questions can be sent to webmaster@site.example.", "", false],
    ["Job applicants may ask to access their data at jobs@firm.example.", "", false],
    // Out of scope: a plain contact sentence says nothing either way, so the address stays.
    ["Write to us at hello@site.example.", "", false],
    ["You can reach our team at team@site.example any weekday.", "", false],
  ])("%s", (text, heading, expected) => {
    expect(unrelated(text, heading)).toBe(expected);
  });

  it.each([
    // A heading about jobs speaks for a statement with no privacy words of its own…
    ["Applications sent to talent@firm.example are read by our team.", "Open positions and careers", true],
    // …but not against one that has them, and an ordinary heading changes nothing.
    ["Applicants can ask us to erase their personal data: talent@firm.example.", "Careers", false],
    ["Applications sent to talent@firm.example are read by our team.", "Contact us", false],
  ])("with heading: %s (%s)", (text, heading, expected) => {
    expect(unrelated(text, heading)).toBe(expected);
  });

  it.each([
    // An address written as an example is no one to write to.
    ["We never tell advertisers that your e-mail address is jane@mail.example.", true],
    ["Use a full address, for example pat@mail.example, when you sign up.", true],
    // Negated form: an address offered directly is kept.
    ["If you want a copy of your data, e-mail pat@mail.example.", false],
  ])("example or offered: %s", (text, expected) => {
    expect(unrelated(text)).toBe(expected);
  });

  it.each([
    // A minor's request to remove what they posted is a right: the mailbox stays.
    ["Minors who want comments they posted removed can write to edits@news.example."],
    ["If you are under 18, you have the right to ask us to remove your posts: edits@news.example."],
    ["To delete your account and personal data, write to help@site.example."],
  ])("a request about posted content or data stays: %s", (text) => {
    expect(unrelated(text)).toBe(false);
  });
});

describe("unrelatedMailbox in a list of mailboxes", () => {
  const list =
    "Newsroom: 555-0100, desk@paper.example Website: site@paper.example Place a classified ad: 555-0101, classifieds@paper.example Privacy: privacy@paper.example";
  it.each([
    ["desk@paper.example", true],
    ["site@paper.example", true],
    ["classifieds@paper.example", true],
    ["privacy@paper.example", false],
  ])("%s", (address, expected) => {
    expect(unrelatedMailbox({ text: list, index: list.indexOf(address) })).toBe(expected);
  });

  it("reads each address's own label, from the end of the one before", () => {
    expect(labelBefore(list, list.indexOf("classifieds@"))).toBe(" Place a classified ad: 555-0101, ");
    expect(labelBefore("Mail us at a@b.example", 11)).toBe("Mail us at ");
  });

  it("an unlabelled entry in a list is not ruled out by its neighbours' labels", () => {
    const text = "Place an ad: ads@paper.example; general@paper.example";
    expect(unrelatedMailbox({ text, index: text.indexOf("general@") })).toBe(false);
  });
});

describe("the opt-out card leaves other business out, by the words, not the address", () => {
  const values = (texts: string[]): string[] =>
    optOutFinding(texts.map((t, i) => seg(i, t))).contacts.map((c) => c.value);

  it("keeps a privacy request sent to a mailbox called webmaster, drops a jobs mailbox", () => {
    expect(
      values([
        "To correct your personal information, please email webmaster@town.example.",
        "To apply for an open position, send your resume to staff@town.example.",
      ]),
    ).toEqual(["webmaster@town.example"]);
  });
});
