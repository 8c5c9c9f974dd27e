// Relative links read against the page's <base> when the parsing context ignored it (Chrome's
// offscreen document), and left alone where it was honoured or where there is nothing to resolve.
import { describe, expect, it } from "vitest";
import { parseHtmlDocument } from "../../lib/html-document";
import { resolveLinksAgainstBase } from "../../lib/resolve-links";

const PAGE = `<html><head><base href="https://shop.example/help/privacy"></head><body>
<a href="/account/ads">Ad settings</a> <a href="choices">Choices</a> <a href="#top">Top</a>
<a href="mailto:dpo@shop.example">DPO</a> <a href="https://other.example/x">Other</a></body></html>`;

/** The document as a context that ignores <base> sees it. */
function ignoringBase(html: string): Document {
  const doc = parseHtmlDocument(html);
  Object.defineProperty(doc, "baseURI", { value: "chrome-extension://abc/offscreen.html" });
  return doc;
}

const hrefs = (doc: Document) => [...doc.querySelectorAll("a")].map((a) => a.getAttribute("href"));

describe("resolveLinksAgainstBase", () => {
  it("resolves relative links against the declared base where the context ignored it", () => {
    const doc = ignoringBase(PAGE);
    resolveLinksAgainstBase(doc);
    expect(hrefs(doc)).toEqual([
      "https://shop.example/account/ads",
      "https://shop.example/help/choices",
      "#top",
      "mailto:dpo@shop.example",
      "https://other.example/x",
    ]);
  });

  it("changes nothing where the base was honoured, or where no http(s) base is declared", () => {
    const honoured = parseHtmlDocument(PAGE);
    resolveLinksAgainstBase(honoured);
    expect(hrefs(honoured)[0]).toBe("/account/ads");
    const none = ignoringBase("<html><body><a href='/a'>A</a></body></html>");
    resolveLinksAgainstBase(none);
    expect(hrefs(none)).toEqual(["/a"]);
    const odd = ignoringBase(
      "<html><head><base href='javascript:alert(1)'></head><body><a href='/a'>A</a></body></html>",
    );
    resolveLinksAgainstBase(odd);
    expect(hrefs(odd)).toEqual(["/a"]);
  });
});
