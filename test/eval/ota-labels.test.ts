import { describe, expect, it } from "vitest";
import { aggregate, type PolicyLabel, parseLabelFile, scorePolicy } from "../../scripts/lib/ota-labels";
import type { SummaryFacts } from "../../scripts/lib/summary-facts";

const LABEL: PolicyLabel = {
  cookies: true,
  thirdPartyCookies: true,
  sharing: true,
  adSharing: false,
  sale: "does-not-sell",
  optOutLink: true,
  optOutByContact: false,
  browserControls: true,
  optIn: false,
  doNotTrack: "honored",
  gpc: "not-mentioned",
  emails: ["privacy@example.com"],
  notPolicy: false,
  evidence: { cookies: "We use cookies." },
};
const { evidence: _e, notPolicy: _n, ...facts } = LABEL;
const SAME: SummaryFacts = facts;

describe("label files", () => {
  it("keeps valid entries and reports each bad one clearly", () => {
    const text = JSON.stringify({
      "ota/en/privacy/Good.md": LABEL,
      "ota/en/privacy/Bad.md": { ...LABEL, sale: "maybe", cookies: undefined },
      "../outside.md": LABEL,
      "ota/en/privacy/Typo.md": { ...LABEL, thirdpartyCookies: true },
    });
    const r = parseLabelFile("x.json", text);
    expect(r.policies.map((p) => p.key)).toEqual(["ota/en/privacy/Good.md"]);
    expect(r.errors).toHaveLength(3);
    expect(r.errors[0]).toMatch(/Bad\.md.*missing cookies.*sale/);
    expect(r.errors[1]).toMatch(/not a data path/);
    expect(r.errors[2]).toMatch(/thirdpartyCookies/);
  });

  it("reports a file that is not JSON, or not an object", () => {
    expect(parseLabelFile("a.json", "{ nope").errors[0]).toMatch(/a\.json: not valid JSON/);
    expect(parseLabelFile("b.json", "[]").errors[0]).toMatch(/b\.json: expected one JSON object/);
  });

  it("warns on evidence longer than LABELS.md allows", () => {
    const r = parseLabelFile(
      "c.json",
      JSON.stringify({ "ota/en/privacy/L.md": { ...LABEL, evidence: { sale: "x".repeat(201) } } }),
    );
    expect(r.policies).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/201 characters/);
  });
});

describe("scoring a labelled policy", () => {
  it("counts correct facts, misses, reversals and e-mails", () => {
    const perfect = scorePolicy("p1", LABEL, SAME);
    expect(perfect.misses).toEqual([]);
    const off = scorePolicy("p2", LABEL, {
      ...SAME,
      sale: "sells",
      doNotTrack: "unclear",
      adSharing: true,
      emails: ["other@example.com"],
    });
    expect(off.misses.map((m) => [m.fact, m.reversal])).toEqual([
      ["adSharing", false],
      ["sale", true],
      ["doNotTrack", false],
    ]);
    const none = scorePolicy("p3", LABEL, null);
    expect(none.misses).toHaveLength(11);
    const figures = aggregate([perfect, off, none]);
    expect(figures.policies).toBe(3);
    expect(figures.perFact.sale).toMatchObject({
      correct: 1,
      positives: 3,
      falseNegatives: 2,
      falsePositives: 0,
    });
    expect(figures.perFact.adSharing).toMatchObject({
      correct: 1,
      positives: 0,
      falseNegatives: 0,
      falsePositives: 1,
    });
    expect(figures.overall).toBeCloseTo((11 + 8 + 0) / 33);
    expect(figures.reversals).toEqual({ total: 1, sale: 1, doNotTrack: 0, gpc: 0 });
    expect(figures.emails).toMatchObject({ gold: 3, predicted: 2, hits: 1 });
    expect(figures.emails.recall).toBeCloseTo(1 / 3);
    expect(figures.emails.precision).toBeCloseTo(1 / 2);
  });
});
