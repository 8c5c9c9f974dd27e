/**
 * Comparing a summary's facts (scripts/lib/summary-facts.ts) with expected ones, shared by the
 * ToS;DR stance suite (scripts/eval-stance.ts) and the hand-labelled current policies
 * (scripts/eval-ota.ts). Pure: no I/O.
 */
import type { SummaryFacts } from "./summary-facts.ts";

/** Every fact of SummaryFacts but the e-mail list: one scalar value each. */
export type ScalarFact = Exclude<keyof SummaryFacts, "emails">;
/** The facts whose value is true / false. */
export type BooleanFact = {
  [K in ScalarFact]: SummaryFacts[K] extends boolean ? K : never;
}[ScalarFact];
/** The facts that carry a stance which can be reversed (sells ↔ does-not-sell, honored ↔ not-honored). */
export type StanceFact = "sale" | "doNotTrack" | "gpc";
export type FactValue = SummaryFacts[ScalarFact];

/** The scalar facts in LABELS.md order. */
export const SCALAR_FACTS = [
  "cookies",
  "thirdPartyCookies",
  "sharing",
  "adSharing",
  "sale",
  "optOutLink",
  "optOutByContact",
  "browserControls",
  "optIn",
  "doNotTrack",
  "gpc",
] as const satisfies readonly ScalarFact[];

export const STANCE_FACTS = ["sale", "doNotTrack", "gpc"] as const satisfies readonly StanceFact[];

/** The opt-out choices: "some way to opt out" is any one of them. */
export const OPT_OUT_FACTS = [
  "optOutLink",
  "optOutByContact",
  "browserControls",
] as const satisfies readonly BooleanFact[];

const OPPOSITE: Readonly<Record<string, string>> = {
  sells: "does-not-sell",
  "does-not-sell": "sells",
  honored: "not-honored",
  "not-honored": "honored",
};

export function isStanceFact(fact: string): fact is StanceFact {
  return (STANCE_FACTS as readonly string[]).includes(fact);
}

/** The stance that says the opposite of `value`, or null when it has none ("unclear", "not-mentioned"). */
export function oppositeStance(value: unknown): string | null {
  return typeof value === "string" ? (OPPOSITE[value] ?? null) : null;
}

/**
 * A reversal: on sale, doNotTrack or gpc the summary states the OPPOSITE stance of the expected one
 * (sells for does-not-sell, honored for not-honored, and back). Missing a stance is a miss, not a
 * reversal; any other fact never reverses.
 */
export function isReversal(fact: string, expected: unknown, got: unknown): boolean {
  if (!isStanceFact(fact)) return false;
  const opposite = oppositeStance(expected);
  return opposite !== null && got === opposite;
}

export interface EmailScore {
  gold: number;
  predicted: number;
  hits: number;
  missing: string[];
  extra: string[];
}

/** E-mail addresses compared case-insensitively, each address counted once. */
export function scoreEmails(gold: readonly string[], got: readonly string[]): EmailScore {
  const g = new Set(gold.map((e) => e.trim().toLowerCase()));
  const p = new Set(got.map((e) => e.trim().toLowerCase()));
  const missing = [...g].filter((e) => !p.has(e)).sort();
  const extra = [...p].filter((e) => !g.has(e)).sort();
  return { gold: g.size, predicted: p.size, hits: g.size - missing.length, missing, extra };
}

/** Micro recall and precision over summed counts (1 when there is nothing to find / nothing found). */
export function emailRates(scores: readonly EmailScore[]): {
  gold: number;
  predicted: number;
  hits: number;
  recall: number;
  precision: number;
} {
  const sum = (f: (s: EmailScore) => number): number => scores.reduce((t, s) => t + f(s), 0);
  const gold = sum((s) => s.gold);
  const predicted = sum((s) => s.predicted);
  const hits = sum((s) => s.hits);
  return {
    gold,
    predicted,
    hits,
    recall: gold ? hits / gold : 1,
    precision: predicted ? hits / predicted : 1,
  };
}
