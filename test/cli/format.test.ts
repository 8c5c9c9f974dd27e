// The pieces of the CLI's readable report and input checks, table-driven.
import { describe, expect, it } from "vitest";
import { titleOfText } from "../../lib/analyze";
import { textToBlocks } from "../../lib/segment/index";
import { checkUrl, wrapText } from "../../scripts/lib/analyze-input";

describe("titleOfText: a title for plain text", () => {
  it.each([
    [
      "a Markdown heading naming the policy",
      "# Lantern Lane Privacy Policy\n\nWe use cookies.\n",
      "Lantern Lane Privacy Policy",
    ],
    [
      "a short first line",
      "Chocolate Cake\n\nMix the flour with the sugar. Bake it for forty minutes.\n",
      "Chocolate Cake",
    ],
    [
      "the policy heading under a note left by a saving tool",
      "> *Saved from example.com on 2019-05-31.*\n\n# Example - Privacy Policy\n\nWe use cookies.\n",
      "Example - Privacy Policy",
    ],
    [
      "the heading that names the policy, under the company name",
      "# Example Group\n\n## Privacy Policy\n\nWe use cookies.\n",
      "Privacy Policy",
    ],
    [
      "none when the text starts with a sentence",
      "We use cookies to remember you.\n\nCookies\n\nMore text.\n",
      "",
    ],
    [
      "none when the first heading is a numbered section",
      "1\nPersonal Information We Collect\nWe gather the following data.\n",
      "",
    ],
  ])("%s", (_name, text, title) => {
    expect(titleOfText(text, textToBlocks(text))).toBe(title);
  });
});

describe("wrapText: evidence quotes cut to a few terminal lines", () => {
  it.each([
    ["short text stays on one line", "We use cookies.", 20, 2, ["We use cookies."]],
    [
      "wraps at word boundaries",
      "We use cookies to remember you",
      15,
      2,
      ["We use cookies", "to remember you"],
    ],
    ["cuts after the last line with an ellipsis", "one two three four five six", 9, 2, ["one two", "three…"]],
    [
      "breaks a word longer than a line",
      "see https://example.com/a b",
      10,
      4,
      ["see", "https://ex", "ample.com/", "a b"],
    ],
    ["cuts a broken word too", "see https://example.com/a b", 10, 3, ["see", "https://ex", "ample.com…"]],
    ["squeezes whitespace", "  We\n\tuse   cookies ", 40, 2, ["We use cookies"]],
  ])("%s", (_name, text, width, maxLines, lines) => {
    const wrapped = wrapText(text, width, maxLines);
    expect(wrapped).toEqual(lines);
    for (const line of wrapped) expect(line.length).toBeLessThanOrEqual(width);
  });
});

describe("checkUrl: --url must be a full web address", () => {
  it.each([
    ["https://example.com/privacy", null],
    ["http://example.com", null],
    ["notaurl", /not a web address/],
    ["example.com/privacy", /not a web address/],
    ["ftp://example.com/privacy", /http:\/\/ or https:\/\//],
    ["javascript:alert(1)", /http:\/\/ or https:\/\//],
  ])("%s", (url, problem) => {
    const result = checkUrl(url);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toMatch(problem);
  });
});
