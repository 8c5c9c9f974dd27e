// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { pageHtml, withBase } from "../../lib/page-html";
import { readPageText } from "../../lib/page-text";
import { parseHtmlDocument } from "../../scripts/lib/dom";

function documentOf(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

describe("pageHtml", () => {
  const page = documentOf(`<!doctype html><html lang="en"><head>
    <title>Privacy Notice | Orchard Bank</title>
    <meta name="description" content="How Orchard Bank uses your data">
    <base href="https://orchard.example/legal/">
    <link rel="icon" href="site-icon.png"><style>body { color: red }</style>
    <script>window.trackingConfig = { id: 42 };</script>
    <script type="application/ld+json">{"@type":"WebPage","name":"Privacy Notice"}</script>
  </head><body><h1>Privacy Notice</h1><p>We share data with <a href="partners">partners</a>.</p>
    <script>console.log("in body")</script></body></html>`);
  const parsed = documentOf(pageHtml(page));

  it("keeps the body as it is", () => {
    expect(parsed.body.innerHTML).toBe(page.body.innerHTML);
  });

  it("keeps the title, metadata, base and structured data from the head", () => {
    expect(parsed.title).toBe("Privacy Notice | Orchard Bank");
    expect(parsed.querySelector("meta[name=description]")?.getAttribute("content")).toBe(
      "How Orchard Bank uses your data",
    );
    expect(parsed.querySelector("base")?.getAttribute("href")).toBe("https://orchard.example/legal/");
    expect(parsed.querySelector("script[type='application/ld+json']")?.textContent).toContain("WebPage");
  });

  it("leaves out the head's scripts and styles", () => {
    const html = pageHtml(page);
    expect(html).not.toContain("trackingConfig");
    expect(html).not.toContain("color: red");
    expect(html).not.toContain("site-icon.png");
  });

  it("sends a document without a head or body whole", () => {
    const svg = new DOMParser().parseFromString(
      '<svg xmlns="http://www.w3.org/2000/svg"><text>Privacy</text></svg>',
      "image/svg+xml",
    );
    expect(pageHtml(svg)).toContain("<text>Privacy</text>");
  });
});

describe("a base for the page's relative links", () => {
  it("adds the page's address when the page declares no <base>", () => {
    const page = documentOf("<html><head><title>Privacy</title></head><body><p>Hi</p></body></html>");
    // happy-dom's DOMParser documents have no address: give this one the page's.
    Object.defineProperty(page, "URL", { value: 'https://shop.example/privacy?a=1&b="2"' });
    const parsed = documentOf(pageHtml(page));
    expect(parsed.querySelector("base")?.getAttribute("href")).toBe('https://shop.example/privacy?a=1&b="2"');
  });

  it("adds none for a page that is not on the web", () => {
    const page = documentOf("<html><head></head><body><p>Hi</p></body></html>");
    Object.defineProperty(page, "URL", { value: "about:blank" });
    expect(pageHtml(page)).not.toContain("<base");
  });

  it.each([
    [
      "<!doctype html><html><head><title>P</title></head><body></body></html>",
      '<head><base href="https://shop.example/p">',
    ],
    ["<p>Bare fragment</p>", '<base href="https://shop.example/p"><p>'],
  ])("withBase puts it in the head of fetched HTML: %s", (html, expected) => {
    expect(withBase(html, "https://shop.example/p")).toContain(expected);
  });

  it("withBase keeps a <base> the page declares, and adds none for other schemes", () => {
    const own = '<html><head><base href="https://cdn.example/"></head></html>';
    expect(withBase(own, "https://shop.example/p")).toBe(own);
    expect(withBase("<p>x</p>", "javascript:alert(1)")).toBe("<p>x</p>");
  });

  it("makes a relative link of a fetched policy absolute when it is read", () => {
    const html = withBase(
      `<html><head><title>Privacy</title></head><body><article><h1>Privacy</h1><p>${"We keep your order details for two years. ".repeat(8)}</p><p>To opt out of the sale of your data, use <a href="/choices">Do Not Sell My Information</a>.</p><p>${"We keep your order details for two years. ".repeat(8)}</p></article></body></html>`,
      "https://shop.example/legal/privacy",
    );
    const links = readPageText(parseHtmlDocument(html)).segments.flatMap((s) => s.links ?? []);
    expect(links).toContainEqual({
      text: "Do Not Sell My Information",
      href: "https://shop.example/choices",
    });
  });
});
