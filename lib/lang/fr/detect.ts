// French, as the detector reads it: the words French policy pages are named and written with, and
// the words of French terms pages. Accents are optional where sites often drop them ("donnees").
// (How French sentences are read for the summary is in read.ts.)
import type { Language } from "../types";

const E = "[eé]";

export const fr: Language = {
  code: "fr",
  name: "Français",
  commonWords: [
    "le",
    "la",
    "les",
    "des",
    "du",
    "de",
    "et",
    "vous",
    "vos",
    "votre",
    "nous",
    "nos",
    "notre",
    "est",
    "sont",
    "pour",
    "dans",
    "par",
    "sur",
    "une",
    "un",
    "qui",
    "que",
    "avec",
    "ces",
    "cette",
    "au",
    "aux",
    "être",
    "ou",
    "pas",
    "leur",
    "afin",
    "lorsque",
  ],
  detect: {
    nameWords:
      "confidentialit|vie privée|vie privee|données personnelles|donnees personnelles|protection des donn|cookie|traceur|conditions|mentions l|cgu|cgv|règles|règlement|reglement|charte|contrat",
    policyName: new RegExp(
      String.raw`\b(?:politique|charte|d${E}claration|notice|avis|note|information)s?\b(?:\s+\S+){0,3}?\s+(?:confidentialit${E}|vie priv${E}e|(?:protection|traitement|utilisation|gestion) des donn${E}es|donn${E}es (?:personnelles|${E} caract${E}re personnel)|cookies?|traceurs)|\bpolitique (?:de |des |relative aux |d['’]utilisation des )?cookies?\b|\bgestion des cookies\b|\bprotection des donn${E}es(?: personnelles| ${E} caract${E}re personnel)?\b`,
      "i",
    ),
    privacyWord: new RegExp(
      String.raw`\bconfidentialit${E}|\bvie priv${E}e|\bdonn${E}es personnelles|\bcookies?\b|\btraceurs\b`,
      "i",
    ),
    otherLegalName: new RegExp(
      String.raw`\bconditions (?:g${E}n${E}rales|particuli${E}res|d['’]utilisation|de (?:vente|service|transport|l['’]offre))|\bcg[uv]s?\b|\bcgvu\b|\bmentions l${E}gales\b|\br${E}gles? (?:de (?:la communaut${E}|conduite)|communautaires)|\br${E}glement\b|\bcontrat (?:de (?:transport|licence|service)|d['’]utilisation)|\bdroits? d['’]auteur`,
      "i",
    ),
    headlineWords:
      /\b(?:nouvelle|nouveau|nouvelles|pourquoi|comment|est|sont|sera|selon|apr[eè]s|contre|amende|sanctionn\w*|condamn\w*|scandale|enqu[eê]te|mise en demeure)\b/i,
    topic: [
      [
        new RegExp(String.raw`donn${E}es (?:personnelles|${E} caract${E}re personnel)`),
        2,
        "données personnelles|donnees personnelles|données à|donnees a|données a",
      ],
      [
        /\b(?:tiers|partenaires|prestataires|sous-traitants)\b/,
        1,
        "tiers|partenaires|prestataires|sous-traitants",
      ],
      [/\bcookies?\b|\btraceurs?\b/, 1, "cookie|traceur"],
      [/adresses? ip\b/, 1, "adresse ip|adresses ip"],
      [
        new RegExp(
          String.raw`\brgpd\b|\bcnil\b|d${E}l${E}gu${E} ${E} la protection des donn${E}es|\bdpo\b|responsable (?:du|de|des) traitements?`,
        ),
        1.5,
        "rgpd|cnil|délégué|delegue|dpo|responsable du|responsable de|responsable des",
      ],
      [/\bconserv(?:ons|ées?|ation)\b/, 0.5, "conserv"],
      [/\bconsentement\b/, 0.5, "consentement"],
      [
        new RegExp(
          String.raw`droits? d['’](?:acc${E}s|opposition|effacement)|droits? (?:de|à la) (?:rectification|portabilit${E}|limitation)`,
        ),
        1.5,
        "droit",
      ],
      [/\bfinalit[eé]s?\b/, 1, "finalit"],
      [
        new RegExp(
          String.raw`\bbases? l${E}gales?|fondement (?:juridique|l${E}gal)|int${E}r${E}t l${E}gitime`,
        ),
        1.5,
        "base l|bases l|fondement|intérêt légitime|interet legitime|intérêt legitime",
      ],
      [/\bmineurs?\b|moins de 1[3-8] ans/, 1, "mineur|moins de 1"],
      [
        /\bpublicit|mesure d['’]audience|analyse d['’]audience|\bstatistiques\b/,
        0.5,
        "publicit|audience|statistiques",
      ],
      [
        /s[eé]curit[eé]|mesures techniques et organisationnelles/,
        0.5,
        "sécurité|securite|mesures techniques",
      ],
      [/informatique et libert[eé]s/, 1, "informatique et libert"],
    ],
    voice: [
      [
        /\b(?:la|notre|cette) pr[ée]sente (?:politique|charte|notice|d[ée]claration)\b|\bcette (?:politique|charte|notice)\b/,
        2,
        "présente politique|présente charte|présente notice|présente déclaration|presente politique|cette politique|cette charte|cette notice",
      ],
      [/\bnotre (?:politique|charte)\b/, 1, "notre politique|notre charte"],
      [
        /\bnous (?:collectons|recueillons|traitons|utilisons|recevons|obtenons|conservons)\b|(?:donn[ée]es|informations) que nous (?:collectons|recueillons|traitons)/,
        2,
        "nous collectons|nous recueillons|nous traitons|nous utilisons|nous recevons|nous obtenons|nous conservons|que nous",
      ],
      [
        /\bnous (?:pouvons |ne )?(?:partageons|communiquons|transmettons|vendons|louons|divulguons|transf[ée]rons|stockons|partager|communiquer|transmettre)\b/,
        1.5,
        "nous ",
      ],
      [
        /\b(?:vos|tes) (?:donn[ée]es|informations)\b/,
        1,
        "vos donn|vos informations|tes donn|tes informations",
      ],
      [
        /\bvous (?:pouvez|disposez|avez le droit|b[ée]n[ée]ficiez)\b/,
        1.5,
        "vous pouvez|vous disposez|vous avez le droit|vous bénéficiez|vous beneficiez",
      ],
      [
        /\bnous contacter\b|contactez-nous|pour toute question/,
        1,
        "nous contacter|contactez-nous|pour toute question",
      ],
      [
        /(?:donn[ée]es|informations) que vous (?:nous )?(?:fournissez|communiquez|transmettez)|vous nous (?:fournissez|communiquez|transmettez)/,
        1,
        "que vous|vous nous",
      ],
    ],
    terms: [
      [/droit applicable|loi applicable/, 1, "applicable"],
      [
        /juridictions? comp[ée]tentes?|tribunaux comp[ée]tents|tribunal comp[ée]tent/,
        1,
        "compétent|competent",
      ],
      [/\blitiges?\b/, 1, "litige"],
      [/limitation de responsabilit|ne saurait [êe]tre tenue?/, 1, "limitation de responsabilit|saurait"],
      [/\bgaranties?\b/, 1, "garantie"],
      [
        /\bvous (?:acceptez|vous engagez|devez)\b|s['’]engage [àa]/,
        1,
        "vous acceptez|vous vous engagez|vous devez|engage",
      ],
      [/propri[ée]t[ée] intellectuelle/, 1, "intellectuelle"],
      [/\br[ée]sili(?:ation|er)\b/, 1, "résili|resili"],
      [
        /droit de r[ée]tractation|\blivraisons?\b|\btransporteurs?\b|\bbagages?\b|\bcommandes?\b/,
        1,
        "rétractation|retractation|livraison|transporteur|bagage|commande",
      ],
    ],
  },
};
