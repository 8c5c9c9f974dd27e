// French pages: recognised by their French names and voice, terms and news about a policy are not.
import { describe, expect, it } from "vitest";
import { detectPolicy } from "../../lib/detect/index";
import { parseHtmlDocument } from "../../scripts/lib/dom";

const page = (title: string, body: string, lang = ' lang="fr"'): Document =>
  parseHtmlDocument(
    `<!doctype html><html${lang}><head><title>${title}</title></head><body>${body}</body></html>`,
  );

const footer =
  '<footer><a href="/ml">Mentions légales</a> <a href="/pc">Politique de confidentialité</a> <a href="/cgu">CGU</a></footer>';

const policyBody = `<main><h1>Politique de confidentialité</h1>
<p>La présente politique explique comment la société Exemple traite vos données personnelles. Nous collectons
les informations que vous nous communiquez lors de la création de votre compte, ainsi que votre adresse IP.</p>
<h2>Partage</h2><p>Nous ne vendons pas vos données. Nous pouvons partager certaines données avec nos
prestataires, qui agissent en qualité de sous-traitants, pour les finalités décrites ci-dessus.</p>
<h2>Vos droits</h2><p>Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'opposition.
Vous pouvez nous contacter à dpo@exemple.fr. Nous utilisons des cookies avec votre consentement.</p></main>${footer}`;

const termsBody = `<main><h1>Conditions générales d'utilisation</h1>
<p>Les présentes conditions régissent l'utilisation du service. En créant un compte, vous acceptez les présentes
conditions. L'utilisateur s'engage à ne pas porter atteinte aux droits de propriété intellectuelle de la société.</p>
<h2>Responsabilité</h2><p>La société ne saurait être tenue responsable des interruptions du service. Aucune
garantie n'est donnée quant à la disponibilité du site.</p>
<h2>Données personnelles</h2><p>Le traitement de vos données est décrit dans notre politique de confidentialité.</p>
<h2>Droit applicable</h2><p>Les présentes sont soumises au droit français. Tout litige relève des tribunaux
compétents de Paris. La résiliation du compte est possible à tout moment.</p></main>${footer}`;

describe("detectPolicy on French pages", () => {
  it("recognises a French privacy policy, with and without <html lang>", () => {
    for (const lang of [' lang="fr"', ""]) {
      const d = detectPolicy(page("Politique de confidentialité | Exemple", policyBody, lang), "");
      expect(d.isPolicy).toBe(true);
      expect(d.reasons).toContain("lang:fr");
    }
  });

  it("recognises a page titled only with French words English does not know", () => {
    const body = policyBody.replace(
      "<h1>Politique de confidentialité</h1>",
      "<h1>Protection des données</h1>",
    );
    const d = detectPolicy(page("Vie privée – Exemple", body), "");
    expect(d.isPolicy).toBe(true);
    expect(d.reasons).toContain("heading:privacy-policy");
  });

  it("does not take French terms of use for a policy, though they link to one and have a data article", () => {
    const d = detectPolicy(page("Conditions générales d'utilisation | Exemple", termsBody), "");
    expect(d.isPolicy).toBe(false);
    expect(d.reasons).toContain("title:other-legal");
  });

  it("reads a French headline about a policy as a headline, not the page's name", () => {
    const d = detectPolicy(
      page("Pourquoi la nouvelle politique de confidentialité inquiète", "<p>Un article de presse.</p>"),
      "",
    );
    expect(d.reasons).not.toContain("title:privacy-policy");
    expect(d.isPolicy).toBe(false);
  });

  it("a French page declared English is read with the English vocabulary (no lang:fr)", () => {
    const d = detectPolicy(page("Politique de confidentialité", policyBody, ' lang="en"'), "");
    expect(d.reasons).not.toContain("lang:fr");
  });
});
