// A walk may leave its links unresolved (deferLinks) until the blocks it keeps are asked for them:
// the blocks and links are then the same as a walk that resolved them at once.
import { describe, expect, it } from "vitest";
import { collectBlocks } from "../../lib/extract/blocks";
import { createBudget } from "../../lib/extract/budget";
import { fallbackBlocks } from "../../lib/extract/fallback";
import { parseHtmlDocument } from "../../scripts/lib/dom";

const noLimit = () => createBudget(60_000, () => 0);

const BODY = `
  <h2>Choices <a href="/choices">about ads</a></h2>
  <p>You can stop the bakery's newsletter on the <a href="/newsletter">newsletter page</a> or write to
     <a href="mailto:privacy@bakery.example">our privacy desk</a>; the <a href="#top">top</a> link and
     a <a href="javascript:void(0)">script link</a> lead nowhere.</p>
  <p>Same words, same place: <a href="/newsletter">newsletter page</a> and again
     <a href="/newsletter">newsletter page</a>.</p>
  <table><tr><th>Kind</th><th>Where</th></tr><tr><td>Ads</td><td><a href="/ads">ad settings</a></td></tr></table>
  <p>No links in this paragraph at all.</p>`;

function doc(): Document {
  return parseHtmlDocument(
    `<html><head><base href="https://bakery.example/privacy"></head><body><main>${BODY}</main></body></html>`,
  );
}

describe("deferred links", () => {
  it("gives the same blocks and links as resolving them during the walk", () => {
    const now = collectBlocks(doc().body, { budget: noLimit() });
    const later = collectBlocks(doc().body, { budget: noLimit(), deferLinks: true });
    expect(later.blocks.some((b) => b.links)).toBe(false);
    expect(later.withLinks(later.blocks)).toEqual(now.blocks);
    expect(now.withLinks(now.blocks)).toEqual(now.blocks);
    // The resolved links are the followable ones only, each once.
    const links = now.blocks.flatMap((b) => b.links ?? []).map((l) => l.href);
    expect(links).toEqual([
      "https://bakery.example/choices",
      "https://bakery.example/newsletter",
      "mailto:privacy@bakery.example",
      "https://bakery.example/newsletter",
      "https://bakery.example/ads",
    ]);
  });

  it("reads a link as it was during the walk, even if the document changes before resolving", () => {
    const page = doc();
    const walk = collectBlocks(page.body, { budget: noLimit(), deferLinks: true });
    for (const a of Array.from(page.querySelectorAll("a")))
      a.setAttribute("href", "https://elsewhere.example/");
    const hrefs = walk.withLinks(walk.blocks).flatMap((b) => (b.links ?? []).map((l) => l.href));
    expect(hrefs).toContain("https://bakery.example/newsletter");
    expect(hrefs).not.toContain("https://elsewhere.example/");
  });

  it("returns blocks that are not the walk's unchanged", () => {
    const walk = collectBlocks(doc().body, { budget: noLimit(), deferLinks: true });
    const title = { kind: "heading" as const, text: "Privacy Notice", level: 1 };
    expect(walk.withLinks([title])).toEqual([title]);
  });

  it("carries through the fallback walk's filtering", () => {
    const now = fallbackBlocks(doc(), noLimit());
    const later = fallbackBlocks(doc(), noLimit(), undefined, true);
    expect(later.withLinks(later.blocks)).toEqual(now.blocks);
    expect(later.linkChars).toEqual(now.linkChars);
  });
});
