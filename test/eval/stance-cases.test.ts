import { describe, expect, it } from "vitest";
import { isReversal, oppositeStance, SCALAR_FACTS, scoreEmails } from "../../scripts/lib/fact-compare";
import { duplicateCases, gotValue, STANCE_CASES, scoreCase } from "../../scripts/lib/stance-cases";
import type { SummaryFacts } from "../../scripts/lib/summary-facts";
import { hasTosdr, readTosdrPoints, tosdrPointsFile } from "../../scripts/lib/tosdr";

const NOTHING: SummaryFacts = {
  cookies: false,
  thirdPartyCookies: false,
  sharing: false,
  adSharing: false,
  sale: "not-mentioned",
  optOutLink: false,
  optOutByContact: false,
  browserControls: false,
  optIn: false,
  doNotTrack: "not-mentioned",
  gpc: "not-mentioned",
  emails: [],
};
const facts = (over: Partial<SummaryFacts>): SummaryFacts => ({ ...NOTHING, ...over });
const find = (title: string) => {
  const c = STANCE_CASES.find((x) => x.case === title);
  if (!c) throw new Error(`not in the table: ${title}`);
  return c;
};

describe("stance case table", () => {
  it("names each case once, trimmed, with a known fact", () => {
    expect(duplicateCases(STANCE_CASES)).toEqual([]);
    for (const c of STANCE_CASES) {
      expect(c.case).toBe(c.case.trim());
      for (const f of typeof c.fact === "string" ? [c.fact] : c.fact) expect(SCALAR_FACTS).toContain(f);
    }
  });

  it("holds the stances the brief pins", () => {
    expect(find("This service does not sell your personal data")).toMatchObject({
      fact: "sale",
      expected: "does-not-sell",
    });
    expect(find("This service respects your browser's Do Not Track (DNT) headers")).toMatchObject({
      fact: "doNotTrack",
      expected: "honored",
    });
    expect(find("The service does not share user information with third parties")).toMatchObject({
      fact: "sharing",
      expected: false,
    });
  });
});

describe.skipIf(!hasTosdr())(`stance cases in the ToS;DR data (needs ${tosdrPointsFile()})`, () => {
  it("every case of the table exists in points.jsonl", () => {
    const { points } = readTosdrPoints();
    const titles = new Set(points.map((p) => p.case));
    expect(STANCE_CASES.map((c) => c.case).filter((t) => !titles.has(t))).toEqual([]);
  });
});
if (!hasTosdr())
  console.info(`stance-cases: ToS;DR data not found at ${tosdrPointsFile()}; data checks skipped`);

describe("reversals", () => {
  it("is the opposite stance on sale, doNotTrack and gpc only", () => {
    expect(isReversal("sale", "sells", "does-not-sell")).toBe(true);
    expect(isReversal("sale", "does-not-sell", "sells")).toBe(true);
    expect(isReversal("doNotTrack", "honored", "not-honored")).toBe(true);
    expect(isReversal("gpc", "not-honored", "honored")).toBe(true);
    expect(isReversal("sale", "sells", "not-mentioned")).toBe(false);
    expect(isReversal("doNotTrack", "honored", "unclear")).toBe(false);
    expect(isReversal("doNotTrack", "unclear", "honored")).toBe(false);
    expect(isReversal("doNotTrack", "not-mentioned", "honored")).toBe(false);
    expect(isReversal("sale", "sells", null)).toBe(false);
    expect(isReversal("sharing", true, false)).toBe(false);
    expect(oppositeStance("honored")).toBe("not-honored");
    expect(oppositeStance("unclear")).toBeNull();
  });
});

describe("scoring a quote against its case", () => {
  it("scores one fact and flags a reversal", () => {
    const c = find("This service does not sell your personal data");
    expect(scoreCase(c, facts({ sale: "does-not-sell" }))).toEqual({
      correct: true,
      reversal: false,
      got: "does-not-sell",
    });
    expect(scoreCase(c, facts({ sale: "sells" }))).toEqual({ correct: false, reversal: true, got: "sells" });
    expect(scoreCase(c, null)).toEqual({ correct: false, reversal: false, got: null });
  });

  it("any opt-out choice satisfies an any-of case", () => {
    const c = find("You can opt out of targeted advertising");
    expect(scoreCase(c, facts({})).correct).toBe(false);
    expect(gotValue(c, facts({}))).toBe("none");
    expect(scoreCase(c, facts({ browserControls: true }))).toEqual({
      correct: true,
      reversal: false,
      got: "browserControls",
    });
    // opt-in is not an opt-out
    expect(scoreCase(c, facts({ optIn: true })).correct).toBe(false);
  });
});

describe("e-mail scoring", () => {
  it("compares case-insensitively, each address once", () => {
    expect(
      scoreEmails(["Privacy@x.com", "dpo@x.com"], ["privacy@x.com", "privacy@x.com", "press@x.com"]),
    ).toEqual({
      gold: 2,
      predicted: 2,
      hits: 1,
      missing: ["dpo@x.com"],
      extra: ["press@x.com"],
    });
  });
});
