import { describe, expect, it } from "vitest";
import { summarize } from "../../lib/summarize/index";
import { isOwnName, namedBeyondProfiles, ownNames } from "../../lib/summarize/named-parties";
import type { LabelledSegment, Link } from "../../lib/types";
import { seg } from "./helpers";

const segsOf = (...texts: string[]): LabelledSegment[] => texts.map((t, i) => seg(i, t));
const withLinks = (text: string, links: Link[]): LabelledSegment => ({ ...seg(0, text), links });

describe("ownNames: how the site names itself", () => {
  it.each([
    ["from the address", { url: "https://policies.paypal.com/privacy" }, [], ["paypal"]],
    ["a country-code address", { url: "https://www.shop.co.uk/legal" }, [], ["shop"]],
    ["from a title", { title: "Acme Privacy Policy" }, [], ["acme"]],
    ["a title in capitals", { title: "ACME PRIVACY NOTICE" }, [], ["acme"]],
    ["a title after the policy's name", { title: "Privacy Policy | Acme" }, [], ["acme"]],
    ["a defined term", {}, ['Acme Widgets, Inc. ("we", "us") runs this site.'], ["acmewidgets"]],
    ["a quoted defined term", {}, ['Acme Group and its affiliates ("Acme", "we") explain here.'], ["acme"]],
    ["we, X", {}, ["We, Acme Ltd., decide why data is used."], ["acme"]],
    // Out of scope: titles and terms that name no company.
    ["a plain title", { title: "Privacy Policy" }, [], []],
    ["a state notice", { title: "State Privacy Notice" }, [], []],
    ["an ordinary bracket", {}, ["Community Guidelines (our rules) apply."], []],
  ])("%s", (_name, site, texts, expected) => {
    expect([...ownNames(segsOf(...texts), site)]).toEqual(expected);
  });

  it.each([
    ["Google", ["google"], true],
    ["Google Analytics", ["google"], true],
    ["Google", ["googly"], false],
    ["YouTube", ["google"], false],
  ])("isOwnName(%s, %j)", (name, own, expected) => {
    expect(isOwnName(name, new Set(own))).toBe(expected);
  });
});

describe("namedBeyondProfiles: a company named only as the site's profile is a contact", () => {
  it.each([
    ["Follow us on Twitter and Instagram for news.", "Twitter", false],
    ["Follow us on Twitter and Instagram for news.", "Instagram", false],
    ["Say hello on our Facebook page.", "Facebook", false],
    // Negated / out of scope: the same company as a recipient or a tracker counts.
    ["We share device data with Facebook for ads.", "Facebook", true],
    ["Follow us on Twitter. Twitter may also set cookies on our pages.", "Twitter", true],
    ["We never mention that network.", "Twitter", false],
  ])("%s (%s)", (text, name, expected) => {
    expect(namedBeyondProfiles(segsOf(text), name)).toBe(expected);
  });

  it.each([
    // A link to the site's profile, by the network's name or a handle, is a contact.
    [{ text: "Twitter", href: "https://twitter.com/acmeshop" }, false],
    [{ text: "@acmeshop", href: "https://twitter.com/acmeshop" }, false],
    // A link to the network's own policy or settings is about that company: it stays named.
    [{ text: "Twitter", href: "https://twitter.com/en/privacy" }, true],
    [{ text: "Twitter", href: "https://twitter.com/" }, true],
  ])("link %j", (link, expected) => {
    expect(namedBeyondProfiles([withLinks(`Find more at ${link.text} today.`, [link])], "Twitter")).toBe(
      expected,
    );
  });
});

describe("the sharing card's named parties", () => {
  const policy = [
    seg(0, 'Acme Inc. ("we", "us") runs the Acme store.', { heading: "Acme Privacy Policy" }),
    seg(1, "We share order data with Acme affiliates and with Google Analytics to measure visits."),
    seg(2, "Follow us on Instagram for new products."),
  ];

  it("leaves out the site's own name and its profiles, keeps real third parties", () => {
    const { sharing } = summarize(policy);
    expect(sharing.namedThirdParties).toEqual(["Google Analytics"]);
    expect(sharing.facts).toContain("Names third parties: Google Analytics");
  });

  it("reads the own name from the page's address too", () => {
    const texts = [seg(0, "We share data with Google and with Stripe for payments.")];
    expect(summarize(texts, { url: "https://stripe.com/privacy" }).sharing.namedThirdParties).toEqual([
      "Google",
    ]);
    expect(summarize(texts).sharing.namedThirdParties).toEqual(["Google", "Stripe"]);
  });

  it("drops the fact when no named party is left", () => {
    const { sharing } = summarize([seg(0, "Follow us on Instagram. We share data with partners.")]);
    expect(sharing.namedThirdParties).toEqual([]);
    expect(sharing.facts.some((f) => f.startsWith("Names third parties"))).toBe(false);
  });
});
