import { describe, expect, it } from "vitest";
import { createBudget } from "../../lib/extract/budget";
import { normalizeProse, preferReadability } from "../../lib/extract/choose";
import { fallbackBlocks } from "../../lib/extract/fallback";
import { DEFAULT_MAX_ELEMENTS, extractPolicy } from "../../lib/extract/index";
import type { Block } from "../../lib/types";
import { parseHtmlDocument } from "../../scripts/lib/dom";
import { loadPage } from "../fixtures/pages/load";

const textOf = (blocks: Block[]): string => blocks.map((b) => b.text).join("\n");
const noLimit = () => createBudget(60_000, () => performance.now());

// Each fixture: sentences that must be extracted, and page furniture that must not.
const cases: Array<[string, string[], string[]]> = [
  [
    "policy-list.html",
    [
      "Your step count and heart rate",
      "Club members see your weekly distance",
      "erase it all within thirty days",
    ],
    ["Pricing", "Jobs"],
  ],
  [
    "policy-accordion.html",
    [
      "Which details do we keep?",
      "one credit reference agency",
      "Switch off the telephone option",
      "second site in Wales",
    ],
    ["Help centre", "Accept all?", "authorised by the regulator"],
  ],
  [
    "policy-table.html",
    [
      "Information — Gallery camera footage; Purpose — Protecting the collection from theft; Kept for — Thirty days",
      "data protection officer",
    ],
    [],
  ],
  [
    "policy-articles.html",
    ["store your progress", "Children under thirteen", "aggregated statistics"],
    ["Tile Twister"],
  ],
  [
    "policy-basic.html",
    ["Information we collect", "courier that delivers your parcel", "unsubscribe link"],
    ["© 2024", "Shop"],
  ],
];

