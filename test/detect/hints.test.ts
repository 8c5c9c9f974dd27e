import { describe, expect, it } from "vitest";
import { hintsAtPolicy, urlHints } from "../../lib/detect/hints";

describe("hintsAtPolicy: the first look, before any text is read", () => {
  it.each([
    ["https://acme.example/privacy", true],
    ["https://acme.example/legal/pp", true],
    ["https://acme.example/terms", true],
    ["https://acme.example/priv%61cy", true],
    ["https://acme.example/%E0%A4%A", true], // a malformed escape cannot be read: look further
    ["https://acme.example/news/2024/weather", false],
    ["https://acme.example/caf%C3%A9", false],
    ["", false],
  ])("url %j → %s", (url, expected) => {
    expect(urlHints(url)).toBe(expected);
  });

  it.each([
    ["Cookies | Acme", [], true],
    ["Acme", [{ text: "Your  Privacy\nChoices" }], true],
    ["Acme", [{ text: "Datenschutzerklärung" }], true],
    ["Acme", [{ text: "Opening hours" }, { text: "Contact" }], false],
    ["Weather for the week ahead | Daily Ledger", [], false],
  ])("title %j and headings %j → %s", (title, headings, expected) => {
    expect(hintsAtPolicy("", title, headings)).toBe(expected);
  });
});
