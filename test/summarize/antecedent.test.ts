import { describe, expect, it } from "vitest";
import { withAntecedent } from "../../lib/summarize/antecedent";
import { cookiesFinding } from "../../lib/summarize/cookies";
import { sentencesOf } from "../../lib/summarize/evidence";
import { segs } from "./helpers";

const COMPANIES = /\b(?:advertisers|partners)\b/iu;

describe("a pointing subject read as the companies the sentence before names", () => {
  const read = (...texts: string[]) => {
    const sentences = sentencesOf(segs(texts.join(" ")));
    const last = sentences[sentences.length - 1];
    if (!last) throw new Error("no sentence");
    return withAntecedent(last, COMPANIES, "Third parties")?.text ?? null;
  };
  it("spells out 'They' after a sentence naming advertisers", () => {
    expect(read("Advertisers fill the banner slots.", "They may also count clicks.")).toBe(
      "Third parties may also count clicks.",
    );
  });
  it("spells out 'These ad companies'", () => {
    expect(read("Our partners run the quizzes.", "These ad companies may store a code.")).toBe(
      "Third parties may store a code.",
    );
  });
  it("leaves a sentence alone when the one before names no such companies", () => {
    expect(read("We send a weekly letter.", "They may also count clicks.")).toBeNull();
  });
  it("leaves a sentence alone when its subject does not point back", () => {
    expect(read("Advertisers fill the banner slots.", "We may also count clicks.")).toBeNull();
    expect(read("Advertisers fill the banner slots.", "These pages may load slowly.")).toBeNull();
  });
  it("does not read across paragraphs", () => {
    const sentences = sentencesOf(segs("Advertisers fill the banner slots.", "They may also count clicks."));
    const last = sentences[sentences.length - 1];
    expect(last && withAntecedent(last, COMPANIES, "Third parties")).toBeNull();
  });
});

describe("third-party cookies stated through a pronoun", () => {
  const thirdParty = (...paragraphs: string[]) => cookiesFinding(segs(...paragraphs)).thirdParty;
  it("counts 'They may also use cookies' after the advertisers", () => {
    expect(
      thirdParty("Some advertisers show banners on our pages. They may also use cookies to count views."),
    ).toBe(true);
  });
  it("does not count a denial through the pronoun", () => {
    expect(
      thirdParty("Some advertisers show banners on our pages. They do not use cookies on our pages."),
    ).toBe(false);
  });
  it("does not count cookies as 'they'", () => {
    expect(thirdParty("Cookies are small files. They are stored in your browser.")).toBe(false);
  });
});
