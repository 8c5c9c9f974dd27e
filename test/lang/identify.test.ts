import { describe, expect, it } from "vitest";
import { identifyLanguage, pageLanguage } from "../../lib/lang/identify";
import { languageOf } from "../../lib/lang/index";
import { parseHtmlDocument } from "../../scripts/lib/dom";

const french =
  "Nous collectons les données que vous nous communiquez lorsque vous créez un compte sur le site, et nous " +
  "les conservons pour la durée nécessaire aux finalités pour lesquelles elles sont traitées par la société.";
const english =
  "We collect the information you give us when you create an account on the site, and we keep it for as " +
  "long as it is needed for the purposes for which it is processed by the company and our partners.";

describe("identifyLanguage", () => {
  it("tells French from English", () => {
    expect(identifyLanguage(french)?.code).toBe("fr");
    expect(identifyLanguage(english)?.code).toBe("en");
  });

  it("says nothing about too little text, or a language it does not read", () => {
    expect(identifyLanguage("Politique de confidentialité")).toBeUndefined();
    expect(
      identifyLanguage(
        "Wir erheben die Daten, die Sie uns bei der Registrierung mitteilen, und speichern sie so lange, wie es für die Zwecke erforderlich ist.",
      ),
    ).toBeUndefined();
  });

  it("wants a clear margin: half French, half English is unknown", () => {
    expect(identifyLanguage(`${french} ${english} ${english}`)?.code).not.toBe("fr");
  });
});

describe("pageLanguage", () => {
  const doc = (html: string) => parseHtmlDocument(`<!doctype html>${html}<body><p>x</p></body></html>`);

  it("takes <html lang> first, then Content-Language, then the text", () => {
    expect(pageLanguage(doc('<html lang="fr-CA"><head></head>'), english).language?.code).toBe("fr");
    expect(
      pageLanguage(doc('<html><head><meta http-equiv="Content-Language" content="fr"></head>'), english)
        .language?.code,
    ).toBe("fr");
    expect(pageLanguage(doc("<html><head></head>"), french)).toEqual({
      language: languageOf("fr"),
      declared: false,
    });
  });

  it("a declared language it does not read is not guessed over", () => {
    expect(pageLanguage(doc('<html lang="de"><head></head>'), french).language).toBeUndefined();
  });
});
