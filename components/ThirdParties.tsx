// The popup's third-party rows: what this page (and, remembered, the site's other pages) loaded, beside
// the policy. Rows carry data-third-party and data-named (the command-line and popup contract in the README); the not-named come first.
// Honest words: the page loaded it; what the site shares from its servers can't be seen from here.
import { useEffect, useState } from "preact/hooks";
import { t } from "@/lib/i18n";
import type { ReportRow, ThirdPartyReport } from "@/lib/third-parties/report-schema";

const VERDICT = {
  yes: "thirdPartyNamedYes",
  general: "thirdPartyNamedGeneral",
  no: "thirdPartyNamedNo",
} as const;

function Row({ row }: { row: ReportRow }) {
  const showOrganization = row.organization && row.organization !== row.name;
  return (
    <li class="third-party" data-third-party={row.name} data-named={row.named}>
      <p class="third-party__loaded">
        {row.onThisPage ? t("thirdPartyLoadedHere", row.name) : t("thirdPartyLoadedElsewhere", row.name)}
        {showOrganization && (
          <span class="third-party__org"> {t("thirdPartyOrganization", row.organization ?? "")}</span>
        )}
      </p>
      <p class="third-party__verdict">{t(VERDICT[row.named])}</p>
      {row.evidence && <blockquote class="third-party__quote">{row.evidence.text}</blockquote>}
    </li>
  );
}

export function ThirdPartyList({ report }: { report: ThirdPartyReport }) {
  return (
    <section class="third-parties" aria-labelledby="third-parties-title">
      <h2 id="third-parties-title" class="third-parties__title">
        {t("thirdPartiesTitle")}
      </h2>
      {report.rows.length ? (
        <ul class="third-parties__list">
          {report.rows.map((row) => (
            <Row key={row.name} row={row} />
          ))}
        </ul>
      ) : (
        <p class="third-parties__note">{t("thirdPartiesNone")}</p>
      )}
      {!report.remembered && <p class="third-parties__note">{t("thirdPartiesNotRemembered")}</p>}
      <p class="third-parties__note">{t("thirdPartiesUnseen")}</p>
    </section>
  );
}

/**
 * Asks once per `refreshKey` (the page listing is also remembered for the site then, on any page) and
 * shows the rows when `show` (an analysed policy) and there is a report.
 */
export function ThirdParties({
  load,
  refreshKey,
  show,
}: {
  load: () => Promise<ThirdPartyReport | null>;
  refreshKey: string;
  show: boolean;
}) {
  const [report, setReport] = useState<ThirdPartyReport | null>(null);
  useEffect(() => {
    let alive = true;
    load().then(
      (next) => alive && setReport(next),
      () => alive && setReport(null),
    );
    return () => {
      alive = false;
    };
  }, [refreshKey]);
  return show && report ? <ThirdPartyList report={report} /> : null;
}
