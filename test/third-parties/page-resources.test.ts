// @vitest-environment jsdom
// jsdom, which fetches nothing a parsed document refers to (happy-dom would load its frames and styles).
import { describe, expect, it } from "vitest";
import { loadedResources, MAX_RESOURCE_URLS } from "@/lib/third-parties/page-resources";

const PAGE = "https://shop.example/privacy";

function docOf(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

describe("loadedResources", () => {
  it("lists other hosts' sources in the DOM, without query strings, once each", () => {
    const doc = docOf(`
      <script src="https://www.googletagmanager.com/gtm.js?id=GTM-1"></script>
      <script src="https://www.googletagmanager.com/gtm.js?id=GTM-2"></script>
      <script src="/own.js"></script>
      <img src="//pixel.example-ads.com/p.gif">
      <iframe src="https://www.youtube.com/embed/x"></iframe>
      <link rel="stylesheet" href="https://fonts.googleapis.com/css">
      <video src="https://media.cdn-host.net/v.mp4"></video>`);
    expect(loadedResources(doc, PAGE)).toEqual([
      "https://www.googletagmanager.com/gtm.js",
      "https://pixel.example-ads.com/p.gif",
      "https://www.youtube.com/embed/x",
      "https://fonts.googleapis.com/css",
      "https://media.cdn-host.net/v.mp4",
    ]);
  });

  it("leaves out links that fetch nothing, <noscript> and <template> content, and the page's own host", () => {
    const doc = docOf(`<p>Privacy</p>
      <link rel="canonical" href="https://elsewhere.example/privacy">
      <link rel="alternate" href="https://feeds.example/rss">
      <noscript><img src="https://www.facebook.com/tr?id=1"></noscript>
      <template><img src="https://tpl.example/x.png"></template>
      <img src="https://shop.example/logo.png">`);
    expect(loadedResources(doc, PAGE)).toEqual([]);
  });

  it("puts resource timing entries first and drops non-web addresses", () => {
    const doc = docOf(`<img src="data:image/png;base64,AAAA"><img src="https://b.example/x.png">`);
    const urls = loadedResources(doc, PAGE, {
      resourceNames: [
        "https://static.hotjar.com/c/hotjar-1.js?sv=6",
        "blob:https://shop.example/1",
        "chrome-extension://x/y",
      ],
    });
    expect(urls).toEqual(["https://static.hotjar.com/c/hotjar-1.js", "https://b.example/x.png"]);
  });

  it("reads addresses in inline scripts only when asked (saved pages)", () => {
    const doc = docOf(`
      <script>
        var ga = document.createElement('script');
        ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
        !function(f,b,e,v){}(window, document,'script','https://connect.facebook.net/en_US/fbevents.js');
        var cfg = {"sdk":"http:\\/\\/cdn.segment.com\\/analytics.js"};
        // console.log("not an address"); see http://www.w3.org/TR/ for nothing quoted
      </script>
      <script type="application/ld+json">{"@context": "https://schema.org"}</script>`);
    expect(loadedResources(doc, PAGE)).toEqual([]);
    expect(loadedResources(doc, PAGE, { inlineScripts: true })).toEqual([
      "https://connect.facebook.net/en_US/fbevents.js",
      "http://cdn.segment.com/analytics.js",
      "https://google-analytics.com/",
    ]);
  });

  it("is bounded on a page with thousands of sources", () => {
    const imgs = Array.from({ length: 2000 }, (_, i) => `<img src="https://h${i}.example/x.png">`).join("");
    expect(loadedResources(docOf(imgs), PAGE)).toHaveLength(MAX_RESOURCE_URLS);
  });

  it("keeps working on a page without an address", () => {
    const doc = docOf(
      `<script src="rel.js"></script><script src="https://cdn.example/a.js"></script><script src="//cdn.optimizely.com/js/1.js"></script>`,
    );
    expect(loadedResources(doc, "")).toEqual([
      "https://cdn.example/a.js",
      "https://cdn.optimizely.com/js/1.js",
    ]);
  });
});
