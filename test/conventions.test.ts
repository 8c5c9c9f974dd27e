// @vitest-environment happy-dom
// Conventions of the findings registry (in the spirit of refined-github's feature tests): every finding
// is one file in lib/findings/ plus one entry in FINDINGS, and everything that shows findings iterates
// the registry. A finding missing from a locale, an icon, the schema, the CLI report, the Markdown copy,
// the toolbar tooltip or the popup fails here, as does a list of finding keys written out by hand.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { h } from "preact";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FindingIcon } from "@/components/Icons";
import { markdownWords } from "@/components/markdown-words";
import { SummaryView } from "@/components/SummaryView";
import { analyzeText } from "@/lib/analyze";
import { badgeTitle } from "@/lib/badge-title";
import { loadBundledModel } from "@/lib/classify/bundled-model";
import { admittedIn, FINDINGS, findingOf, LEVEL_WORD, LEVELS } from "@/lib/findings/index";
import { lookupFromMessages, type MessageKey, setMessageLookup } from "@/lib/i18n";
import { summaryToMarkdown } from "@/lib/markdown";
import { summarySchema } from "@/lib/summary-schema";
import { formatAnalysis } from "../scripts/lib/analyze-input";
import { ENGLISH_MESSAGES, useEnglishMessages } from "./popup/english";
import { tabStateFixture } from "./popup/fixtures";
import { renderInto } from "./popup/render";

const ROOT = path.resolve(__dirname, "..");
const FINDINGS_DIR = path.join(ROOT, "lib/findings");
const KEYS = FINDINGS.map((finding) => finding.key);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(tsx?|html)$/.test(name) ? [full] : [];
  });
}

type Messages = Record<string, { message: string }>;
const LOCALES_DIR = path.join(ROOT, "public/_locales");
const LOCALES: [string, Messages][] = readdirSync(LOCALES_DIR).map((locale) => [
  locale,
  JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, "messages.json"), "utf8")) as Messages,
]);

// Our own policy wording, touching every finding; and a page that mentions none of them.
const POLICY = [
  "Privacy Policy",
  "Cookies",
  "We use cookies and web beacons on our site. Our advertising partners may set their own cookies to show you interest-based ads. You can refuse cookies in your browser settings.",
  "Sharing your information",
  "We share your personal information with service providers who host our site. We do not sell your personal information.",
  "Your choices",
  "To opt out of marketing e-mails, write to optout@example.com or visit https://example.com/optout.",
  "Do Not Track",
  "We do not respond to Do Not Track signals. We use Google Analytics to measure traffic.",
].join("\n\n");
const NOTHING = "About us\n\nWe bake bread in a small town and sell it at the market on Saturdays.";

const model = loadBundledModel();
function analysed(text: string) {
  const analysis = analyzeText(text, "https://example.com/privacy", model);
  if (!analysis.summary) throw new Error("no summary");
  return { analysis, summary: analysis.summary };
}
const FULL = analysed(POLICY);
const EMPTY = analysed(NOTHING);

beforeAll(() => useEnglishMessages());
afterAll(() => setMessageLookup());

const english = lookupFromMessages(ENGLISH_MESSAGES);
const word = (key: MessageKey) => english(key);

describe("the registry", () => {
  it("has unique keys, each defined in a file of its own in lib/findings", () => {
    expect(new Set(KEYS).size).toBe(KEYS.length);
    const defined = readdirSync(FINDINGS_DIR)
      .map((name) => readFileSync(path.join(FINDINGS_DIR, name), "utf8"))
      .filter((text) => text.includes("defineFinding({"))
      .map((text) => [...text.matchAll(/^ {2}key: "([A-Za-z]+)",$/gm)].map((m) => m[1]));
    for (const keys of defined) expect(keys).toHaveLength(1);
    // Every file that defines a finding is registered, and every registered finding has its file.
    expect(defined.flat().sort()).toEqual([...KEYS].sort());
  });

  it("is what summarize() produces: its keys, in its order", () => {
    expect(Object.keys(FULL.summary)).toEqual(KEYS);
    expect(Object.keys(EMPTY.summary)).toEqual(KEYS);
  });

  it("gives the summary schema, which reads a summary back unchanged", () => {
    for (const { summary } of [FULL, EMPTY]) expect(summarySchema.parse(summary)).toEqual(summary);
  });
});

