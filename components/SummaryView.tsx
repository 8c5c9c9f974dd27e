// The analysed state: the four finding cards and an honest note about what they are.
import { t } from "@/lib/i18n";
import { siteOf } from "@/lib/storage";
import type { TabState } from "@/lib/tab-state";
import type { Summary } from "@/lib/types";
import { FindingCard } from "./FindingCard";
import { FINDING_NAMES } from "./verdicts";

export function SummaryView({
  state,
  summary,
  onShowEvidence,
}: {
  state: TabState;
  summary: Summary;
  onShowEvidence: (text: string) => Promise<boolean>;
}) {
  const source = state.trigger === "site-policy" ? siteOf(state.url) : null;
  return (
    <section class="summary" data-state="analysed" aria-labelledby="summary-title">
      <p id="summary-title" class="summary__title">
        {state.title || state.url}
      </p>
      {source && <p class="summary__source">{t("analysedSource", source)}</p>}
      <div class="summary__cards">
        {FINDING_NAMES.map((name) => (
          <FindingCard key={name} name={name} summary={summary} onShowEvidence={onShowEvidence} />
        ))}
      </div>
      <p class="summary__note">{t("analysedNote", state.segmentCount)}</p>
    </section>
  );
}
