// Quotes that read: a sentence leaning on the one before brings it along, and no quote shows twice.
import { describe, expect, it } from "vitest";
import { distinctQuotes } from "../../lib/summarize/distinct-quotes";
import { leansBack, sentencesOf } from "../../lib/summarize/evidence";
import { summarize } from "../../lib/summarize/index";
import { seg } from "./helpers";

describe("leansBack", () => {
  it.each([
    "If you do so, you will need to opt in again later.",
    "It may also share your address with couriers.",
    "These partners may set their own cookies.",
    "They use it to measure visits.",
    "In that case we delete your account.",
    "This means we cannot reply to you.",
  ])("%s leans on the sentence before", (s) => {
    expect(leansBack(s)).toBe(true);
  });

  it.each([
    "This Privacy Policy explains what we collect.",
    "This website uses cookies.",
    "Items you buy are shipped by courier.",
    "Iterating over orders is how we bill.",
    "Italy is where our servers are.",
  ])("%s stands alone", (s) => {
    expect(leansBack(s)).toBe(false);
  });
});

describe("sentencesOf", () => {
  it("quotes a leaning sentence with the one before it, verbatim", () => {
    const text =
      "You may turn off personalised ads in your settings. If you do so, you will see ads that are less relevant.";
    const [, second] = sentencesOf([seg(0, text)]);
    expect(second?.text).toBe("If you do so, you will see ads that are less relevant.");
    expect(second?.quote).toBe(text);
  });

  it("leaves a leaning first sentence of a segment as it is (nothing before it to bring)", () => {
    const [first] = sentencesOf([seg(0, "It may share your data with couriers. We keep it for a year.")]);
    expect(first?.quote).toBeUndefined();
  });
});

describe("distinctQuotes", () => {
  const q = (text: string, segment = 0) => ({ text, segment });
  it("drops a quote another card already shows, keeping each card's first quote", () => {
    expect(
      distinctQuotes([
        [q("A."), q("Shared.")],
        [q("Shared."), q("B.")],
        [q("C."), q("Shared."), q("A.")],
      ]),
    ).toEqual([[q("A.")], [q("Shared."), q("B.")], [q("C.")]]);
  });

  it("treats a quote holding another from the same segment as the same quote", () => {
    expect(
      distinctQuotes([
        [q("X."), q("One. Two.", 3)],
        [q("Y."), q("Two.", 3), q("Two.", 4)],
      ]),
    ).toEqual([
      [q("X."), q("One. Two.", 3)],
      [q("Y."), q("Two.", 4)],
    ]);
  });

  it("shows no sentence in two cards of a whole summary", () => {
    const summary = summarize([
      seg(
        0,
        "We share your data with advertising partners, who set cookies to show you ads. You can opt out of these ads at https://ads.example/optout.",
      ),
      seg(1, "We use cookies to remember your basket."),
    ]);
    const all = [summary.cookies, summary.sharing, summary.optOut, summary.tracking].flatMap((f) =>
      f.evidence.slice(1).map((e) => e.text),
    );
    const leads = [summary.cookies, summary.sharing, summary.optOut, summary.tracking].flatMap((f) =>
      f.evidence.slice(0, 1).map((e) => e.text),
    );
    for (const text of all) expect(leads.filter((l) => l === text)).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
  });
});