describe.each(FINDINGS.map((finding) => [finding.key, finding] as const))("finding %s", (key, finding) => {
  const messageKeys: MessageKey[] = [
    finding.messages.title,
    ...Object.values<MessageKey>(finding.messages.verdicts),
    ...LEVELS.map((level) => LEVEL_WORD[level]),
  ];

  it.each(LOCALES)("has its title, verdicts and level words in the %s locale", (_locale, messages) => {
    const missing = messageKeys.filter((k) => !messages[k]?.message.trim());
    expect(missing).toEqual([]);
  });

  it("words its verdict from its messages, never the bare key", () => {
    for (const { summary } of [FULL, EMPTY]) {
      const verdict = finding.verdict(summary[key] as never, admittedIn(summary));
      const name = typeof verdict === "string" ? verdict : verdict[0];
      expect(Object.keys(finding.messages.verdicts)).toContain(name);
    }
  });

  it("has a rubric for every level", () => {
    for (const level of LEVELS) expect(finding.rubric[level].trim().length, level).toBeGreaterThan(10);
  });

  it("has an icon, which the popup draws", async () => {
    expect(finding.icon.length).toBeGreaterThan(0);
    for (const shape of finding.icon)
      if ("path" in shape) expect(shape.path).toMatch(/^M[\d.\s,a-zA-Z-]+$/);
      else expect(shape.circle.every((n) => Number.isFinite(n) && n >= 0 && n <= 20)).toBe(true);
    const view = await renderInto(h(FindingIcon, { name: key }));
    const svg = view.root.querySelector("svg");
    expect(svg?.children.length).toBe(finding.icon.length);
    view.unmount();
  });

  it("has a schema that accepts what summarize() produces, field for field", () => {
    for (const { summary } of [FULL, EMPTY]) {
      const parsed = finding.schema.safeParse(summary[key]);
      expect(parsed.success).toBe(true);
      // Nothing is dropped: every field the rule returns is in the schema.
      expect(parsed.data).toEqual(summary[key]);
    }
    expect(finding.schema.safeParse({ ...FULL.summary[key], level: "awful" }).success).toBe(false);
  });

  it("is in the command line's readable report", () => {
    const report = formatAnalysis("policy.txt", FULL.analysis, 100);
    // In the popup's level word ("Concern", not the JSON's "bad").
    expect(report).toContain(`\n  ${finding.reportName}: ${word(LEVEL_WORD[FULL.summary[key].level])}\n`);
  });

  it("is in the Markdown copy", () => {
    const markdown = summaryToMarkdown(
      { title: "T", url: "https://example.com/privacy", summary: FULL.summary },
      markdownWords(),
    );
    const heading = `## ${word(finding.messages.title)}: ${word(LEVEL_WORD[FULL.summary[key].level])}`;
    expect(markdown.split("\n")).toContain(heading);
  });

  it("is in the toolbar button's tooltip", () => {
    const title = badgeTitle(FULL.summary, word);
    const line = `${word(finding.messages.title)}: ${word(LEVEL_WORD[FULL.summary[key].level])}`;
    expect(title.split("\n")).toContain(line);
  });

  it("has its card in the popup", async () => {
    const state = tabStateFixture({ summary: FULL.summary });
    const view = await renderInto(h(SummaryView, { state, summary: FULL.summary }));
    const card = view.root.querySelector(`[data-finding="${key}"]`);
    expect(card?.querySelector(".finding__title")?.textContent).toBe(word(finding.messages.title));
    expect(card?.getAttribute("data-level")).toBe(FULL.summary[key].level);
    view.unmount();
  });

  it("is found by its key", () => {
    expect(findingOf(key)).toBe(finding);
  });
});

