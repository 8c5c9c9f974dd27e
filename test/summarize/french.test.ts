// The French reading (lib/lang/fr/read.ts through lib/summarize/cue-reader.ts): each fact in its stated,
// denied and out-of-scope forms. Every sentence here is our own.
import { describe, expect, it } from "vitest";
import { loadBundledModel } from "../../lib/classify/bundled-model";
import { labelAndSummarize, readingLanguage } from "../../lib/label-and-summarize";
import { frReading } from "../../lib/lang/fr/read";
import { negatedIn, summarizeWith } from "../../lib/summarize/cue-reader";
import type { Summary } from "../../lib/types";

const read = (...paragraphs: string[]): Summary =>
  summarizeWith(
    frReading,
    paragraphs.map((text, index) => ({ index, text, heading: "", categories: [], labels: [] })),
  );

const negated = (sentence: string, word: string): boolean =>
  negatedIn(sentence, sentence.indexOf(word), frReading.negation);

describe("French negation", () => {
  it.each([
    ["Nous ne vendons pas vos données.", "vendons", true],
    ["Nous ne partageons jamais vos données avec des tiers.", "partageons", true],
    ["Aucune donnée n'est transmise à des tiers.", "transmise", true],
    ["Vos données ne sont ni vendues ni louées.", "vendues", true],
    ["Nous partageons vos données sans les vendre.", "vendre", true],
    ["Nous vendons vos données.", "vendons", false],
    // "ne … que" restricts, it does not deny.
    ["Vos données ne sont transmises qu'à nos prestataires.", "transmises", false],
    // A negation in another clause does not reach the word.
    ["Nous ne vendons pas vos données, mais nous les partageons avec nos partenaires.", "partageons", false],
    ["Si vous ne souhaitez pas recevoir nos offres, nous partagerons moins.", "partagerons", false],
  ])("%s — %s denied: %s", (sentence, word, expected) => {
    expect(negated(sentence, word)).toBe(expected);
  });
});

