// The banner of a policy that changed since the user last read it (popup contract: `data-policy-changed`):
// one line that says what changed — the findings first, then how many sentences — and below it the
// added sentences (shown on the page on click, like evidence) and the removed ones.
import type { PolicyChange } from "@/lib/changes/record";
import { FINDINGS, LEVEL_WORD } from "@/lib/findings/index";
import { t } from "@/lib/i18n";
import { EvidenceList } from "./EvidenceList";

/** The banner's one-line summary, in the UI language. */
export function changeSummary(change: PolicyChange, locale: string): string {
  const date = new Date(change.since).toLocaleDateString(locale, { day: "numeric", month: "long" });
  const findings = change.findings.flatMap((f) => {
    const finding = FINDINGS.find(({ key }) => key === f.key);
    if (!finding) return [];
    const name = t(finding.messages.title);
    const level =
      f.before === f.after
        ? t("policyChangedFindingSame", name, t(LEVEL_WORD[f.after]))
        : t("policyChangedFinding", name, t(LEVEL_WORD[f.before]), t(LEVEL_WORD[f.after]));
    const facts = [
      ...f.factsAdded.map((fact) => t("policyChangedNowSays", fact)),
      ...f.factsRemoved.map((fact) => t("policyChangedNoLongerSays", fact)),
    ];
    return [[level, ...facts].join(", ")];
  });
  const counts = t("policyChangedCounts", change.addedCount, change.removedCount);
  return `${t("policyChangedHeading", date)}: ${[...findings, counts].join("; ")}`;
}

function More({ listed, count }: { listed: number; count: number }) {
  return count > listed ? <p class="policy-changed__more">{t("policyChangedMore", count - listed)}</p> : null;
}

export function PolicyChanged({
  change,
  onShow,
}: {
  change: PolicyChange;
  /** Shows an added sentence on the page; absent when the policy was read from another page. */
  onShow?: (text: string) => Promise<boolean>;
}) {
  return (
    <section class="policy-changed" data-policy-changed="" aria-labelledby="policy-changed-summary">
      <p id="policy-changed-summary" class="policy-changed__summary">
        {changeSummary(change, t("lang"))}
      </p>
      {change.added.length > 0 && (
        <details class="policy-changed__list" data-policy-changed-list="added">
          <summary>{t("policyChangedAdded", change.addedCount)}</summary>
          {onShow ? (
            <EvidenceList
              evidence={change.added.map((text, segment) => ({ text, segment }))}
              onShow={onShow}
            />
          ) : (
            <ul class="evidence">
              {change.added.map((text) => (
                <li key={text} class="evidence__item">
                  <p class="evidence__quote evidence__quote--text">
                    <q>{text}</q>
                  </p>
                </li>
              ))}
            </ul>
          )}
          <More listed={change.added.length} count={change.addedCount} />
        </details>
      )}
      {change.removed.length > 0 && (
        <details class="policy-changed__list" data-policy-changed-list="removed">
          <summary>{t("policyChangedRemoved", change.removedCount)}</summary>
          <ul class="evidence">
            {change.removed.map((text) => (
              <li key={text} class="evidence__item">
                <p class="evidence__quote evidence__quote--text">
                  <del>{text}</del>
                </p>
              </li>
            ))}
          </ul>
          <More listed={change.removed.length} count={change.removedCount} />
        </details>
      )}
    </section>
  );
}
