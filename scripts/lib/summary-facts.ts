/**
 * A Summary read as the gold facts of ../shared/docs/LABELS.md, so every evaluation (OPP-115, the
 * ToS;DR stance quotes, hand-labelled current policies) scores the same fields the same way.
 */
import type { DoNotTrackStance, Summary } from "../../lib/types.ts";

export type SaleStance = "sells" | "does-not-sell" | "not-mentioned";

/** Every fact LABELS.md defines, as the summary states it. */
export interface SummaryFacts {
  cookies: boolean;
  thirdPartyCookies: boolean;
  sharing: boolean;
  adSharing: boolean;
  sale: SaleStance;
  optOutLink: boolean;
  optOutByContact: boolean;
  browserControls: boolean;
  optIn: boolean;
  doNotTrack: DoNotTrackStance;
  gpc: DoNotTrackStance;
  /** E-mail contacts, lower case. */
  emails: string[];
}

export function saleStance(sells: boolean | null): SaleStance {
  return sells === true ? "sells" : sells === false ? "does-not-sell" : "not-mentioned";
}

/** Summary facts in the gold vocabulary (null summary = nothing read). */
export function summaryFacts(summary: Summary | null): SummaryFacts | null {
  if (!summary) return null;
  const choices = summary.optOut.choices;
  return {
    cookies: summary.cookies.uses === true,
    thirdPartyCookies: summary.cookies.thirdParty === true,
    sharing: summary.sharing.thirdParty === true,
    adSharing: summary.sharing.advertising === true,
    sale: saleStance(summary.sharing.sells),
    optOutLink: choices.includes("opt-out-link"),
    optOutByContact: choices.includes("contact"),
    browserControls: choices.includes("browser-controls"),
    optIn: choices.includes("opt-in"),
    doNotTrack: summary.tracking.doNotTrack,
    gpc: summary.tracking.globalPrivacyControl,
    emails: [
      ...new Set(summary.optOut.contacts.filter((c) => c.kind === "email").map((c) => c.value.toLowerCase())),
    ],
  };
}
