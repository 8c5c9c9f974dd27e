// What the popup shows: the organisations this page loaded, and those other pages of the same site
// loaded lately, each beside the policy; one row per organisation name, not-named first. Pure.
import { type LoadedParty, namedInPolicy } from "./compare";
import type { SeenParty } from "./memory";
import type { PolicyMentions } from "./policy-mentions";
import type { ReportRow, ThirdPartyReport } from "./report-schema";

export type { ReportRow, ThirdPartyReport } from "./report-schema";

const ORDER = { no: 0, general: 1, yes: 2 } as const;

export function thirdPartyReport(
  onPage: readonly LoadedParty[],
  seenElsewhere: readonly SeenParty[],
  mentions: PolicyMentions,
  remembered: boolean,
): ThirdPartyReport {
  const rows = new Map<string, ReportRow>();
  const add = (party: LoadedParty, onThisPage: boolean) => {
    const existing = rows.get(party.name);
    if (existing) {
      if (!existing.domains.includes(party.domain)) existing.domains.push(party.domain);
      existing.onThisPage ||= onThisPage;
      return;
    }
    rows.set(party.name, {
      name: party.name,
      organization: party.organization,
      category: party.category,
      domains: [party.domain],
      onThisPage,
      ...namedInPolicy(party, mentions),
    });
  };
  for (const party of onPage) add(party, true);
  for (const party of seenElsewhere) add(party, false);
  const sorted = [...rows.values()].sort(
    (a, b) =>
      ORDER[a.named] - ORDER[b.named] ||
      Number(b.onThisPage) - Number(a.onThisPage) ||
      a.name.localeCompare(b.name),
  );
  return { rows: sorted, remembered };
}
