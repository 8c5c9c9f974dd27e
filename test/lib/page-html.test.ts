// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { pageHtml } from "../../lib/page-html";

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
