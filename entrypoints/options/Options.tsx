// The options page: automatic analysis, sites where the extension is off, and clearing stored results.
import { useEffect, useState } from "preact/hooks";
import { ChangeAlertsSection, type ChangeAlertsStore } from "@/components/ChangeAlertsSection";
import { SiteSwitchList } from "@/components/SiteSwitchList";
import { ThirdPartyOptions } from "@/components/ThirdPartyOptions";
import { t } from "@/lib/i18n";
import { type Settings, siteFromInput } from "@/lib/storage";
import type { OptionsStore } from "./options-store";

function messageOf(error: unknown): string {
  return String(error instanceof Error ? error.message : error);
}

export function Options({ store, changeAlerts }: { store: OptionsStore; changeAlerts?: ChangeAlertsStore }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  // One status at a time: what the last action did, or why the typed site was refused (shown by its field).
  const [status, setStatusText] = useState("");
  const [siteProblem, setSiteProblemText] = useState("");
  const setStatus = (text: string) => {
    setStatusText(text);
    setSiteProblemText("");
  };
  const setSiteProblem = (text: string) => {
    setSiteProblemText(text);
    setStatusText("");
  };

  useEffect(() => {
    let alive = true;
    store.load().then((loaded) => alive && setSettings(loaded));
    const unwatch = store.watch((changed) => alive && setSettings(changed));
    return () => {
      alive = false;
      unwatch();
    };
  }, [store]);

  const save = async (next: Settings) => {
    setSettings(next);
    try {
      await store.save(next);
      setStatus(t("optionsSaved"));
    } catch (error) {
      setStatus(t("optionsSaveFailed", messageOf(error)));
    }
  };

  const clearResults = async () => {
    try {
      await store.clearResults();
      setStatus(t("optionsCleared"));
    } catch (error) {
      setStatus(t("optionsSaveFailed", messageOf(error)));
    }
  };

  return (
    <main class="options">
      <h1>{t("optionsTitle")}</h1>
      {settings && (
        <>
          <section class="options__section" aria-labelledby="auto-heading">
            <h2 id="auto-heading">{t("optionsAutoHeading")}</h2>
            <div class="options__check">
              <input
                id="auto-detect"
                type="checkbox"
                checked={settings.autoDetect}
                aria-describedby="auto-help"
                onChange={(event) => save({ ...settings, autoDetect: event.currentTarget.checked })}
              />
              <label for="auto-detect">{t("optionsAutoLabel")}</label>
            </div>
            <p id="auto-help" class="options__help">
              {t("optionsAutoHelp")}
            </p>
          </section>
          <section class="options__section" aria-labelledby="sites-heading">
            <h2 id="sites-heading">{t("optionsSitesHeading")}</h2>
            <p class="options__help">{t("optionsSitesHelp")}</p>
            <SiteSwitchList
              sites={settings.disabledSites}
              parseSite={siteFromInput}
              problem={siteProblem}
              onProblem={setSiteProblem}
              onChange={(disabledSites) => save({ ...settings, disabledSites })}
            />
          </section>
          <section class="options__section" aria-labelledby="results-heading">
            <h2 id="results-heading">{t("optionsResultsHeading")}</h2>
            <p class="options__help">{t("optionsResultsHelp")}</p>
            <div>
              <button type="button" class="button" onClick={clearResults}>
                {t("optionsClearResults")}
              </button>
            </div>
          </section>
          {changeAlerts && <ChangeAlertsSection store={changeAlerts} onStatus={setStatus} />}
          <ThirdPartyOptions onStatus={setStatus} />
        </>
      )}
      <p class="options__status" role="status">
        {status}
      </p>
    </main>
  );
}
