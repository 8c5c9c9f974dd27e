// The popup's site look-ups (the Public Suffix List loaded only when the names alone don't settle it).
import { describe, expect, it } from "vitest";
import { switchedOffEntry } from "../../lib/site-lookups";

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
