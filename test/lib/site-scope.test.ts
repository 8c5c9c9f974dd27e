// What a site name covers (the per-site switch) and whether a link leaves a page's site, by the
// Public Suffix List.
import { describe, expect, it } from "vitest";
import {
  coveringEntry,
  coversSubdomains,
  isSharedSuffix,
  otherSiteOf,
  registrableSite,
} from "../../lib/site-scope";

describe("coversSubdomains: which listed names cover the hosts below them", () => {
  it.each([
    ["example.com", true],
    ["www.example.com", true],
    ["example.co.uk", true],
    ["user.github.io", true],
    ["com", false],
    ["co.uk", false],
    ["github.io", false],
    ["localhost", false],
    ["intranet", false],
    ["127.0.0.1", false],
    ["[::1]", false],
  ])("%s → %s", (entry, expected) => {
    expect(coversSubdomains(entry)).toBe(expected);
  });
});

describe("isSharedSuffix: names the options page refuses", () => {
  it.each([
    ["com", true],
    ["co.uk", true],
    ["github.io", true],
    ["example.com", false],
    ["localhost", false],
    ["intranet", false],
    ["192.168.1.10", false],
    ["[2001:db8::1]", false],
  ])("%s → %s", (name, expected) => {
    expect(isSharedSuffix(name)).toBe(expected);
  });
});

describe("coveringEntry: the listed site that switches a host off", () => {
  const list = ["example.com", "news.example.co.uk", "localhost", "co.uk", "127.0.0.1"];
  it.each([
    ["example.com", "example.com"],
    ["www.example.com", "example.com"],
    ["a.b.example.com", "example.com"],
    ["news.example.co.uk", "news.example.co.uk"],
    ["sport.news.example.co.uk", "news.example.co.uk"],
    ["127.0.0.1", "127.0.0.1"],
    ["localhost", "localhost"],
    // Not covered: another site whose name merely ends the same way, a parent of a listed host,
    // a host under a listed single name, and everything under a shared suffix that slipped in.
    ["notexample.com", null],
    ["example.org", null],
    ["example.co.uk", null],
    ["app.localhost", null],
    ["shop.example2.co.uk", null],
    ["1.127.0.0.1", null],
  ])("%s → %s", (site, expected) => {
    expect(coveringEntry(list, site)).toBe(expected);
  });

  it("prefers the site itself, then the nearest parent", () => {
    expect(coveringEntry(["example.com", "shop.example.com"], "shop.example.com")).toBe("shop.example.com");
    expect(coveringEntry(["example.com", "shop.example.com"], "eu.shop.example.com")).toBe(
      "shop.example.com",
    );
    expect(coveringEntry([], "example.com")).toBeNull();
  });
});

describe("registrableSite and otherSiteOf: does a link leave the page's site?", () => {
  it.each([
    ["https://www.example.com/privacy", "example.com"],
    ["https://news.example.co.uk/a", "example.co.uk"],
    ["http://localhost:3000/privacy", "localhost"],
    ["http://127.0.0.1:8080/", "127.0.0.1"],
    ["mailto:privacy@example.com", null],
    ["not a url", null],
  ])("registrableSite(%s) → %s", (url, expected) => {
    expect(registrableSite(url)).toBe(expected);
  });

  it.each([
    ["https://example-group.com/privacy", "https://www.example.com/", "example-group.com"],
    ["https://legal.example-group.com/privacy", "https://shop.example.com/", "example-group.com"],
    // Same site: another subdomain, the same host, another scheme.
    ["https://www.example.com/privacy", "https://shop.example.com/", null],
    ["https://shop.example.com/privacy", "https://shop.example.com/cart", null],
    ["http://example.com/privacy", "https://example.com/", null],
    // Unreadable on either side: nothing named.
    ["javascript:void(0)", "https://example.com/", null],
    ["https://example.com/privacy", "", null],
  ])("otherSiteOf(%s, from %s) → %s", (link, page, expected) => {
    expect(otherSiteOf(link, page)).toBe(expected);
  });
});
