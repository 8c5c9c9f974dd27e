// One finding: icon, title, level (shape + word + colour), one-line verdict; expands to
// its facts, contacts and evidence quotes.
import { useState } from "preact/hooks";
import { contactsOf, type FindingKey, findingOf } from "@/lib/findings/index";
import { t } from "@/lib/i18n";
import type { Summary } from "@/lib/types";
import { ContactList } from "./ContactList";
import { EvidenceList } from "./EvidenceList";
import { ChevronIcon, FindingIcon } from "./Icons";
import { LevelBadge } from "./LevelBadge";
import { factText, verdictOf } from "./verdicts";

export function FindingCard({
  name,
  summary,
  onShowEvidence,
  readFrom,
  notPolicy = false,
  initiallyExpanded = false,
}: {
  name: FindingKey;
  summary: Summary;
  /** Absent when the quotes aren't from the tab's page: they are then shown as text. */
  onShowEvidence?: (text: string) => Promise<boolean>;
  /** Where the policy was read, when that isn't the tab's page. */
  readFrom?: string;
  /** Read from a page that doesn't look like a policy: "not mentioned" is said of the page, not a policy. */
  notPolicy?: boolean;
  initiallyExpanded?: boolean;
}) {
  const [expanded, setExpanded] = useState(initiallyExpanded);
  const finding = summary[name];
  const contacts = contactsOf(summary, name);
  const detailsId = `finding-${name}-details`;
  const hasDetails = finding.facts.length > 0 || finding.evidence.length > 0 || contacts.length > 0;

  return (
    <section class="finding" data-finding={name} data-level={finding.level}>
      <h2 class="finding__heading">
        <button
          type="button"
          class="finding__toggle"
          aria-expanded={expanded}
          aria-controls={detailsId}
          onClick={() => setExpanded(!expanded)}
        >
          <span class={`finding__icon finding__icon--${finding.level}`}>
            <FindingIcon name={name} />
          </span>
          <span class="finding__text">
            <span class="finding__title">{t(findingOf(name).messages.title)}</span>
            <span class="finding__verdict">
              {notPolicy && finding.level === "unknown" ? t("verdictPageSilent") : verdictOf(summary, name)}
            </span>
          </span>
          <LevelBadge level={finding.level} />
          <ChevronIcon />
        </button>
      </h2>
      <div id={detailsId} class="finding__details" hidden={!expanded}>
        {finding.facts.length > 0 && (
          <>
            <h3>{t("detailsHeading")}</h3>
            <ul class="facts">
              {finding.facts.map((fact) => (
                <li key={fact}>{factText(fact)}</li>
              ))}
            </ul>
          </>
        )}
        {contacts.length > 0 && (
          <>
            <h3>{t("contactsHeading")}</h3>
            <ContactList contacts={contacts} />
          </>
        )}
        {finding.evidence.length > 0 && (
          <>
            <h3>{t("evidenceHeading")}</h3>
            <EvidenceList evidence={finding.evidence} onShow={onShowEvidence} readFrom={readFrom} />
          </>
        )}
        {!hasDetails && <p class="finding__empty">{t("noDetails")}</p>}
      </div>
    </section>
  );
}
