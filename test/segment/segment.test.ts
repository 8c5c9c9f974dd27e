import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_CHARS, segmentBlocks, segmentText, sentences } from "../../lib/segment/index";
import type { Block } from "../../lib/types";
import { seedsDir } from "../../scripts/lib/data-dir";

const h = (text: string): Block => ({ kind: "heading", text, level: 2 });
const p = (text: string): Block => ({ kind: "paragraph", text });
const li = (text: string): Block => ({ kind: "list-item", text });
const longPara = (topic: string): string =>
  `We explain here how ${topic} works in practice, which records are involved, who may read them and for how long they are kept on our systems.`;

describe("segmentBlocks", () => {
  it("keeps the nearest heading above each segment", () => {
    const segs = segmentBlocks([
      p(longPara("signing up")),
      h("Cookies"),
      p(longPara("cookies")),
      h("Sharing"),
      p(longPara("sharing")),
    ]);
    expect(segs.map((s) => s.heading)).toEqual(["", "Cookies", "Sharing"]);
    expect(segs.map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it("groups a list with the sentence that introduces it", () => {
    const segs = segmentBlocks([
      h("What we collect"),
      p("We collect:"),
      li("your name"),
      li("your e-mail"),
      li("your address"),
    ]);
    expect(segs).toEqual([
      { index: 0, heading: "What we collect", text: "We collect: your name your e-mail your address" },
    ]);
  });

  it("merges tiny fragments but never across a heading", () => {
    const segs = segmentBlocks([h("A"), p("Updated 2024."), p(longPara("updates")), h("B"), p("Short one.")]);
    expect(segs).toHaveLength(2);
    expect(segs[0]?.text.startsWith("Updated 2024. We explain")).toBe(true);
    expect(segs[1]).toMatchObject({ heading: "B", text: "Short one." });
  });

  it("gathers one-line notes together instead of tailing them onto a full paragraph", () => {
    const segs = segmentBlocks([
      p(longPara("sharing")),
      p("By using our site, you consent to this policy."),
      p("This policy was last modified on 24/08/2015."),
      p("Questions? Contact us using the details below."),
      p("help@example.com"),
    ]);
    expect(segs.map((s) => s.text)).toEqual([
      longPara("sharing"),
      "By using our site, you consent to this policy. This policy was last modified on 24/08/2015. Questions? Contact us using the details below. help@example.com",
    ]);
  });

  it("keeps full paragraphs apart", () => {
    expect(segmentBlocks([p(longPara("one")), p(longPara("two"))])).toHaveLength(2);
  });

  it("splits giant blocks at sentence ends", () => {
    const giant = Array.from({ length: 60 }, (_, i) => `This is sentence ${i} of a wall of text.`).join(" ");
    const segs = segmentBlocks([p(giant)]);
    expect(segs.length).toBeGreaterThan(1);
    for (const s of segs) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_CHARS);
      expect(s.text).toMatch(/\.$/);
    }
    expect(segs.map((s) => s.text).join(" ")).toBe(giant);
  });
});

describe("segmentText", () => {
  it.each([
    [
      "numbered headings",
      "1. Information We Collect\nWe collect your name when you register.\n\n2. Cookies\nWe use cookies to remember you.",
      ["Information We Collect", "Cookies"],
    ],
    [
      "sub-numbered headings",
      "3.1 Log Files\nOur servers record each request.\n3.2 Analytics\nWe count visits to each page.",
      ["Log Files", "Analytics"],
    ],
    [
      "ALL-CAPS headings",
      "HOW WE USE DATA\nWe use data to run the service.\n\nYOUR RIGHTS\nYou may ask for a copy.",
      ["HOW WE USE DATA", "YOUR RIGHTS"],
    ],
    ["Markdown headings", "# Privacy Policy\n\n## Retention\n\nWe keep logs for ninety days.", ["Retention"]],
    ["bare section numbers on their own line", "1\nContact Us\nWrite to us at any time.", ["Contact Us"]],
  ])("%s", (_label, text, headings) => {
    expect(segmentText(text).map((s) => s.heading)).toEqual(headings);
  });

  it("drops ========== separators and re-joins hard-wrapped lines", () => {
    const text =
      "Cookies\nWe use cookies to keep you signed in and to\nmeasure how the site is used.\n==========\nYou can refuse them in your browser.";
    const segs = segmentText(text);
    expect(segs.map((s) => s.text).join(" ")).not.toContain("===");
    expect(segs[0]).toMatchObject({
      heading: "Cookies",
      text: "We use cookies to keep you signed in and to measure how the site is used. You can refuse them in your browser.",
    });
  });

  it("a numbered list item with a full sentence is not a heading", () => {
    const segs = segmentText("Our Promise\n1. We never sell your data.\n2. We delete logs after a month.");
    expect(segs.map((s) => s.heading)).toEqual(["Our Promise"]);
    expect(segs[0]?.text).toContain("We never sell your data.");
  });

  it("dates are not headings", () => {
    expect(segmentText("April 27th 2018\nWe care about your privacy.")[0]?.heading).toBe("");
  });

  it("keeps a phone line and a comma-continued address as text, not headings", () => {
    const text =
      "Privacy Policy\n\nContact us using the details below.\n\nhelp@example.com\nTel: +44 (0) 20 7946 0958\n\nExample Ltd,\nHarbour Road,\nSpringfield, SP1 2AB\n\nWe answer within a week.";
    const segs = segmentText(text);
    const all = segs.map((s) => s.text).join(" ");
    for (const part of [
      "help@example.com",
      "Tel: +44 (0) 20 7946 0958",
      "Example Ltd, Harbour Road, Springfield, SP1 2AB",
    ])
      expect(all).toContain(part);
    expect(segs.every((s) => s.heading === "Privacy Policy")).toBe(true);
  });

  it("reads a Markdown link whose target has escaped parentheses as its text", () => {
    const segs = segmentText("Contact\n\nTel: [+44 (0) 20 7946 0958](tel:+44 \\(0\\) 20 7946 0958)\n");
    expect(segs[0]?.text).toBe("Tel: +44 (0) 20 7946 0958");
  });

  it("a heading right after a bullet or a date line stays a heading; comma bullets stay apart", () => {
    const segs = segmentText(
      "We collect:\n• your e-mail address\nHow We Use Information\nWe use it to reply.\n\nLast updated: March 2024\nIntroduction\nWe run a shop.\n- your name,\n- your phone number.",
    );
    expect(segs.map((s) => s.heading)).toEqual(
      expect.arrayContaining(["How We Use Information", "Introduction"]),
    );
    expect(segs.map((s) => s.text).join(" ")).toContain("your name, your phone number.");
  });

  it("bullets become one grouped segment", () => {
    const segs = segmentText("We collect:\n• your name\n• your e-mail address\n• your phone number");
    expect(segs).toHaveLength(1);
    expect(segs[0]?.text).toBe("We collect: your name your e-mail address your phone number");
  });
});

const seeds = seedsDir();
const hasSeeds =
  existsSync(join(seeds, "kromtech-mackeeper.txt")) &&
  existsSync(join(seeds, "kromtech-mackeeper-numbered.txt"));
if (!hasSeeds) console.warn(`segment seeds test skipped: ${seeds} not found (set PRIVACY_GLANCE_SEEDS)`);

/** Normalised sentences of a policy's segments (lowercase words only; 4+ words). */
function sentenceSet(file: string): string[] {
  const segs = segmentText(readFileSync(join(seeds, file), "utf8"));
  return segs
    .flatMap((s) => sentences(s.text.replace(/([a-z])\.([A-Z])/g, "$1. $2")))
    .map((s) =>
      s
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim(),
    )
    .filter((s) => s.split(" ").length >= 4);
}

/** A sentence is found when some sentence of the other version shares ≥ 80% of its words. */
function foundIn(sentence: string, others: string[]): boolean {
  const words = new Set(sentence.split(" "));
  return others.some((o) => {
    const other = new Set(o.split(" "));
    const shared = [...words].filter((w) => other.has(w)).length;
    return shared / Math.max(words.size, other.size) >= 0.8;
  });
}

describe.skipIf(!hasSeeds)("seed policies: the same policy, numbered differently", () => {
  it("kromtech-mackeeper.txt and its numbered version yield near-identical segment texts", () => {
    const plain = sentenceSet("kromtech-mackeeper.txt");
    const numbered = sentenceSet("kromtech-mackeeper-numbered.txt");
    // The two saves differ in a few sections (intro, contact box, two extra sections): allow for those.
    const share = (a: string[], b: string[]): number => a.filter((s) => foundIn(s, b)).length / a.length;
    expect(share(numbered, plain)).toBeGreaterThanOrEqual(0.85);
    expect(share(plain, numbered)).toBeGreaterThanOrEqual(0.8);
  });

  it("section numbers and separators never reach a segment", () => {
    for (const file of ["kromtech-mackeeper.txt", "kromtech-mackeeper-numbered.txt"]) {
      for (const s of segmentText(readFileSync(join(seeds, file), "utf8"))) {
        expect(s.text).not.toMatch(/={4,}/);
        expect(s.text).not.toMatch(/^\d+\s*$/);
        expect(s.heading).not.toMatch(/^\d+$/);
      }
    }
  });
});

describe("Markdown e-mail links", () => {
  it.each([
    ["Write to our officer [here](mailto:dpo@example.org).", "Write to our officer here (dpo@example.org)."],
    [
      "Mail [dpo@example.org](mailto:dpo@example.org) with questions.",
      "Mail dpo@example.org with questions.",
    ],
    ["Read [our terms](https://example.org/terms) first.", "Read our terms first."],
  ])("%s → %s", (markdown, text) => {
    expect(segmentText(markdown).map((s) => s.text)).toEqual([text]);
  });
});
