// Markdown and plain-text input keep their links; segments keep the links of the blocks they join.
import { describe, expect, it } from "vitest";
import { MAX_CHARS, segmentBlocks, segmentText } from "../../lib/segment/index";
import { markdownLinks } from "../../lib/segment/text-blocks";

describe("markdownLinks", () => {
  it.each([
    [
      "Use [Ad settings](https://shop.example/ads) now.",
      [{ text: "Ad settings", href: "https://shop.example/ads" }],
    ],
    [
      '[**Unsubscribe**](https://shop.example/u?list=1 "title")',
      [{ text: "Unsubscribe", href: "https://shop.example/u?list=1" }],
    ],
    ["Call [us](tel:+15555550100).", [{ text: "us", href: "tel:+15555550100" }]],
    [
      "See <https://shop.example/optout>.",
      [{ text: "https://shop.example/optout", href: "https://shop.example/optout" }],
    ],
    ["A relative [page](/choices) has no address.", []],
    ["An image ![logo](https://shop.example/logo.png) is not a link.", []],
    ["A jump to [Section 4](#section-4) is not a link.", []],
    ["No links here.", []],
  ])("%s", (line, want) => {
    expect(markdownLinks(line)).toEqual(want);
  });
});

describe("links in text segments", () => {
  it("keeps a paragraph's links, hard-wrapped lines too", () => {
    const [first] = segmentText(
      "You can opt out of the sale of your data at [Do Not Sell My Info](https://shop.example/dns)\nor through [your privacy choices](https://shop.example/choices).",
    );
    expect(first?.text).toBe(
      "You can opt out of the sale of your data at Do Not Sell My Info or through your privacy choices.",
    );
    expect(first?.links).toEqual([
      { text: "Do Not Sell My Info", href: "https://shop.example/dns" },
      { text: "your privacy choices", href: "https://shop.example/choices" },
    ]);
  });

  it("gives each piece of a split segment only the links in its own text", () => {
    const sentence = "We keep order records for tax purposes and delete them after seven years. ";
    const text = `${sentence.repeat(Math.ceil(MAX_CHARS / sentence.length))}Manage e-mails at Email settings.`;
    const segments = segmentBlocks([
      { kind: "paragraph", text, links: [{ text: "Email settings", href: "https://shop.example/email" }] },
    ]);
    expect(segments.length).toBeGreaterThan(1);
    expect(segments.slice(0, -1).every((s) => s.links === undefined)).toBe(true);
    expect(segments.at(-1)?.links).toEqual([{ text: "Email settings", href: "https://shop.example/email" }]);
  });

  it("merges the links of fragments joined into one segment", () => {
    const segments = segmentBlocks([
      {
        kind: "paragraph",
        text: "Questions? Visit Help.",
        links: [{ text: "Help", href: "https://shop.example/help" }],
      },
      {
        kind: "paragraph",
        text: "Or Contact us.",
        links: [{ text: "Contact us", href: "https://shop.example/contact" }],
      },
    ]);
    expect(segments).toHaveLength(1);
    expect(segments[0]?.links?.map((l) => l.text)).toEqual(["Help", "Contact us"]);
  });
});