/**
 * Where `source` lists the findings by hand instead of iterating the registry: three finding keys
 * quoted close together (a key list, a union type, a switch), three used as property names close
 * together (a per-finding map), or two findings' levels read one by one.
 */
function handListsIn(source: string, keys: readonly string[]): string[] {
  const near = (positions: { key: string; at: number }[], distinct: number, span: number): boolean =>
    positions.some(
      (p, i) =>
        new Set(
          positions
            .slice(i)
            .filter((q) => q.at - p.at <= span)
            .map((q) => q.key),
        ).size >= distinct,
    );
  const found = (pattern: (key: string) => RegExp) =>
    keys
      .flatMap((key) => [...source.matchAll(pattern(key))].map((m) => ({ key, at: m.index })))
      .sort((a, b) => a.at - b.at);
  const distinct = Math.min(3, keys.length);
  const problems: string[] = [];
  if (
    near(
      found((k) => new RegExp(`["'\`]${k}["'\`]`, "g")),
      distinct,
      240,
    )
  )
    problems.push("quoted finding keys");
  if (
    near(
      found((k) => new RegExp(`(?:^|[{,])\\s*${k}\\??:`, "gm")),
      distinct,
      600,
    )
  )
    problems.push("a map keyed by finding");
  if (
    near(
      found((k) => new RegExp(`\\.${k}\\??\\.level\\b`, "g")),
      Math.min(2, keys.length),
      400,
    )
  )
    problems.push("levels read finding by finding");
  return problems;
}

describe("no hand-written finding lists", () => {
  it.each([
    ['const ORDER = ["cookies", "sharing", "optOut", "tracking"];', ["quoted finding keys"]],
    ['type Name = "cookies" | "sharing" | "optOut" | "tracking";', ["quoted finding keys"]],
    [
      'switch (name) {\n case "cookies":\n return a;\n case "sharing":\n return b;\n case "optOut":\n return c; }',
      ["quoted finding keys"],
    ],
    [
      'const TITLE = {\n  cookies: "findingCookies",\n  sharing: "findingSharing",\n  optOut: "findingOptOut",\n};',
      ["a map keyed by finding"],
    ],
    ["const levels = [summary.cookies.level, summary.sharing.level];", ["levels read finding by finding"]],
    // Not finding lists: classifier labels and gold facts share two of the words; one finding's fields.
    ['const LABELS = ["cookies", "third-party-cookies", "sharing", "advertising"];', []],
    [
      "const facts = { cookies: s.cookies.uses, sharing: s.sharing.thirdParty, dnt: s.tracking.doNotTrack };",
      [],
    ],
    ["if (summary.optOut.level === 'good') return summary.optOut.contacts;", []],
  ])("the check itself: %s", (source, problems) => {
    expect(handListsIn(source, ["cookies", "sharing", "optOut", "tracking"])).toEqual(problems);
  });

  const outside = ["lib", "components", "entrypoints", "scripts"]
    .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
    .filter((file) => !/^lib\/(findings|summarize)\//.test(path.relative(ROOT, file)));

  it("covers the code that shows findings", () => {
    const names = outside.map((file) => path.relative(ROOT, file));
    for (const file of ["lib/markdown.ts", "lib/badge-title.ts", "components/SummaryView.tsx"])
      expect(names).toContain(file);
  });

  it("outside lib/findings and lib/summarize", () => {
    const offenders = outside
      .map((file) => ({
        file: path.relative(ROOT, file),
        problems: handListsIn(readFileSync(file, "utf8"), KEYS),
      }))
      .filter((entry) => entry.problems.length > 0);
    expect(offenders).toEqual([]);
  });
});
