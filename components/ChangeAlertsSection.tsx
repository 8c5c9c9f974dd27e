// The options page's section for change alerts: the switch that lets the extension remember the
// policies read (turning it off forgets them), how many are remembered, and a button to forget them.
import { useEffect, useState } from "preact/hooks";
import { t } from "@/lib/i18n";

export interface ChangeAlertsStore {
  load(): Promise<{ enabled: boolean; count: number }>;
  /** Switching off also forgets every remembered policy. */
  setEnabled(enabled: boolean): Promise<void>;
  clear(): Promise<void>;
}

export function ChangeAlertsSection({
  store,
  onStatus,
}: {
  store: ChangeAlertsStore;
  /** Says what the last action did (the page's one status line). */
  onStatus: (text: string) => void;
}) {
  const [state, setState] = useState<{ enabled: boolean; count: number } | null>(null);
  useEffect(() => {
    let alive = true;
    store.load().then((loaded) => alive && setState(loaded));
    return () => {
      alive = false;
    };
  }, [store]);

  const act = async (job: () => Promise<void>, done: string) => {
    try {
      await job();
      setState(await store.load());
      onStatus(done);
    } catch (error) {
      onStatus(t("optionsSaveFailed", String(error instanceof Error ? error.message : error)));
    }
  };

  if (!state) return null;
  return (
    <section class="options__section" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t("optionsChangesHeading")}</h2>
      <div class="options__check">
        <input
          id="change-alerts"
          type="checkbox"
          checked={state.enabled}
          aria-describedby="changes-help"
          onChange={(event) => {
            const enabled = event.currentTarget.checked;
            act(() => store.setEnabled(enabled), t("optionsSaved"));
          }}
        />
        <label for="change-alerts">{t("optionsChangesLabel")}</label>
      </div>
      <p id="changes-help" class="options__help">
        {t("optionsChangesHelp")}
      </p>
      <p class="options__help" data-remembered-policies={state.count}>
        {t("optionsChangesCount", state.count)}
      </p>
      <div>
        <button
          type="button"
          class="button"
          onClick={() => act(() => store.clear(), t("optionsChangesCleared"))}
        >
          {t("optionsChangesClear")}
        </button>
      </div>
    </section>
  );
}
