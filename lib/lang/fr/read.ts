// French, as the summary reads it: how French sentences deny ("ne … pas", "ne … jamais", "aucun",
// "sans", "ni"), and the cues of each fact of each finding. Patterns run on the sentence as written
// (case-insensitive); accents are optional where sites often drop them.
import type { Reading } from "../types";

export const frReading: Reading = {
  negation: {
    before: /\b(?:aucune?s?|jamais|sans|ni|non|nullement|en aucun cas)\b/giu,
    opener: /\bne\b|\bn['’]/giu,
    closer: /\b(?:pas|jamais|plus|aucune?|rien|ni|nullement|gu[eè]re|point)\b/iu,
    scopeEnd:
      /;|:|[!?[\]]|\.(?=\s|$)|\s[–—-]\s|\b(?:mais|cependant|toutefois|sauf|except[eé]|hormis|à l['’]exception|sous r[eé]serve|néanmoins|en revanche|si|lorsque|dès lors que)\b|,\s*(?=(?:et |alors |donc )?(?:nous|vous|ils|elles|il|elle|ces|cette|celles?|ceux|la soci[eé]t[eé])(?!\p{L}))/giu,
    falseNegations:
      /\bnon (?:limitativ|exhaustiv)\w*|\bsans (?:frais|d[eé]lai|co[uû]t|que cela)\b|\bne \w+ que\b/giu,
    carveOut:
      /\b(?:sauf|except[eé]|hormis|si ce n['’]est|autres? que|en dehors de ceux|que (?:dans|pour|si|lorsque|par|aux?|[àa])|qu['’](?:[àa]|aux?|avec|en|dans|apr[eè]s))(?![a-zà-ÿ])|à l['’]exception/iu,
  },
  summary: {
    cookies: {
      mention:
        /\bcookies?\b|\btraceurs?\b|\bbalises? (?:web|pixel)|\bpixels?\b|\btags?\b|stockage local|\bsdks?\b|\btraceurs?\b/i,
      use: /\b(?:utilis|d[eé]pos|plac|install|emploi|recour|lis|lit|lisons)\w*\b|\bsont (?:utilis|d[eé]pos|plac|install)/i,
      thirdParty:
        /\b(?:cookies?|traceurs?)\s+(?:de |des )?tiers\b|\bcookies? tiers\b|\btiers\b|\btierces?\b|\bpartenaires?\b|\bannonceurs\b|\br[eé]gies?\b|\bgoogle\b|\bfacebook\b|\bmeta\b|\bcriteo\b|\bdoubleclick\b|\bhotjar\b|\bat internet\b|\bpiano\b|\bcontentsquare\b|\btiktok\b|\bamplitude\b|\bmixpanel\b|\bsalesforce\b|\bréseaux sociaux\b|\breseaux sociaux\b/i,
      advertising:
        /publicit|\bciblage|\bcibl[eé]e?s?(?![a-zà-ÿ])|marketing|annonces?|\bannonceurs\b|reciblage|retargeting|personnalis(?:er|ation) (?:de la |des )?(?:publicit|annonces|offres)/i,
      analytics:
        /statistique|mesure d['’]audience|analyse d['’]audience|\banalytics\b|fr[eé]quentation|performances?|\banalys(?:er|e) (?:l['’]utilisation|la navigation|le trafic|votre navigation)/i,
      essentialOnly:
        /\b(?:uniquement|seulement|exclusivement)\b[^.]{0,40}\bcookies? (?:strictement )?(?:n[eé]cessaires|essentiels|techniques|fonctionnels)|\bne (?:d[eé]pos|utilis)\w* que des cookies (?:strictement )?(?:n[eé]cessaires|essentiels|techniques)/i,
      browserRefuse:
        /\b(?:navigateurs?|logiciels? de navigation)\b[^.]{0,120}\b(?:refus|bloqu|supprim|d[eé]sactiv|param[eè]tr|configur|r[eé]glages|s['’]opposer|effac)|\b(?:refus|bloqu|supprim|d[eé]sactiv|param[eè]tr|configur|effac)\w*\b[^.]{0,100}\b(?:navigateurs?|logiciels? de navigation)\b/i,
      consentTool:
        /gestionnaire de (?:cookies|consentement)|outil de (?:gestion|param[eé]trage)|bandeau(?: cookies?| de consentement)?|module de (?:gestion|param[eé]trage)|(?:param[eè]tres|pr[eé]f[eé]rences|gestion) (?:des |de )?cookies|centre de (?:pr[eé]f[eé]rences|confidentialit[eé])|plateforme de gestion du consentement|\bcmp\b|retirer votre consentement/i,
      optOutLink:
        /\b(?:opposer|d[eé]sactiver|refuser|opt[- ]?out)\b[^.]{0,100}(?:https?:|www\.|\blien\b|\bcliquant\b|\bpage\b|youronlinechoices|module compl[eé]mentaire|plug-?in|extension)|(?:https?:|www\.|\blien\b|\bcliquant\b)[^.]{0,100}\b(?:opposer|d[eé]sactiver|refuser|opt[- ]?out)/i,
      definition:
        /\b(?:un|les) cookies? (?:est|sont) (?:un |de )?(?:petits?|simples?) (?:fichiers?|textes?)|\bun cookie est un\b|\bles cookies sont des\b/i,
    },
    sharing: {
      share:
        /\b(?:partag|communiqu|transmet|transmis|transf[eé]r|divulgu|c[eè]d|cession|fournir|fournissons|mettons [àa] (?:la )?disposition|mises? [àa] (?:la )?disposition|acc[eè]s [àa] vos|destinataires?|accessibles?|vend|lou)\w*/i,
      recipient:
        /\btiers\b|\bpartenaires?\b|\bprestataires?\b|\bsous-traitants?\b|\bfiliales?\b|soci[eé]t[eé]s? (?:du|de notre) groupe|\bgroupe\b|\bentit[eé]s\b|\bautorit[eé]s?\b|\bannonceurs\b|\br[eé]gies?\b|\bfournisseurs?\b|\bacqu[eé]reur|\bauxiliaires de justice|\bsoci[eé]t[eé]s?\b|\bpolice\b|\bservices? publics?\b|\badministrations?\b|\borganismes?\b|\bbanques?\b|\bassureurs?\b|\btransporteurs?\b|\bplateformes?\b|\bréseaux sociaux\b|\breseaux sociaux\b/i,
      data: /donn[eé]es|informations|coordonn[eé]es|adresse (?:e-?mail|[eé]lectronique)|profil/i,
      advertising:
        /publicit|\bcibl[eé]e?s?(?![a-zà-ÿ])|\bciblage|marketing|prospection|annonceurs|\br[eé]gies?\b|offres commerciales|sollicitations commerciales|fins commerciales|partenaires commerciaux|reciblage/i,
      sell: /\b(?:(?:re)?vend(?:ons|re|ent|ra|rons|u|s)?|lou(?:ons|er|ent)|commercialis(?:ons|er|ent)|c[eè]d(?:ons|er|ent)|monnay(?:ons|er))\b(?:\s+[^\s,;:.]+){0,4}?\s+(?:donn[eé]es|informations)\b|(?<=\b(?:donn[eé]es|informations)\b[^.;]{0,60}?)\b(?:(?:re)?vendues|lou[eé]es|commercialis[eé]es|c[eé]d[eé]es|monnay[eé]es)\b|\bvente (?:de |des )(?:vos )?(?:donn[eé]es|informations)/i,
      serviceProviders: /\bprestataires?\b|\bsous-traitants?\b|\bfournisseurs? de services?\b/i,
      affiliates:
        /\bfiliales?\b|soci[eé]t[eé]s? (?:du|de notre) groupe|entit[eé]s (?:du|de notre) groupe|sociétés affiliées|societes affiliees/i,
      businessTransfer:
        /\bfusion\b|\bacquisition\b|\bcession (?:de|d['’]une partie|totale|partielle)|\brestructuration\b|\bacqu[eé]reur/i,
      legalRequests:
        /\bautorit[eé]s?\b|obligation l[eé]gale|\bjudiciaires?\b|\bréquisition|\brequisition|\btribunaux\b|\bpolice\b|\bauxiliaires de justice/i,
      international:
        /en dehors de l['’](?:union europ[eé]enne|ue|eee|espace [eé]conomique europ[eé]en)|hors (?:de l['’])?(?:union europ[eé]enne|ue|eee)|pays tiers|transferts? (?:internationaux|de donn[eé]es (?:vers|hors|en dehors))|clauses contractuelles types/i,
    },
    optOut: {
      choice:
        /\b(?:vous opposer|s['’]opposer|opposition|(?:retirer|r[eé]voquer) (?:votre|son|ce|leur) consentement|retrait (?:de|du) (?:votre )?consentement|d[eé]sinscri\w*|d[eé]sabonn\w*|refuser|d[eé]sactiver|ne plus recevoir|gérer vos préférences|gerer vos preferences|modifier vos (?:choix|pr[eé]f[eé]rences))/i,
      instrument:
        /\bliens?\b|\bparam[eè]tres\b|\br[eé]glages\b|\brubriques?\b|\bpages?\b|\boutils?\b|\bboutons?\b|\bmodules?\b|\bgestionnaires?\b|centre de pr[eé]f[eé]rences|\bcliqu\w*|https?:|www\.|espace (?:personnel|client)|\bvotre compte\b|\bapplication\b|\bcase [àa] cocher|\bformulaire en ligne\b|\bbandeau\b/i,
      exercise:
        /\bexerc(?:er|ez|ice)\b[^.;]{0,30}\bdroits?\b|\bdroits? d['’]opposition|\bdemandes? relatives? [àa] vos donn[eé]es|\bsupprim[eé]s? ou modifi[eé]s?/i,
      contact:
        /(?:\ben )?(?:[eé]crivant|[eé]crire|contact\w*|adress\w+ (?:un|une|votre) (?:demande|courrier|e-?mail)|envo\w+ (?:un|une|votre) (?:demande|courrier|e-?mail)|courrier|courriel|e-?mail|adresse (?:postale|[eé]lectronique|suivante)|t[eé]l[eé]phone|d[eé]l[eé]gu[eé] [àa] la protection|\bdpo\b|formulaire|demande (?:[eé]crite|par [eé]crit)|transmettez-nous|adressez-nous|[eé]crivez-nous)/i,
      browserControls:
        /^(?=[\s\S]*\b(?:cookies?|traceurs?|publicit|identifiant publicitaire))[\s\S]*?(?:\b(?:navigateurs?|logiciels? de navigation)\b[^.]{0,120}\b(?:refus|bloqu|supprim|d[eé]sactiv|param[eè]tr|configur|r[eé]glages|s['’]opposer|effac)|\b(?:refus|bloqu|supprim|d[eé]sactiv|param[eè]tr|configur|effac)\w*\b[^.]{0,100}\b(?:navigateurs?|logiciels? de navigation)\b|\b(?:param[eè]tres|r[eé]glages) (?:de votre |du )?(?:appareil|t[eé]l[eé]phone|terminal|syst[eè]me)\b|identifiant publicitaire)/i,
      optIn:
        /\b(?:avec|sans|selon|apr[eè]s) (?:votre|ton|son|leur) (?:consentement|accord|autorisation)|\bsous r[eé]serve(?:, [^,]{0,30},)? de (?:votre|ton|son) (?:consentement|accord)|\bconsentement (?:pr[eé]alable|expr[eè]s|explicite)|\b(?:sur|[àa]) la base (?:de votre|du) consentement|\b(?:fond[eé]\w*|repos\w+|bas[eé]\w*|s['’]appui\w+) sur (?:votre|le|un|ton|son) consentement|\bsi (?:vous|le passager|l['’]utilisateur) (?:y )?(?:avez |a )?(?:consenti|acceptez|autorisez|donn[eé] (?:votre|son) accord)|\b(?:a|ait|avez|aurez) donn[eé] (?:son|votre) accord|\brecueil\w* (?:de )?votre consentement|\bconsentement\b[^.]{0,20}\brecueilli|\b(?:bases? l[eé]gales?|fondements? (?:juridiques?|l[eé]gaux))\W+(?:\w+\W+){0,3}consentement\b/i,
      unsubscribe: /d[eé]sinscri|d[eé]sabonn|lien de d[eé]sinscription|ne plus recevoir/i,
      rights:
        /droits? d['’](?:acc[eè]s|effacement|opposition)|droits? (?:de|à la) (?:rectification|suppression|portabilit[eé])|supprimer vos donn[eé]es/i,
    },
    tracking: {
      doNotTrack: /\bdo[- ]not[- ]track\b|\bdnt\b|ne pas (?:me )?(?:suivre|pister)/i,
      gpc: /global privacy control|\bgpc\b|contr[oô]le global de (?:la )?confidentialit[eé]|signaux? de (?:pr[eé]f[eé]rence de )?(?:refus|retrait|d[eé]sinscription)/i,
      honors:
        /\b(?:respect|honor|r[eé]pond|traitons|reconna[iî]ss|appliquons)\w*|\b(?:tenons|prenons) (?:\S+ ){0,3}(?:compte|mesures?)\b|\bdonnons suite\b/i,
      signalAgain: /\b(?:ce|ces|du|au|un tel) signa(?:l|ux)\b/i,
      crossSite:
        /(?:sur|à travers|entre) (?:d['’]autres|diff[eé]rents|plusieurs) (?:sites|applications|services)|publicit[eé]s? (?:cibl[eé]es|personnalis[eé]es|comportementales|bas[eé]es sur (?:vos|tes) centres d['’]int[eé]r[eê]t)|reciblage|retargeting/i,
      webBeacons: /balises? (?:web|pixels?|invisibles)|\bpixels?\b|web beacons?|gifs? invisibles/i,
      fingerprinting:
        /empreinte (?:num[eé]rique|digitale|de (?:l['’]appareil|votre appareil|navigateur))|fingerprint/i,
      location:
        /g[eé]olocalisation|donn[eé]es de localisation|votre localisation|position g[eé]ographique|localisation pr[eé]cise/i,
    },
  },
};
