// Conventions of the languages (lib/lang): every language has its detector tables, a reading, the
// reading's negation and one cue table per finding, and a complete locale; every fact the summary can
// state has a message. Adding a language or a finding without its tables fails here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { factMessage, PURPOSE_MESSAGES } from "../../lib/findings/fact-messages";
import { FINDINGS } from "../../lib/findings/index";
import { lookupFromMessages, type MessageKey } from "../../lib/i18n";
import { LANGUAGES } from "../../lib/lang/index";
import { READINGS } from "../../lib/lang/readings";
import { ENGLISH_MESSAGES } from "../popup/english";

const ROOT = path.resolve(__dirname, "../..");
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const locale = (code: string): Messages =>
  JSON.parse(readFileSync(path.join(ROOT, "public/_locales", code, "messages.json"), "utf8"));

/** The fields each finding's cue table must have (the reader reads every one). */
const CUE_FIELDS: Record<string, readonly string[]> = {
  cookies: [
    "mention",
    "use",
    "thirdParty",
    "advertising",
    "analytics",
    "essentialOnly",
    "browserRefuse",
    "consentTool",
    "optOutLink",
    "definition",
  ],
  sharing: [
    "share",
    "recipient",
    "data",
    "advertising",
    "sell",
    "serviceProviders",
    "affiliates",
    "businessTransfer",
    "legalRequests",
    "international",
  ],
  optOut: [
    "choice",
    "instrument",
    "exercise",
    "contact",
    "browserControls",
    "optIn",
    "unsubscribe",
    "rights",
  ],
  tracking: [
    "doNotTrack",
    "gpc",
    "honors",
    "signalAgain",
    "crossSite",
    "webBeacons",
    "fingerprinting",
    "location",
  ],
};

describe.each(LANGUAGES.map((l) => [l.code, l] as const))("language %s", (code, language) => {
  it("has the detector's tables", () => {
    const d = language.detect;
    expect(d.nameWords.split("|").every((w) => w && w === w.toLowerCase())).toBe(true);
    for (const re of [d.policyName, d.privacyWord, d.otherLegalName, d.headlineWords])
      expect(re).toBeInstanceOf(RegExp);
    for (const terms of [d.topic, d.voice, d.terms]) expect(terms.length).toBeGreaterThan(3);
    expect(language.commonWords.length).toBeGreaterThanOrEqual(20);
  });

  it("each topic, voice and contract phrase has lower-case literals (the text is lower-cased first)", () => {
    for (const [, weight, literals] of [
      ...language.detect.topic,
      ...language.detect.voice,
      ...language.detect.terms,
    ]) {
      expect(weight).toBeGreaterThan(0);
      expect(literals.split("|").every((w) => w && w === w.toLowerCase())).toBe(true);
    }
  });

  it("has a reading, and a reading other than the rules has every table", () => {
    const reading = READINGS[code];
    expect(reading).toBeDefined();
    if (!reading || reading === "rules") return;
    for (const re of [reading.negation.before, reading.negation.scopeEnd, reading.negation.carveOut])
      expect(re).toBeInstanceOf(RegExp);
    for (const { key } of FINDINGS) {
      const table = reading.summary[key] as unknown as Record<string, unknown>;
      expect(table, `${code}: no cue table for ${key}`).toBeDefined();
      for (const field of CUE_FIELDS[key] ?? [])
        expect(table[field], `${code}.${key}.${field}`).toBeInstanceOf(RegExp);
      // Cue patterns are tested over and over: a g or y flag would carry state between sentences.
      for (const re of Object.values(table)) expect((re as RegExp).flags).not.toMatch(/[gy]/);
    }
  });

  it("has a locale with every message, and the same placeholders", () => {
    const messages = locale(code);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(ENGLISH_MESSAGES).sort());
    for (const [key, entry] of Object.entries(ENGLISH_MESSAGES)) {
      expect(messages[key]?.message, `${code}: ${key}`).toBeTruthy();
      expect(Object.keys(messages[key]?.placeholders ?? {}).sort()).toEqual(
        Object.keys(entry.placeholders ?? {}).sort(),
      );
    }
    expect(messages.lang?.message).toBe(code);
  });
});

it("every language with a reading is a language the detector knows, and the other way round", () => {
  expect(Object.keys(READINGS).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  expect(readdirSync(path.join(ROOT, "public/_locales")).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
});

describe("facts have messages", () => {
  const english = lookupFromMessages(ENGLISH_MESSAGES);
  const sources = readdirSync(path.join(ROOT, "lib/summarize"))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => readFileSync(path.join(ROOT, "lib/summarize", f), "utf8"));
  // Every fact written as a literal by a rule file, and the values of the Do Not Track stance table.
  const literals = [
    ...new Set(
      sources.flatMap((s) => [
        ...[...s.matchAll(/facts\.push\(\s*"([^"]+)"/g)].map((m) => m[1] ?? ""),
        ...[...s.matchAll(/^\s+(?:honored|"not-honored"|unclear|"not-mentioned"): "([^"]+)",$/gm)].map(
          (m) => m[1] ?? "",
        ),
      ]),
    ),
  ];
  const stances = literals.filter((f) => f.includes("Do Not Track") && !f.startsWith("Does not"));
  const written = [
    ...literals,
    ...stances.map((f) => f.replace("Do Not Track", "Global Privacy Control")),
    "Names third parties: Google, Meta",
    "Privacy questions: 2 contacts",
    "Opt out of marketing e-mails: 1 contact",
    "Uses Google Analytics (an opt-out is offered)",
    "Uses Google Analytics, Hotjar",
  ];

  it("finds the rule files' facts (so this test reads them at all)", () => {
    expect(literals.length).toBeGreaterThan(30);
    expect(literals).toContain("Uses cookies");
    expect(literals).toContain("Honors Do Not Track");
  });

  it.each(written)("%s", (fact) => {
    const m = factMessage(fact);
    expect(m, fact).not.toBeNull();
    // The English message gives back the summary's wording exactly.
    expect(english(m?.key as MessageKey, m?.substitutions)).toBe(fact);
  });

  it("every contact purpose has a message", () => {
    const contacts = readFileSync(path.join(ROOT, "lib/summarize/contacts.ts"), "utf8");
    const table = contacts.slice(contacts.indexOf("const PURPOSES"), contacts.indexOf("function purposeOf"));
    const purposes = [...table.matchAll(/"([a-z][a-z ,-]+)",?\s*\]/g)].map((m) => m[1] ?? "");
    expect(purposes.length).toBeGreaterThan(5);
    for (const p of [...purposes, "contact"]) expect(PURPOSE_MESSAGES[p], p).toBeDefined();
  });
});