describe("extractPolicy", () => {
  it.each(cases)("%s: keeps the policy text, drops the furniture", (file, wanted, unwanted) => {
    const result = extractPolicy(loadPage(file));
    expect(result.status).toBe("ok");
    const text = textOf(result.blocks);
    for (const w of wanted) expect(text).toContain(w);
    for (const u of unwanted) expect(text).not.toContain(u);
  });

  it("does not modify the page it reads (it reads a clone)", () => {
    const doc = loadPage("policy-basic.html");
    const before = doc.documentElement.outerHTML;
    extractPolicy(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it.each(cases)("%s: a document the caller owns is read in place, with the same result", (file) => {
    const owned = loadPage(file);
    const before = owned.documentElement.outerHTML;
    const inPlace = extractPolicy(owned, { ownsDocument: true });
    expect(inPlace).toEqual(extractPolicy(loadPage(file)));
    // No clone was made: Readability rewrote the owned copy (proves the option is honoured).
    expect(owned.documentElement.outerHTML).not.toBe(before);
  });

  it("keeps structured data in the body that names the article (Readability takes its title from it)", () => {
    const para = "We keep the names and postal addresses of our members for as long as they stay members. ";
    const html = `<html><head><title>Acme | Home</title></head><body>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Acme Members' Privacy Notice"}</script>
      <div><p>${para.repeat(4)}</p><p>${para.repeat(3)}</p><p>${para.repeat(5)}</p></div></body></html>`;
    expect(extractPolicy(parseHtmlDocument(html)).title).toBe("Acme Members' Privacy Notice");
  });

  it("emits blocks in document order with their kinds", () => {
    const { blocks } = extractPolicy(loadPage("policy-table.html"));
    const kinds = blocks.map((b) => b.kind);
    expect(kinds.indexOf("table-row")).toBeGreaterThan(kinds.indexOf("paragraph"));
    // The header row is not a block of its own: every row below names its columns.
    expect(blocks.filter((b) => b.kind === "table-row")).toHaveLength(4);
    expect(blocks.at(-1)?.text).toContain("data protection officer");
  });

  it("uses the fallback when Readability leaves out hidden accordion panels", () => {
    const result = extractPolicy(loadPage("policy-accordion.html"));
    expect(result.method).toBe("fallback");
    expect(result.blocks).toContainEqual({
      kind: "heading",
      text: "How can I stop marketing calls?",
      level: 4,
    });
  });

  it("a short bold line becomes a heading; <br><br> splits paragraphs", () => {
    const doc = parseHtmlDocument(
      "<html><body><div><p><b>Use of Cookies</b></p><p>First paragraph about cookies on this site.<br><br>Second paragraph after a blank line.</p></div></body></html>",
    );
    const { blocks } = fallbackBlocks(doc, noLimit());
    expect(blocks).toEqual([
      { kind: "heading", text: "Use of Cookies", level: 4 },
      { kind: "paragraph", text: "First paragraph about cookies on this site." },
      { kind: "paragraph", text: "Second paragraph after a blank line." },
    ]);
  });

  it("fallback walk keeps every article and list, and drops aside/nav/footer", () => {
    const text = textOf(fallbackBlocks(loadPage("policy-articles.html"), noLimit()).blocks);
    expect(text).toContain("Crash reports include");
    expect(text).toContain("never a player's nickname");
    expect(text).not.toContain("Popular games");
  });

  it("status too-large beyond the element cap, before any parsing", () => {
    const rows = "<p>Row of a very long page.</p>".repeat(300);
    const result = extractPolicy(parseHtmlDocument(`<html><body>${rows}</body></html>`), {
      maxElements: 200,
    });
    expect(result.status).toBe("too-large");
    expect(result.blocks).toEqual([]);
    expect(DEFAULT_MAX_ELEMENTS).toBeGreaterThanOrEqual(10_000);
  });

  it("status too-large when the time budget runs out during the walk (injected clock)", () => {
    let t = 0;
    const now = (): number => {
      t += 5;
      return t;
    };
    const rows = "<p>Another paragraph of a slow page.</p>".repeat(500);
    const result = extractPolicy(parseHtmlDocument(`<html><body>${rows}</body></html>`), {
      timeBudgetMs: 100,
      now,
    });
    expect(result.status).toBe("too-large");
  });

  it("the same page within budget is read", () => {
    const rows = "<p>Another paragraph of a slow page.</p>".repeat(500);
    const result = extractPolicy(parseHtmlDocument(`<html><body>${rows}</body></html>`), {
      timeBudgetMs: 60_000,
    });
    expect(result.status).toBe("ok");
  });

  it("status empty for a page without text", () => {
    const result = extractPolicy(
      parseHtmlDocument("<html><head><title>x</title></head><body><img src=a.png></body></html>"),
    );
    expect(result.status).toBe("empty");
  });
});

describe("choosing Readability or the fallback", () => {
  const para = (text: string): Block => ({ kind: "paragraph", text });
  const long = (n: number): string =>
    `Sentence number ${n} of a policy that goes on for quite a while longer.`;
  it.each([
    ["Readability kept everything", [para(long(1)), para(long(2))], [para(long(1)), para(long(2))], true],
    ["Readability dropped a section", [para(long(1))], [para(long(1)), para(long(2)), para(long(3))], false],
    [
      "fallback extras are short menu lines",
      [para(long(1))],
      [para(long(1)), para("Home"), para("Shop")],
      true,
    ],
    [
      "a fallback block Readability split in two still counts as kept",
      [para(long(1)), para(`${long(2)} And`), para(`${long(3)}`)],
      [para(long(1)), para(`${long(2)} And ${long(3)}`)],
      true,
    ],
    [
      "a small loss next to a long text is kept",
      Array.from({ length: 60 }, (_, i) => para(long(i))),
      [...Array.from({ length: 60 }, (_, i) => para(long(i))), para(long(99)), para(long(98))],
      true,
    ],
    [
      "non-Latin prose is compared by its letters",
      [para("Мы передаём ваши данные партнёрам только с вашего согласия, и вы можете его отозвать.")],
      [para("Мы передаём ваши данные партнёрам — только с вашего согласия, и вы можете его отозвать!")],
      true,
    ],
  ])("%s", (_label, readable, fallback, expected) => {
    expect(preferReadability(readable, fallback)).toBe(expected);
  });

  it("normalises ASCII and other scripts alike: letters and digits, lower-cased", () => {
    expect(normalizeProse("  Cookies, (and) Web-Beacons: 3rd  parties! ")).toBe(
      "cookies and web beacons 3rd parties",
    );
    expect(normalizeProse("Données — PARTAGÉES, 2 fois")).toBe("données partagées 2 fois");
    expect(normalizeProse("Ｋ KELVIN")).toBe("ｋ kelvin");
  });
});
