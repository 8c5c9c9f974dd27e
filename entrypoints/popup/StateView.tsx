// Every state the popup can be in, each with its data-state hook, its explanation and its way out.
import { PageLink } from "@/components/PageLink";
import { StateMessage } from "@/components/StateMessage";
import { SummaryView } from "@/components/SummaryView";
import { t } from "@/lib/i18n";
import type { PopupView } from "./view";

export interface StateActions {
  analyse: () => void;
  analysePolicyAt: (url: string) => void;
  turnOnSite: (site: string) => void;
  showEvidence: (text: string) => Promise<boolean>;
}

function ActionButton({
  label,
  onClick,
  primary = false,
}: {
  label: string;
  onClick: () => void;
  primary?: boolean;
}) {
  return (
    <button type="button" class={primary ? "button button--primary" : "button"} onClick={onClick}>
      {label}
    </button>
  );
}

/** Which page the extension tried to read, when it wasn't the tab's own. */
function PolicyPage({ url }: { url: string }) {
  return (
    <p class="state__page">
      {t("statePolicyPage")} <PageLink url={url} />
    </p>
  );
}

export function StateView({
  view,
  actions,
  autoDetect,
}: {
  view: PopupView;
  actions: StateActions;
  autoDetect: boolean;
}) {
  switch (view.kind) {
    case "loading":
      return (
        <StateMessage state="loading" title={t("loading")}>
          <progress class="progress" aria-label={t("loading")} />
        </StateMessage>
      );
    case "analysing":
      return (
        <StateMessage state="analysing" title={t("stateAnalysingTitle")}>
          <progress class="progress" aria-label={t("stateAnalysingTitle")} />
          <p>{t("stateAnalysingBody")}</p>
        </StateMessage>
      );
    case "analysed":
      return (
        <SummaryView
          state={view.state}
          summary={view.summary}
          onShowEvidence={view.quotesOnPage ? actions.showEvidence : undefined}
        />
      );
    case "not-policy": {
      const { page, detected, linkSite } = view;
      const policyLink = page.policyLink;
      if (detected) {
        return (
          <StateMessage
            state="not-policy"
            title={t("stateDetectedTitle")}
            actions={<ActionButton primary label={t("actionAnalysePage")} onClick={actions.analyse} />}
          >
            <p>{autoDetect ? t("stateDetectedPending") : t("stateDetectedAutoOff")}</p>
          </StateMessage>
        );
      }
      return (
        <StateMessage
          state="not-policy"
          title={t("stateNotPolicyTitle")}
          actions={
            <>
              {policyLink && (
                <ActionButton
                  primary
                  label={
                    linkSite ? t("actionAnalyseOtherSitePolicy", linkSite) : t("actionAnalyseSitePolicy")
                  }
                  onClick={() => actions.analysePolicyAt(policyLink)}
                />
              )}
              <ActionButton
                primary={!policyLink}
                label={t("actionAnalyseAnyway")}
                onClick={actions.analyse}
              />
            </>
          }
        >
          <p>
            {!policyLink
              ? t("stateNotPolicyBody")
              : linkSite
                ? t("stateNotPolicyWithOtherLink", linkSite)
                : t("stateNotPolicyWithLink")}
          </p>
        </StateMessage>
      );
    }
    case "too-large":
      return (
        <StateMessage
          state="too-large"
          title={view.policyUrl ? t("stateTooLargePolicyTitle") : t("stateTooLargeTitle")}
          actions={
            view.policyUrl ? (
              <ActionButton label={t("actionAnalyseAnyway")} onClick={actions.analyse} />
            ) : null
          }
        >
          {view.policyUrl && <PolicyPage url={view.policyUrl} />}
          <p>{t("stateTooLargeBody")}</p>
        </StateMessage>
      );
    case "error": {
      const { policyUrl } = view;
      const empty = policyUrl ? t("stateEmptyPolicyBody") : t("stateEmptyBody");
      return (
        <StateMessage
          state="error"
          title={policyUrl ? t("stateErrorPolicyTitle") : t("stateErrorTitle")}
          actions={
            policyUrl ? (
              <>
                <ActionButton
                  label={t("actionTryAgain")}
                  onClick={() => actions.analysePolicyAt(policyUrl)}
                />
                <ActionButton label={t("actionAnalyseAnyway")} onClick={actions.analyse} />
              </>
            ) : (
              <ActionButton label={t("actionTryAgain")} onClick={actions.analyse} />
            )
          }
        >
          {policyUrl && <PolicyPage url={policyUrl} />}
          {view.reason === "empty" ? (
            <p>{empty}</p>
          ) : (
            <p class="state__reason">{t("stateErrorReason", view.state.error || "—")}</p>
          )}
        </StateMessage>
      );
    }
    case "unsupported":
      return (
        <StateMessage state="unsupported" title={t("stateUnsupportedTitle")}>
          <p>{t("stateUnsupportedBody")}</p>
          <p>{t("stateUnsupportedReload")}</p>
        </StateMessage>
      );
    case "disabled": {
      // Switched off through a listed parent site: turning it on again turns on that whole site.
      const byParent = view.entry !== view.site;
      return (
        <StateMessage
          state="disabled"
          title={t("stateDisabledTitle", view.site)}
          actions={
            <>
              <ActionButton
                primary
                label={byParent ? t("actionTurnOnEntry", view.entry) : t("actionTurnOnSite")}
                onClick={() => actions.turnOnSite(view.entry)}
              />
              <ActionButton label={t("actionAnalyseOnce")} onClick={actions.analyse} />
            </>
          }
        >
          <p>{byParent ? t("stateDisabledBodyCovered", view.entry) : t("stateDisabledBody")}</p>
        </StateMessage>
      );
    }
  }
}
