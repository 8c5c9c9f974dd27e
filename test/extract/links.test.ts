// Links survive extraction: each block keeps its links' words and absolute addresses.
import { describe, expect, it } from "vitest";
import { extractPolicy } from "../../lib/extract/index";
import { absoluteHref } from "../../lib/links";
import { readPageText } from "../../lib/page-text";
import { parseHtmlDocument } from "../../scripts/lib/dom";

const para =
  "We collect the details you give us when you order from the bakery and keep them for two years. ";

function page(body: string, base = "https://bakery.example/privacy"): Document {
  return parseHtmlDocument(
    `<html><head><title>Privacy Notice</title><base href="${base}"></head><body><article><h1>Privacy Notice</h1><p>${para.repeat(3)}</p>${body}<p>${para.repeat(3)}</p></article></body></html>`,
  );
}

describe("absoluteHref", () => {
  it.each([
    ["/choices", "https://bakery.example/choices"],
    ["https://other.example/optout", "https://other.example/optout"],
    ["mailto:privacy@bakery.example", "mailto:privacy@bakery.example"],
    ["tel:+441632960000", "tel:+441632960000"],
    ["#cookies", null],
    ["https://bakery.example/privacy#cookies", null],
    ["javascript:alert(1)", null],
    ["data:text/html,hi", null],
    ["mailto:", null],
    ["https://bakery.example/cdn-cgi/l/email-protection#abc", null],
  ])("%s → %s", (raw, want) => {
    expect(absoluteHref(raw, "https://bakery.example/privacy")).toBe(want);
  });

  it("keeps no relative address without a base", () => {
    expect(absoluteHref("/choices")).toBeNull();
    expect(absoluteHref("https://bakery.example/choices")).toBe("https://bakery.example/choices");
  });
});

describe("links in blocks", () => {
  it("keeps a paragraph's links with their words and absolute addresses", () => {
    const { blocks } = extractPolicy(
      page(
        `<p>To stop our e-mails, use <a href="/account/email">Email preferences</a> or <a href="#top">go back up</a>, or <a href="javascript:void(0)">this</a>. Write to <a href="mailto:dpo@bakery.example">our officer</a>.</p>`,
      ),
    );
    const block = blocks.find((b) => b.text.startsWith("To stop our e-mails"));
    expect(block?.links).toEqual([
      { text: "Email preferences", href: "https://bakery.example/account/email" },
      { text: "our officer", href: "mailto:dpo@bakery.example" },
    ]);
    // Blocks without links carry none.
    expect(blocks.find((b) => b.text.startsWith("We collect"))?.links).toBeUndefined();
  });

  it("keeps links in headings and table rows, and reads a row as column — value", () => {
    const { blocks } = extractPolicy(
      page(
        `<h2>Call us on <a href="tel:+441632960001">01632 960001</a></h2><table><tr><th>Category</th><th>How to opt out</th></tr><tr><td>Identifiers</td><td><a href="/do-not-sell">Do Not Sell My Information</a></td></tr></table>`,
      ),
    );
    expect(blocks.find((b) => b.kind === "heading" && b.text.startsWith("Call us"))?.links).toEqual([
      { text: "01632 960001", href: "tel:+441632960001" },
    ]);
    const rows = blocks.filter((b) => b.kind === "table-row");
    expect(rows).toEqual([
      {
        kind: "table-row",
        text: "Category — Identifiers; How to opt out — Do Not Sell My Information",
        links: [{ text: "Do Not Sell My Information", href: "https://bakery.example/do-not-sell" }],
      },
    ]);
  });

  it("joins the cells of a table without a header row", () => {
    const { blocks } = extractPolicy(
      page(
        `<table><tr><td>Orders</td><td>Two years</td></tr><tr><td>Reviews</td><td>Until deleted</td></tr></table>`,
      ),
    );
    expect(blocks.filter((b) => b.kind === "table-row").map((b) => b.text)).toEqual([
      "Orders | Two years",
      "Reviews | Until deleted",
    ]);
  });

  it("reaches the segments the background receives", () => {
    const { segments } = readPageText(
      page(
        `<p>You may opt out of interest-based ads at <a href="https://ads.example/choices">Ad choices</a>.</p>`,
      ),
    );
    const withLink = segments.find((s) => s.text.includes("Ad choices"));
    expect(withLink?.links).toEqual([{ text: "Ad choices", href: "https://ads.example/choices" }]);
  });
});