describe("French facts", () => {
  it("cookies: used, denied, or not mentioned", () => {
    expect(read("Nous utilisons des cookies pour mesurer l'audience du site.").cookies.uses).toBe(true);
    expect(read("Nous n'utilisons aucun cookie sur ce site.").cookies.uses).toBe(false);
    expect(read("Nous traitons vos données pour gérer votre compte.").cookies.uses).toBeNull();
  });

  it("third-party advertising cookies, and a denial of them", () => {
    const ads = read(
      "Nos partenaires publicitaires déposent des cookies tiers pour vous proposer des publicités ciblées.",
    );
    expect(ads.cookies.thirdParty).toBe(true);
    expect(ads.cookies.advertising).toBe(true);
    expect(ads.cookies.level).toBe("bad");
    const none = read("Nous utilisons des cookies. Aucun cookie tiers n'est déposé sur le site.");
    expect(none.cookies.thirdParty).toBe(false);
  });

  it("refusing cookies in the browser, and a browser named for something else", () => {
    expect(read("Vous pouvez refuser les cookies en paramétrant votre navigateur.").optOut.choices).toContain(
      "browser-controls",
    );
    expect(read("Nous collectons le type de navigateur que vous utilisez.").optOut.choices).not.toContain(
      "browser-controls",
    );
    expect(
      read("Les cookies peuvent être refusés dans les réglages de votre navigateur.").optOut.choices,
    ).toContain("browser-controls");
    // Settings for something other than cookies or ads (LABELS.md counts only those).
    expect(
      read("Vous pouvez désactiver la localisation dans les paramètres de votre navigateur.").optOut.choices,
    ).not.toContain("browser-controls");
  });

  it("sharing: stated, denied, restricted and carved out", () => {
    expect(read("Nous partageons vos données avec nos prestataires.").sharing.thirdParty).toBe(true);
    expect(
      read("Nous ne partageons jamais vos données personnelles avec des tiers.").sharing.thirdParty,
    ).toBe(false);
    expect(read("Vos données ne sont transmises qu'à nos sous-traitants.").sharing.thirdParty).toBe(true);
    expect(
      read("Vos données ne sont transférées à aucun tiers, sauf à nos prestataires de paiement.").sharing
        .thirdParty,
    ).toBe(true);
    // The reader sharing their own content is not the company passing data on.
    expect(
      read("Vous pouvez partager vos photos avec vos amis sur les réseaux sociaux.").sharing.thirdParty,
    ).toBeNull();
  });

  it("sharing for advertising, also in a list of recipients after a colon", () => {
    expect(
      read("Nous communiquons vos données à nos partenaires à des fins de prospection commerciale.").sharing
        .advertising,
    ).toBe(true);
    const list = read(
      "Vos données sont transmises aux destinataires suivants :",
      "Nos prestataires d'hébergement.",
      "Nos régies publicitaires.",
    );
    expect(list.sharing.thirdParty).toBe(true);
    expect(list.sharing.advertising).toBe(true);
    expect(read("Nous partageons vos données avec nos prestataires d'hébergement.").sharing.advertising).toBe(
      false,
    );
  });

  it("sale: sells, does not sell, and a sale of something else", () => {
    expect(read("Nous pouvons vendre vos données à des partenaires.").sharing.sells).toBe(true);
    expect(read("Nous ne vendons pas vos données personnelles.").sharing.sells).toBe(false);
    expect(read("Vos données ne sont ni vendues ni louées à des tiers.").sharing.sells).toBe(false);
    expect(read("Nous traitons vos données pour la vente de nos produits.").sharing.sells).toBeNull();
    expect(read("Nous ne revendons pas les informations recueillies par les cookies.").sharing.sells).toBe(
      false,
    );
    expect(
      read("Si nous cessions de vendre des billets, les données seraient transmises.").sharing.sells,
    ).toBeNull();
  });

  it("opting out through a link, by contacting us, and neither", () => {
    const link = read("Vous pouvez vous désinscrire à tout moment grâce au lien présent dans chaque e-mail.");
    expect(link.optOut.choices).toContain("opt-out-link");
    const contact = read("Vous pouvez exercer vos droits en nous écrivant à dpo@exemple.fr.");
    expect(contact.optOut.choices).toContain("contact");
    expect(contact.optOut.contacts.map((c) => c.value)).toEqual(["dpo@exemple.fr"]);
    const neither = read("Nous conservons vos données pendant trois ans.");
    expect(neither.optOut.choices).toEqual([]);
    expect(neither.optOut.level).toBe("unknown");
  });

  it("opt-in consent, including 'not without your consent'", () => {
    expect(read("Nous vous envoyons des offres avec votre consentement.").optOut.choices).toContain("opt-in");
    expect(read("Nous ne déposons pas de cookies sans votre consentement.").optOut.choices).toContain(
      "opt-in",
    );
    expect(read("Nous traitons vos données pour exécuter le contrat.").optOut.choices).not.toContain(
      "opt-in",
    );
  });

  it("Do Not Track: honoured, ignored (also in the next sentence), merely mentioned", () => {
    expect(read("Nous respectons les signaux Do Not Track de votre navigateur.").tracking.doNotTrack).toBe(
      "honored",
    );
    expect(read("Nous ne répondons pas aux signaux Do Not Track.").tracking.doNotTrack).toBe("not-honored");
    expect(
      read(
        "Votre navigateur peut envoyer un signal Do Not Track. Nous ne prenons aucune mesure en réponse à ce signal.",
      ).tracking.doNotTrack,
    ).toBe("not-honored");
    expect(read("Certains navigateurs proposent un réglage Do Not Track.").tracking.doNotTrack).toBe(
      "unclear",
    );
    expect(read("Nous utilisons des cookies.").tracking.doNotTrack).toBe("not-mentioned");
  });

  it("Global Privacy Control, honoured and ignored", () => {
    expect(read("Nous respectons le signal Global Privacy Control.").tracking.globalPrivacyControl).toBe(
      "honored",
    );
    expect(read("Nous ne tenons pas compte du Global Privacy Control.").tracking.globalPrivacyControl).toBe(
      "not-honored",
    );
  });
});

describe("which reading a policy gets", () => {
  const segment = (text: string, index = 0) => ({ index, text, heading: "" });
  const french =
    "Nous collectons les données que vous nous communiquez lorsque vous créez un compte, et nous les conservons pour la durée nécessaire aux finalités pour lesquelles elles sont traitées par la société.";
  const english =
    "We collect the information you give us when you create an account, and we keep it for as long as it is needed for the purposes for which it is processed by the company.";

  it("reads French text in French, English in English, and short text as the page declares", () => {
    expect(readingLanguage([segment(french)]).code).toBe("fr");
    expect(readingLanguage([segment(english)]).code).toBe("en");
    expect(readingLanguage([segment("Cookies")], "fr-FR").code).toBe("fr");
    expect(readingLanguage([segment("Cookies")]).code).toBe("en");
  });

  it("French segments carry no English-model labels; English ones are classified", () => {
    const model = loadBundledModel();
    const fr = labelAndSummarize(model, [segment(french)]);
    expect(fr.language).toBe("fr");
    expect(fr.segments.every((s) => s.labels.length === 0 && s.categories.length === 0)).toBe(true);
    const en = labelAndSummarize(model, [segment(english)]);
    expect(en.language).toBe("en");
    expect(en.segments[0]?.categories.length).toBeGreaterThan(0);
  });
});
