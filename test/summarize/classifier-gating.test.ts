// Rules that decide how far the classifier's section labels gate an opt-out link or third-party
// cookies. Sentences are our own.
import { describe, expect, it } from "vitest";
import { cookiesFinding } from "../../lib/summarize/cookies";
import { optOutFinding, strongChoicesOf } from "../../lib/summarize/opt-out";
import type { Category } from "../../lib/types";
import { seg } from "./helpers";

describe("strong opt-out link wording", () => {
  it.each([
    ["To stop interest-based ads, you can opt out by visiting https://choices.example.org.", true],
    ["To opt out, visit the Example Partner Advertising Opt-Out page.", true],
    ["Details on how to opt out of these tools: go to www.example-ads.com/choices.", true],
    ["Click https://example.net/prefs to opt out of the panel.", true],
    ["You may unsubscribe at any time by writing to us at privacy@example.com.", false],
    ["You cannot opt out of service messages, see https://example.com/help.", false],
    ["Visit our store at example.com for the latest offers.", false],
  ])("%s", (text, expected) => {
    expect(strongChoicesOf({ text }).includes("opt-out-link")).toBe(expected);
  });

  const url = "If you prefer, you may opt out of analytics by visiting https://optout.example.org.";
  it.each<[string, Category[], boolean]>([
    ["a general section", ["Other"], true],
    ["a first-party section", ["First Party Collection/Use"], true],
    ["a choice section", ["User Choice/Control"], true],
    ["a third-party sharing section", ["Third Party Sharing/Collection"], false],
  ])("counts in %s: %s", (_, categories, expected) => {
    const f = optOutFinding([
      seg(0, "We run this site.", { categories: ["Other"] }),
      seg(1, url, { categories }),
    ]);
    expect(f.choices.includes("opt-out-link")).toBe(expected);
  });
});

describe("removal from a mailing list", () => {
  it.each([
    ["You can also click here to be removed from our promotional mailing lists.", true],
    ["Use the link in any newsletter to be removed from the list.", true],
    ["Click here to read about our team.", false],
  ])("%s", (text, expected) => {
    const f = optOutFinding([seg(0, text, { categories: ["User Choice/Control"] })]);
    expect(f.choices.includes("opt-out-link")).toBe(expected);
  });
});

describe("third-party-cookies label", () => {
  const text = "We place cookies on your device to remember you.";
  it.each<[string, Category[], boolean]>([
    ["with a sharing category", ["Third Party Sharing/Collection"], true],
    ["with only a first-party category", ["First Party Collection/Use"], false],
    ["on an unclassified segment", [], true],
  ])("counts %s", (_, categories, expected) => {
    const f = cookiesFinding([
      seg(0, text, { categories, labels: ["cookies", "third-party-cookies"] }),
      seg(1, "We run this site.", { categories: ["Other"] }),
    ]);
    expect(f.thirdParty).toBe(expected);
  });
});
