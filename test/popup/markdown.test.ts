import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { markdownWords } from "@/components/markdown-words";
import { setMessageLookup } from "@/lib/i18n";
import { escapeMarkdown, summaryToMarkdown } from "@/lib/markdown";
import { useEnglishMessages } from "./english";
import { summaryFixture } from "./fixtures";

beforeEach(() => useEnglishMessages());
afterEach(() => setMessageLookup());

describe("summaryToMarkdown", () => {
  it("writes the four findings in order, with level words, facts, contacts and quotes", () => {
    const text = summaryToMarkdown(
      {
        title: "Example Shop privacy policy",
        url: "https://shop.example.com/privacy",
        summary: summaryFixture(),
      },
      markdownWords(),
    );
    expect(text).toBe(
      [
        "# Privacy summary: Example Shop privacy policy",
        "",
        "<https://shop.example.com/privacy>",
        "",
        "## Cookies: Concern",
        "",
        "Uses third-party advertising cookies.",
        "",
        "- Uses cookies",
        "- Uses third-party advertising cookies",
        "",
        "From the policy:",
        "",
        "> We allow advertising partners to place cookies on your device.",
        "",
        "## Data sharing: Caution",
        "",
        "Shares data with third parties.",
        "",
        "- Shares data with third parties",
        "- Says it does not sell personal data",
        "",
        "From the policy:",
        "",
        "> We share information with service providers who host our site.",
        "",
        "## Opting out: Good",
        "",
        "You can opt out through the policy's own links or settings.",
        "",
        "- You can opt out through a link",
        "",
        "Contacts:",
        "",
        "- E-mail: privacy@example.com",
        "- Web: www.example.com/optout",
        "- Phone: +1 (800) 555-0100",
        "- Post: 1 Main Street, Springfield",
        "",
        "From the policy:",
        "",
        "> To opt out, e-mail privacy@example.com.",
        "",
        "## Tracking signals: Not mentioned",
        "",
        "The policy doesn't mention Do Not Track or similar signals.",
        "",
        "_Automatic summary by Privacy Glance, made in the browser. Check it against the policy itself._",
        "",
      ].join("\n"),
    );
  });

  it("keeps several quotes in one block quote", () => {
    const summary = summaryFixture();
    summary.cookies.evidence = [
      { text: "First.", segment: 1 },
      { text: "Second.", segment: 2 },
    ];
    const text = summaryToMarkdown({ title: "T", url: "", summary }, markdownWords());
    expect(text).toContain("> First.\n>\n> Second.\n");
  });

  it("never lets page text become a link, image, HTML or heading", () => {
    const summary = summaryFixture();
    summary.cookies.facts = [
      "[click](javascript:alert(1))",
      "![x](https://evil.example/p.png)",
      "<script>x</script>",
    ];
    const text = summaryToMarkdown(
      { title: "# Hi\nthere", url: "javascript:alert(1)", summary },
      markdownWords(),
    );
    expect(text).not.toMatch(/(?<!\\)\[click/);
    expect(text).not.toMatch(/(?<!\\)\]\(/);
    expect(text).not.toMatch(/(?<!\\)<script/);
    expect(text).not.toContain("<javascript:");
    expect(text.split("\n")[0]).toBe("# Privacy summary: \\# Hi there");
  });
});

describe("escapeMarkdown", () => {
  it.each([
    ["plain words", "plain words"],
    ["a*b_c", "a\\*b\\_c"],
    ["1. not a list", "1\\. not a list"],
    ["- not a list either", "\\- not a list either"],
    ["line\nbreak", "line break"],
  ])("%j → %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
