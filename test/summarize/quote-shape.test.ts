import { describe, expect, it } from "vitest";
import { summarize } from "../../lib/summarize/index";
import { documentHeadings, headingLike, notAQuote } from "../../lib/summarize/quote-shape";
import type { Link } from "../../lib/types";
import { seg } from "./helpers";

const HEADINGS = documentHeadings([
  "What We Gather",
  "How We Use What We Gather",
  "Cookies and Pixels",
  "Your Choices",
  "Reaching Us",
  "advertising",
  "online advertising",
]);

describe("notAQuote", () => {
  it.each([
    // A table of contents: the document's headings one after another.
    ["What We Gather How We Use What We Gather Cookies and Pixels Your Choices Reaching Us", true],
    ["1. What We Gather 2. Cookies and Pixels 3. Your Choices", true],
    // Headings after words that introduce a menu of links.
    ["Jump to a section: Cookies and Pixels, Your Choices", true],
    // A heading repeated alone, or a title-like line.
    ["Your Choices", true],
    ["Cookies and Pixels:", true],
    ["Sharing With Partners Outside Our Group", true],
    // A menu set apart by bars.
    ["Home | Careers | Press Room | Reaching Us", true],
    // Negated / out of scope: sentences that mention headings' words still read.
    ["You may opt out of online advertising in your account.", false],
    ["We use cookies and pixels to count visits; see Your Choices to turn them off.", false],
    ["We gather what you type into forms.", false],
    // A table row's cells are not a menu.
    ["| Pixel Vendor | Measures visits | Two years |", false],
    // A short sentence is not a heading.
    ["We never sell it.", false],
  ])("%s", (text, expected) => {
    expect(notAQuote(text, HEADINGS)).toBe(expected);
  });

  const link = (text: string): Link => ({ text, href: `https://shop.example/${text.length}` });
  it.each([
    ["Home About Privacy Help", [link("Home"), link("About"), link("Privacy"), link("Help")], true],
    [
      "To opt out of ads, use Ad settings, Cookie settings or Mail settings in your account.",
      [link("Ad settings"), link("Cookie settings"), link("Mail settings")],
      false,
    ],
  ])("links: %s", (text, links, expected) => {
    expect(notAQuote(text, HEADINGS, links)).toBe(expected);
  });

  it.each([
    ["Cookies and Web Beacons", true],
    ["How Do We Respect Your Choices", true],
    ["Cookies are small files.", false],
    ["we use cookies and similar tools", false],
  ])("headingLike(%s)", (text, expected) => {
    expect(headingLike(text)).toBe(expected);
  });
});

describe("the summary never quotes a table of contents or a heading alone", () => {
  it("quotes the statement, not the contents list that names the same topic", () => {
    const toc = "Cookies We Set Sharing Your Data How To Opt Out Contact Details";
    const summary = summarize([
      seg(0, toc, { heading: "Contents" }),
      seg(1, "We set cookies to keep you signed in.", { heading: "Cookies We Set" }),
      seg(2, "We share your data with payment processors.", { heading: "Sharing Your Data" }),
      seg(3, "You can opt out of marketing e-mails with the unsubscribe link.", {
        heading: "How To Opt Out",
      }),
      seg(4, "Write to privacy@shop.example.", { heading: "Contact Details" }),
    ]);
    const quotes = [summary.cookies, summary.sharing, summary.optOut, summary.tracking].flatMap((f) =>
      f.evidence.map((e) => e.text),
    );
    expect(quotes).not.toContain(toc);
    expect(quotes).toContain("We set cookies to keep you signed in.");
    expect(quotes.some((q) => q.includes("unsubscribe link"))).toBe(true);
  });

  it("keeps a full sentence that sits in a segment listing headings", () => {
    const summary = summarize([
      seg(0, "Ads We Show Ads Partners Ad Settings. You may opt out of interest-based ads in Ad Settings.", {
        heading: "Ads We Show",
      }),
      seg(1, "We show ads chosen by partners.", { heading: "Ads Partners" }),
      seg(2, "Choose what ads you see.", { heading: "Ad Settings" }),
    ]);
    expect(summary.optOut.evidence.map((e) => e.text)).toContain(
      "You may opt out of interest-based ads in Ad Settings.",
    );
  });
});
