import { describe, expect, it } from "vitest";
import { wantsDetector } from "@/lib/detect/first-look";

const loaded = (url: string, title = "") => ({ status: "complete", url, title });

describe("the background's first look (when to inject the detector)", () => {
  it("injects once a page whose address names a policy has loaded", () => {
    expect(wantsDetector({ status: "complete" }, loaded("https://shop.example/privacy"))).toBe(true);
    expect(wantsDetector({ status: "complete" }, loaded("https://shop.example/legal/cookies.html"))).toBe(
      true,
    );
  });

  it("injects when only the title names a policy", () => {
    expect(
      wantsDetector({ status: "complete" }, loaded("https://shop.example/p/123", "Privacy Notice")),
    ).toBe(true);
  });

  it("leaves ordinary pages alone", () => {
    expect(
      wantsDetector({ status: "complete" }, loaded("https://news.example/2026/11/story", "Big news")),
    ).toBe(false);
  });

  it("waits until the page has loaded", () => {
    const loading = { status: "loading", url: "https://shop.example/privacy", title: "" };
    expect(wantsDetector({ status: "loading" }, loading)).toBe(false);
    expect(wantsDetector({ title: "Privacy" }, loading)).toBe(false);
  });

  it("looks again when a loaded page changes its address or title (single-page apps)", () => {
    expect(
      wantsDetector({ url: "https://app.example/#/privacy" }, loaded("https://app.example/#/privacy")),
    ).toBe(true);
    expect(
      wantsDetector({ title: "Cookie policy" }, loaded("https://app.example/#/x", "Cookie policy")),
    ).toBe(true);
    // Other changes (favicon, audible, …) are not a new page.
    expect(wantsDetector({}, loaded("https://shop.example/privacy"))).toBe(false);
  });

  it("ignores pages the extension cannot read", () => {
    for (const url of [
      "chrome://settings/privacy",
      "about:privatebrowsing",
      "view-source:https://a.example/privacy",
    ])
      expect(wantsDetector({ status: "complete" }, loaded(url, "Privacy")), url).toBe(false);
    expect(wantsDetector({ status: "complete" }, loaded("file:///home/me/privacy.html"))).toBe(true);
  });

  it("decodes escaped addresses before looking (priv%61cy)", () => {
    expect(wantsDetector({ status: "complete" }, loaded("https://shop.example/priv%61cy"))).toBe(true);
  });
});
