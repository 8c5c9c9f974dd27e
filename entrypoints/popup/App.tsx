// The popup: reads its tab's data through the connector and shows one state at a time.
import { useState } from "preact/hooks";
import { markdownWords } from "@/components/markdown-words";
import { PolicyChanged } from "@/components/PolicyChanged";
import { PopupActions } from "@/components/PopupActions";
import { StateMessage } from "@/components/StateMessage";
import { ThirdParties } from "@/components/ThirdParties";
import { t } from "@/lib/i18n";
import { summaryToMarkdown } from "@/lib/markdown";
import type { PopupConnector } from "./connector";
import { StateView } from "./StateView";
import { ANSWER_WITHIN_MS } from "./time-limit";
import { usePolicyChange } from "./use-policy-change";
import { type TabDataFailure, useTabData } from "./use-tab-data";
import { type PopupView, popupViewOf, siteOfTab } from "./view";

function messageOf(error: unknown): string {
  return String(error instanceof Error ? error.message : error);
}

function announcementFor(view: PopupView): string {
  if (view.kind === "analysing") return t("announceAnalysing");
  if (view.kind === "analysed") return t("announceAnalysed");
  return "";
}

export function App({ connector }: { connector: PopupConnector }) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState("");
  const { data, failure, refresh, retry } = useTabData(connector, busy);
  const tabId = data?.tabId ?? null;
  const site = data ? siteOfTab(data) : null;
  const settings = data?.settings;

  const view: PopupView = popupViewOf(data, busy);
  const policyChange = usePolicyChange(connector, tabId, view.kind === "analysed" ? view.state : null);

  const runAnalysis = async (job: (tab: number) => Promise<void>, openedElsewhere: string) => {
    if (tabId === null) return;
    setBusy(true);
    setNotice("");
    try {
      await job(tabId);
      const next = await refresh();
      if (next && !next.state) setNotice(openedElsewhere);
    } catch (error) {
      setNotice(t("actionFailed", messageOf(error)));
      await refresh();
    } finally {
      setBusy(false);
    }
  };

  const saveSites = async (sites: string[]) => {
    if (!settings) return;
    try {
      await connector.saveSettings({ ...settings, disabledSites: sites });
      await refresh();
    } catch (error) {
      setNotice(t("actionFailed", messageOf(error)));
    }
  };

  const copyMarkdown = async () => {
    if (view.kind !== "analysed") return;
    const { state, summary } = view;
    const text = summaryToMarkdown({ title: state.title, url: state.url, summary }, markdownWords());
    setNotice((await connector.copyText(text)) ? t("copyDone") : t("copyFailed"));
  };

  // Off when the site, or a listed parent site that covers it, is switched off.
  const siteIsOff = Boolean(data?.switchedOffBy);

  return (
    <div class="popup">
      <header class="popup__header">
        <h1 class="popup__heading">{t("popupHeading")}</h1>
        {site && <p class="popup__site">{site}</p>}
      </header>
      <main class="popup__main">
        {view.kind === "analysed" && policyChange && (
          <PolicyChanged
            change={policyChange}
            onShow={
              view.quotesOnPage && tabId !== null ? (text) => connector.highlight(tabId, text) : undefined
            }
          />
        )}
        {/* No answer in time is shown even over older data, which may be out of date. */}
        {failure && (!data || failure.kind === "no-answer") ? (
          <StateViewForFailure failure={failure} onRetry={retry} />
        ) : (
          <StateView
            view={view}
            autoDetect={settings?.autoDetect ?? true}
            actions={{
              analyse: () => runAnalysis((tab) => connector.analyse(tab), ""),
              analysePolicyAt: (url) =>
                runAnalysis((tab) => connector.analysePolicyAt(tab, url), t("policyOpenedElsewhere")),
              turnOnSite: (off) => saveSites((settings?.disabledSites ?? []).filter((s) => s !== off)),
              showEvidence: (text) =>
                tabId === null ? Promise.resolve(false) : connector.highlight(tabId, text),
            }}
          />
        )}
        {tabId !== null && connector.thirdParties && (
          <ThirdParties
            load={() => connector.thirdParties?.(tabId) ?? Promise.resolve(null)}
            refreshKey={`${tabId}:${data?.state?.status}:${data?.state?.updatedAt}`}
            show={view.kind === "analysed"}
          />
        )}
      </main>
      <p class="popup__notice" role="status">
        {notice}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {announcementFor(view)}
      </p>
      <footer class="popup__footer">
        <PopupActions
          onCopy={view.kind === "analysed" ? copyMarkdown : undefined}
          onOpenInTab={
            tabId !== null && !connector.openedForTab()
              ? () =>
                  connector.openInTab(tabId).catch((e: unknown) => setNotice(t("actionFailed", messageOf(e))))
              : undefined
          }
          onTurnOffSite={
            site && !siteIsOff ? () => saveSites([...(settings?.disabledSites ?? []), site]) : undefined
          }
          onOpenSettings={() =>
            connector.openOptions().catch((e: unknown) => setNotice(t("actionFailed", messageOf(e))))
          }
        />
      </footer>
    </div>
  );
}

function StateViewForFailure({ failure, onRetry }: { failure: TabDataFailure; onRetry: () => void }) {
  if (failure.kind === "no-answer") {
    return (
      <StateMessage
        state="no-answer"
        title={t("stateNoAnswerTitle")}
        actions={
          <button type="button" class="button button--primary" onClick={onRetry}>
            {t("actionTryAgain")}
          </button>
        }
      >
        <p>{t("stateNoAnswerBody", String(ANSWER_WITHIN_MS / 1000))}</p>
      </StateMessage>
    );
  }
  return (
    <StateMessage state="error" title={t("stateErrorTitle")}>
      <p class="state__reason">{t("stateErrorReason", failure.reason)}</p>
    </StateMessage>
  );
}
