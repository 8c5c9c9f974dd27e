// The analysed state: a card per finding of the registry, and an honest note about what they are.
import { FINDINGS } from "@/lib/findings/index";
import { t } from "@/lib/i18n";
import type { TabState } from "@/lib/tab-state";
import type { Summary } from "@/lib/types";
import { FindingCard } from "./FindingCard";
import { PageLink } from "./PageLink";

export function SummaryView({
  state,
  summary,
  onShowEvidence,
}: {
  state: TabState;
  summary: Summary;
  /** Absent when the result wasn't read from the tab's page: the quotes can't be shown there. */
  onShowEvidence?: (text: string) => Promise<boolean>;
}) {
  const fromLink = state.trigger === "site-policy";
  // Asked for on a page the detector did not take for a policy: its silence is not a policy's.
  const notPolicy = state.trigger === "user" && !state.detection.isPolicy;
  const readFrom = onShowEvidence ? undefined : state.url;
  return (
    <section class="summary" data-state="analysed" aria-labelledby="summary-title">
      <p id="summary-title" class="summary__title">
        {state.title || state.url}
      </p>
      {fromLink && (
        <p class="summary__source">
          {t("analysedSource")} <PageLink url={state.url} />
        </p>
      )}
      {notPolicy && (
        <p class="summary__warning" role="note">
          {t("analysedNotPolicy")}
        </p>
      )}
      <div class="summary__cards">
        {FINDINGS.map(({ key }) => (
          <FindingCard
            key={key}
            name={key}
            summary={summary}
            onShowEvidence={onShowEvidence}
            readFrom={readFrom}
            notPolicy={notPolicy}
          />
        ))}
      </div>
      <p class="summary__note">{t("analysedNote", state.segmentCount)}</p>
    </section>
  );
}
