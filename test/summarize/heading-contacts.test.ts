import { describe, expect, it } from "vitest";
import { optOutFinding } from "../../lib/summarize/opt-out";
import type { Category } from "../../lib/types";
import { seg } from "./helpers";

const OTHER: Category[] = ["Other"];
const SHARING: Category[] = ["Third Party Sharing/Collection"];

/** The opt-out card's contact values for segments given as [heading, text, categories]. */
function contacts(...rows: [string, string, Category[]?][]): string[] {
  return optOutFinding(
    rows.map(([heading, text, categories], i) => seg(i, text, { heading, categories })),
  ).contacts.map((c) => c.value);
}

describe("contact details set as a heading", () => {
  it.each([
    // A labelled line read as a heading keeps its value, wherever the section sits.
    [
      "E-mail: dataquestions@shop.example",
      "We answer within a month.",
      SHARING,
      ["dataquestions@shop.example"],
    ],
    ["Phone: +1 415 555 0142", "Lines are open on weekdays.", SHARING, ["+1 415 555 0142"]],
    ["Tel. 020 7946 0321", "Our office takes calls in the morning.", OTHER, ["020 7946 0321"]],
    // An address line under a contact section is kept whole.
    [
      "40 Orchard Road, Springfield, IL 62704, USA",
      "Write to us there with any question about your data.",
      OTHER,
      ["40 Orchard Road, Springfield, IL 62704, USA"],
    ],
    // Out of scope: an ordinary heading with no contact adds nothing, and the text's own contact stays.
    ["How to reach us", "Write to us at desk@shop.example.", OTHER, ["desk@shop.example"]],
  ])("%s", (heading, text, categories, expected) => {
    expect(contacts([heading, text, categories])).toEqual(expected);
  });

  it("reads a heading once, however many segments it covers", () => {
    const found = optOutFinding([
      seg(0, "First paragraph under it.", { heading: "E-mail: one@shop.example", categories: OTHER }),
      seg(1, "Second paragraph under it.", { heading: "E-mail: one@shop.example", categories: OTHER }),
    ]).contacts;
    expect(found.map((c) => c.value)).toEqual(["one@shop.example"]);
  });

  it("never quotes a heading: only its contact is taken", () => {
    const found = optOutFinding([
      seg(0, "Our team replies within a week.", {
        heading: "To opt out, e-mail optout@shop.example",
        categories: OTHER,
      }),
    ]);
    expect(found.contacts.map((c) => c.value)).toEqual(["optout@shop.example"]);
    expect(found.evidence.map((e) => e.text)).not.toContain("To opt out, e-mail optout@shop.example");
  });

  it("a regulator's details after a lead-in naming it are not the company's, heading or not", () => {
    expect(
      contacts(
        ["State residents", "You may also contact the state attorney general at:", OTHER],
        ["", "Phone: (555) 010-4477", OTHER],
        ["Email: consumer@state.example", "Our own list covers calls only.", OTHER],
      ),
    ).toEqual([]);
  });

  it("the same heading line after the company's own lead-in is the company's", () => {
    expect(
      contacts(
        ["Questions", "For any privacy question, contact us at:", OTHER],
        ["Email: privacy@shop.example", "We reply within a month.", OTHER],
      ),
    ).toEqual(["privacy@shop.example"]);
  });

  it("a mailbox for other business stays out in a heading too", () => {
    expect(
      contacts(["Careers: send your resume to hiring@shop.example", "We hire all year.", OTHER]),
    ).toEqual([]);
  });
});
