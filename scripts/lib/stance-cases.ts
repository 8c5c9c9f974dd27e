/**
 * The ToS;DR stance suite's table (scripts/eval-stance.ts): which ToS;DR case (../shared/data/tosdr,
 * field `case`, trimmed) states which ONE fact of ../shared/docs/LABELS.md, and its value. Each quote
 * of a listed case is analysed alone and must give that value. Pure: no I/O.
 *
 * Chosen from the 217 distinct cases of points.jsonl by reading samples of their quotes. Left out on
 * purpose: cases that pin no LABELS.md fact, or only loosely, e.g. "This service may use your personal
 * information for marketing purposes" and "The service uses your personal data for advertising" (may be
 * first-party ads, not adSharing), "This service tracks you on other websites", "This service does not
 * track you", "Only aggregate data is given to third parties" (not personal data), "The service will not
 * allow third parties to access your personal information without a legal basis", "This service gathers
 * information about you through third parties" (inbound), "The service does not use third-party
 * analytics or tracking platforms" (its quotes do not all state thirdPartyCookies false), "The cookies
 * used by this service do not contain information that would personally identify you" and "The service
 * provides a complete list of all cookies set by its website" (quotes often not about using cookies),
 * "The service allows you to opt out of providing personal information to third parties" and "You can
 * limit how your information is used…" (their quotes are as often consent or rights as opt-outs).
 * A false expectation is only used where the case states the negative.
 */
import {
  type BooleanFact,
  type FactValue,
  isReversal,
  OPT_OUT_FACTS,
  type ScalarFact,
} from "./fact-compare.ts";
import type { SummaryFacts } from "./summary-facts.ts";

type OneFact = {
  [K in ScalarFact]: { case: string; fact: K; expected: SummaryFacts[K]; note?: string };
}[ScalarFact];

/** Any one of several boolean facts true (e.g. "some way to opt out"). */
interface AnyOfFacts {
  case: string;
  fact: readonly BooleanFact[];
  expected: true;
  note?: string;
}

export type StanceCase = OneFact | AnyOfFacts;

export const STANCE_CASES: readonly StanceCase[] = [
  // sale
  { case: "This service does not sell your personal data", fact: "sale", expected: "does-not-sell" },
  {
    case: "The service may sell your data unless you opt out",
    fact: "sale",
    expected: "sells",
    note: "3 quotes, not all of them state a sale",
  },
  // Do Not Track
  {
    case: "This service ignores the Do Not Track (DNT) header and tracks users anyway even if they set this header.",
    fact: "doNotTrack",
    expected: "not-honored",
  },
  {
    case: "This service respects your browser's Do Not Track (DNT) headers",
    fact: "doNotTrack",
    expected: "honored",
  },
  // third-party cookies
  { case: "This service uses third-party cookies for statistics", fact: "thirdPartyCookies", expected: true },
  {
    case: "This service employs third-party cookies, but with opt-out instructions",
    fact: "thirdPartyCookies",
    expected: true,
  },
  { case: "The service uses social media cookies/pixels", fact: "thirdPartyCookies", expected: true },
  {
    case: "Tracking via third-party cookies for other purposes without your consent.",
    fact: "thirdPartyCookies",
    expected: true,
  },
  // cookies and similar technologies
  {
    case: "The service may use tracking pixels, web beacons, browser fingerprinting, and/or device fingerprinting on users.",
    fact: "cookies",
    expected: true,
  },
  { case: "Tracking pixels are used in service-to-user communication", fact: "cookies", expected: true },
  { case: "This service requires first-party cookies", fact: "cookies", expected: true },
  {
    case: "Blocking first party cookies may limit your ability to use the service",
    fact: "cookies",
    expected: true,
  },
  { case: "This service only uses temporary session cookies", fact: "cookies", expected: true },
  // sharing
  { case: "Your personal data is given to third parties", fact: "sharing", expected: true },
  {
    case: "This service can share your personal information to third parties",
    fact: "sharing",
    expected: true,
  },
  {
    case: "The service can sell or otherwise transfer your personal data as part of a bankruptcy proceeding or other type of financial transaction.",
    fact: "sharing",
    expected: true,
    note: "LABELS.md: a buyer in a merger is an outside party",
  },
  {
    case: "This service reserves the right to disclose your personal information without notifying you",
    fact: "sharing",
    expected: true,
    note: "disclosure to authorities",
  },
  { case: "Third parties may be involved in operating the service", fact: "sharing", expected: true },
  { case: "Many third parties are involved in operating the service", fact: "sharing", expected: true },
  {
    case: "Third parties used by the service are bound by confidentiality obligations",
    fact: "sharing",
    expected: true,
  },
  {
    case: "The service does not share user information with third parties",
    fact: "sharing",
    expected: false,
  },
  // advertising
  {
    case: "The service uses your personal data to employ targeted third-party advertising",
    fact: "adSharing",
    expected: true,
  },
  // choices
  {
    case: "This service only shares user information with third parties when given specific consent",
    fact: "optIn",
    expected: true,
  },
  { case: "You can opt out of targeted advertising", fact: OPT_OUT_FACTS, expected: true },
  { case: "You can opt out of promotional communications", fact: OPT_OUT_FACTS, expected: true },
];

/** The fact's name as printed: "sale", or "optOutLink|optOutByContact|browserControls" for any-of. */
export function factName(c: StanceCase): string {
  return typeof c.fact === "string" ? c.fact : c.fact.join("|");
}

/** What the summary gave for the case's fact; for any-of, the facts that hold ("none" when none). */
export function gotValue(c: StanceCase, got: SummaryFacts | null): FactValue | string | null {
  if (!got) return null;
  if (typeof c.fact === "string") return got[c.fact];
  const held = c.fact.filter((f) => got[f]);
  return held.length ? held.join("|") : "none";
}

export interface CaseOutcome {
  correct: boolean;
  reversal: boolean;
  got: FactValue | string | null;
}

/** One quote's summary facts (null: nothing read) scored against the case. */
export function scoreCase(c: StanceCase, got: SummaryFacts | null): CaseOutcome {
  const value = gotValue(c, got);
  if (!got) return { correct: false, reversal: false, got: null };
  if (typeof c.fact === "string") {
    return {
      correct: got[c.fact] === c.expected,
      reversal: isReversal(c.fact, c.expected, got[c.fact]),
      got: value,
    };
  }
  return { correct: c.fact.some((f) => got[f] === c.expected), reversal: false, got: value };
}

/** Case titles listed twice (the table must name each case once). */
export function duplicateCases(cases: readonly StanceCase[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const c of cases) (seen.has(c.case) ? dup : seen).add(c.case);
  return [...dup];
}
