// The popup's site look-ups (the Public Suffix List loaded only when the names alone don't settle it).
import { describe, expect, it } from "vitest";
import { linkedSite, switchedOffEntry } from "../../lib/site-lookups";

describe("switchedOffEntry", () => {
  it.each([
    [["shop.example.com"], "shop.example.com", "shop.example.com"],
    [["example.com"], "shop.example.com", "example.com"],
    [["example.com", "shop.example.com"], "eu.shop.example.com", "shop.example.com"],
    [["eu.shop.example.com"], "shop.example.com", null],
    [["hop.example.com", "p.example.com"], "shop.example.com", null],
    [["example.org"], "shop.example.com", null],
    // A shared suffix in the list covers only itself; so do a single name and an address.
    [["co.uk"], "shop.example.co.uk", null],
    [["localhost"], "app.localhost", null],
    [[], "example.com", null],
    [["example.com"], null, null],
  ])("%j, %s → %s", async (entries, site, expected) => {
    expect(await switchedOffEntry(entries, site)).toBe(expected);
  });
});

describe("linkedSite", () => {
  it.each([
    ["https://example-group.com/privacy", "https://www.example.com/", "example-group.com"],
    ["https://privacy.example-group.com/", "https://example.com/shop", "example-group.com"],
    // Stays on this site: the same host, with or without www., another subdomain, another scheme.
    ["https://www.example.com/privacy", "https://example.com/", null],
    ["https://example.com/privacy", "https://www.example.com/", null],
    ["https://legal.example.com/privacy", "https://shop.example.com/", null],
    ["http://shop.example.com/privacy", "https://shop.example.com/", null],
    // No link, or one that isn't a web address.
    [null, "https://example.com/", null],
    ["mailto:privacy@example.com", "https://example.com/", null],
  ])("%s from %s → %s", async (link, page, expected) => {
    expect(await linkedSite(link, page)).toBe(expected);
  });
});
