// Markdown input read as Markdown: a table's rows as "column — value", emphasis marks gone, and the
// underscores that belong to a name or an address kept.
import { describe, expect, it } from "vitest";
import { textToBlocks } from "../../lib/segment/text-blocks";

describe("Markdown tables", () => {
  it("reads each row under its header as column — value, with its links", () => {
    const blocks = textToBlocks(
      [
        "| What we collect | Who gets it |",
        "|---|:---:|",
        "| Your e-mail | Our [mail provider](https://mail.example.com) |",
        "| Card number | The bank \\| and no one else |",
        "",
        "We keep both for a year.",
      ].join("\n"),
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ["table-row", "What we collect — Your e-mail; Who gets it — Our mail provider"],
      ["table-row", "What we collect — Card number; Who gets it — The bank | and no one else"],
      ["paragraph", "We keep both for a year."],
    ]);
    expect(blocks[0]?.links).toEqual([{ text: "mail provider", href: "https://mail.example.com/" }]);
  });

  it("leaves lines with bars but no header rule as text", () => {
    const blocks = textToBlocks("Opening hours | 9 to 5\nClosed on Sundays | and holidays");
    expect(blocks.every((b) => b.kind !== "table-row")).toBe(true);
  });
});

describe("Markdown emphasis", () => {
  it.each([
    ["We share it with our _delivery_ partners.", "We share it with our delivery partners."],
    ["We *never* sell it.", "We never sell it."],
    // Underscores and stars that belong to the words stay.
    ["Write to first_last@example.com about it.", "Write to first_last@example.com about it."],
    ["The cookie is named _ga_session and lasts a day.", "The cookie is named _ga_session and lasts a day."],
    ["Prices from 2 * 3 boxes apply.", "Prices from 2 * 3 boxes apply."],
  ])("%s", (line, text) => {
    expect(textToBlocks(line)[0]?.text).toBe(text);
  });
});

describe("emphasis across a wrapped line", () => {
  it("drops the marks where one emphasised line was wrapped in two", () => {
    const one = textToBlocks("_b) Keep your account safe from people who try to guess your password_");
    const wrapped = textToBlocks("_b) Keep your account safe from people\nwho try to guess your password_");
    expect(wrapped.map((b) => b.text)).toEqual(one.map((b) => b.text));
  });
});
