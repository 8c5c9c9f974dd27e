import { describe, expect, it } from "vitest";
import { containsAny, mayName, urlSignal } from "../../lib/detect/signals";
import {
  NAME_WORDS,
  OTHER_LEGAL_NAME,
  OTHER_LEGAL_PATH,
  POLICY_NAME,
  POLICY_PATH,
  PRIVACY_WORD,
  TERMS_TERMS,
  TOPIC_TERMS,
  VOICE_TERMS,
} from "../../lib/detect/vocabulary";
import { loadPage } from "../fixtures/pages/load";

// The detector screens text with indexOf before running a pattern. That is only safe if every match
// of a pattern contains one of its literals: these tables try each pattern's alternatives.

/** Phrases (lower-cased, whitespace-collapsed, as the sample is) that exercise every alternative. */
const PHRASES = [
  "personally identifiable information",
  "personally-identifiable",
  "personal information",
  "personal data",
  "third party",
  "third-parties",
  "you may opt out",
  "opt-out",
  "optout",
  "opt in",
  "opt-in",
  "we use cookies",
  "a cookie",
  "web beacons",
  "pixel tag",
  "clear gifs",
  "your ip address",
  "ip addresses",
  "e-mail address",
  "email address",
  "do not track",
  "the data controller",
  "our data protection officer",
  "under the gdpr",
  "the ccpa",
  "coppa",
  "ferpa",
  "cpra",
  "children under 13",
  "under the age of 16",
  "users under 18",
  "unsubscribe",
  "we retain",
  "data retention",
  "security measures",
  "security safeguards",
  "security procedures",
  "reasonable safeguards",
  "a safeguard",
  "service provider",
  "service providers",
  "our affiliates",
  "your california privacy rights",
  "your privacy rights",
  "shine the light",
  "your consent",
  "google analytics",
  "advertising partners",
  "advertisers",
  "this policy",
  "this privacy policy",
  "this online privacy notice",
  "this cookie statement",
  "this online statement",
  "our policy",
  "our privacy practices",
  "our online cookie notice",
  "our statement",
  "information we collect",
  "data that we obtain",
  "information that we receive",
  "we collect",
  "we gather",
  "we may collect",
  "we automatically receive",
  "we may automatically obtain",
  "we use",
  "we may share",
  "we will disclose",
  "we do not sell",
  "we don't rent",
  "we don’t transfer",
  "we never process",
  "we store",
  "we retain",
  "we keep",
  "your information",
  "your personal data",
  "you data",
  "user information",
  "user personal data",
  "you may opt",
  "you can choose",
  "you have the right to request",
  "you may also access",
  "you can also delete",
  "contact us",
  "questions about this policy",
  "questions regarding our practices",
  "questions concerning this",
  "information you provide",
  "data that you submit",
  "you give us",
  "you submit to us",
  "governing law",
  "indemnify",
  "indemnification",
  "arbitration",
  "limitation of liability",
  "warranty",
  "warranties",
  "you must",
  "you agree",
  "you shall",
  "intellectual property",
  "terminate",
  "termination",
];

const TERMS = [
  ...TOPIC_TERMS.map((t) => ["topic", t] as const),
  ...VOICE_TERMS.map((t) => ["voice", t] as const),
  ...TERMS_TERMS.map((t) => ["terms", t] as const),
];

/** Real page text too: the fixtures' whole body text, lower-cased and collapsed like the sample. */
const FIXTURE_TEXTS = [
  "policy-basic.html",
  "cookie-policy.html",
  "vocabulary-only.html",
  "policy-accordion.html",
  "terms-of-service.html",
  "news-privacy.html",
  "blog-post.html",
].map((f) => (loadPage(f).body?.textContent ?? "").replace(/\s+/g, " ").trim().toLowerCase());

describe("screening literals of the vocabulary", () => {
  it.each(TERMS.map(([kind, t], i) => [`${kind} ${i}: ${t[0].source.slice(0, 50)}`, t] as const))(
    "%s: matched by a phrase, and every match holds a literal",
    (_label, [re, , literals]) => {
      const matching = [...PHRASES, ...FIXTURE_TEXTS].filter((p) => re.test(p));
      expect(matching.length, "no phrase exercises this pattern").toBeGreaterThan(0);
      for (const text of matching) expect(containsAny(text, literals), text.slice(0, 80)).toBe(true);
    },
  );
});

describe("screening words of names and paths", () => {
  const NAMES = [
    "Privacy Policy",
    "PRIVACY NOTICE",
    "Privacy & Cookies Policy",
    "Cookie Statement",
    "Data Protection Declaration",
    "Datenschutzerklärung",
    "Datenschutzhinweise",
    "Politique de confidentialité",
    "Política de privacidad",
    "Your Privacy",
    "Terms of Service",
    "Terms and Conditions",
    "Conditions of Sale",
    "User Agreement",
    "License Agreement",
    "EULA",
    "Acceptable Use",
    "Imprint",
    "Impressum",
    "Disclaimer",
    "Copyright Policy",
  ];
  it.each(NAMES)("%s is screened in", (name) => {
    expect([POLICY_NAME, PRIVACY_WORD, OTHER_LEGAL_NAME].some((re) => re.test(name))).toBe(true);
    expect(mayName(name)).toBe(true);
  });

  const PATHS = [
    "/privacy",
    "/PrivacyPolicy",
    "/privacy_notice.html",
    "/cookie-policy",
    "/cookies/",
    "/datenschutz",
    "/data-protection",
    "/confidentialite",
    "/privacidad",
    "/terms",
    "/tos",
    "/terms_of_use",
    "/legal-notice",
    "/imprint",
    "/impressum",
    "/eula",
  ];
  it.each(PATHS)("%s is screened in", (p) => {
    expect(POLICY_PATH.test(p) || OTHER_LEGAL_PATH.test(p)).toBe(true);
    expect(containsAny(p.toLowerCase(), NAME_WORDS)).toBe(true);
  });

  it("ordinary titles and URLs are screened out without running a pattern", () => {
    expect(mayName("Weather for the week ahead | Daily Ledger")).toBe(false);
    expect(urlSignal("https://news.example/2024/05/weather-week-ahead")).toBeNull();
  });

  it("percent-escaped and upper-case policy URLs are still found", () => {
    expect(urlSignal("https://acme.example/%70rivacy")?.reason).toBe("url:privacy");
    expect(urlSignal("https://acme.example/de/DATENSCHUTZ")?.reason).toBe("url:privacy");
    expect(urlSignal("https://acme.example/legal/Terms-Of-Service")?.reason).toBe("url:other-legal");
  });
});
