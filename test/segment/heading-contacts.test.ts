import { describe, expect, it } from "vitest";
import { segmentBlocks } from "../../lib/segment/index";
import type { Block } from "../../lib/types";

const h = (text: string, links?: Block["links"]): Block => ({
  kind: "heading",
  text,
  level: 3,
  ...(links ? { links } : {}),
});
const p = (text: string): Block => ({ kind: "paragraph", text });
const PARA = "We answer every question about the data we keep within thirty days of receiving it.";

describe("a heading line no text follows", () => {
  it.each([
    // Contact details set as a heading, straight before another heading: kept as a line of text.
    ["Tel: 1.800.555.0188", true],
    ["Phone +44 20 7946 0123", true],
    ["Write to dpo@shop.example", true],
    ["Support line 312-555-0199", true],
    ["(415) 555-0142 weekdays", true],
    // Out of scope: a heading with no contact (a title, a date, a numbered section) is not text.
    ["Who we are", false],
    ["Last updated 2024-01-15", false],
    ["Section 1.2.3.4.5", false],
  ])("%s", (line, kept) => {
    const segments = segmentBlocks([h("Contact"), h(line), h("Your rights"), p(PARA)]);
    const texts = segments.map((s) => s.text);
    expect(texts.includes(line)).toBe(kept);
    if (kept) expect(segments.find((s) => s.text === line)?.heading).toBe("Contact");
    // The paragraph keeps its own heading either way.
    expect(segments.find((s) => s.text === PARA)?.heading).toBe("Your rights");
  });

  it("keeps a contact heading that ends the page, with its links", () => {
    const link = { text: "dpo@shop.example", href: "mailto:dpo@shop.example" };
    const segments = segmentBlocks([p(PARA), h("Write to dpo@shop.example", [link])]);
    expect(segments.at(-1)).toMatchObject({ text: "Write to dpo@shop.example", links: [link] });
  });

  it("a contact heading with text under it stays a heading (its text carries it)", () => {
    const segments = segmentBlocks([h("Tel: 1.800.555.0188"), p(PARA)]);
    expect(segments.map((s) => [s.text, s.heading])).toEqual([[PARA, "Tel: 1.800.555.0188"]]);
  });
});
