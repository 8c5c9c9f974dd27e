import { describe, expect, it } from "vitest";
import { findPolicyLink } from "../../lib/detect/index";
import { parseHtmlDocument } from "../../scripts/lib/dom";
import { loadPage } from "../fixtures/pages/load";

const page = (body: string, head = ""): Document =>
  parseHtmlDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const base = "https://shop.example/products/kettle";

describe("findPolicyLink", () => {
  it.each([
    [
      "rel=privacy-policy wins",
      page('<a href="/p">Privacy Policy</a>', '<link rel="privacy-policy" href="/legal/pp">'),
      "https://shop.example/legal/pp",
    ],
    [
      "footer 'Privacy Policy' text",
      page('<main><a href="/x">News</a></main><footer><a href="/info/pp.html">Privacy Policy</a></footer>'),
      "https://shop.example/info/pp.html",
    ],
    [
      "'Privacy Notice' text",
      page('<a href="notice">Privacy Notice</a>'),
      "https://shop.example/products/notice",
    ],
    [
      "plain 'Privacy' text",
      page('<a href="/legal?page=7">Privacy</a>'),
      "https://shop.example/legal?page=7",
    ],
    [
      "href with /privacy",
      page('<a href="https://corp.example/privacy/">Legal stuff</a>'),
      "https://corp.example/privacy/",
    ],
    [
      "privacy beats cookie policy",
      page('<a href="/cookies">Cookie Policy</a> <a href="/privacy">Privacy</a>'),
      "https://shop.example/privacy",
    ],
    [
      "cookie policy as second choice",
      page('<a href="/terms">Terms</a> <a href="/cookie-policy">Cookie Policy</a>'),
      "https://shop.example/cookie-policy",
    ],
    [
      "privacy settings is not the policy",
      page('<a href="/settings">Privacy settings</a> <a href="/pp">Privacy Policy</a>'),
      "https://shop.example/pp",
    ],
    ["no policy link", page('<a href="/about">About</a> <a href="/terms">Terms of Use</a>'), null],
    [
      "javascript: and mailto: are ignored",
      page(
        '<a href="javascript:void(0)">Privacy Policy</a> <a href="mailto:privacy@shop.example">Privacy</a>',
      ),
      null,
    ],
  ])("%s", (_label, doc, expected) => {
    expect(findPolicyLink(doc, base)).toBe(expected);
  });

  it("finds the footer notice on a real-looking page, not the FAQ menu link", () => {
    expect(findPolicyLink(loadPage("footer-link.html"), "https://fernleaf.example/")).toBe(
      "https://fernleaf.example/legal/privacy-notice",
    );
  });
});
