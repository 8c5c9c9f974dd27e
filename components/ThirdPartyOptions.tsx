// The options page's third-party section: the switch for remembering what each site's pages loaded, and
// a button that forgets it. Reads and writes its own storage items through a small store interface.
import { useEffect, useState } from "preact/hooks";
import { t } from "@/lib/i18n";
import {
  type ThirdPartySettings,
  thirdPartyMemoryItem,
  thirdPartySettingsItem,
  validThirdPartySettings,
} from "@/lib/third-parties/storage";

export interface ThirdPartyOptionsStore {
  load(): Promise<ThirdPartySettings>;
  save(settings: ThirdPartySettings): Promise<void>;
  /** Forgets every site's remembered third parties. */
  forget(): Promise<void>;
}

export function extensionThirdPartyOptionsStore(): ThirdPartyOptionsStore {
  return {
    async load() {
      return validThirdPartySettings(await thirdPartySettingsItem.getValue());
    },
    async save(settings) {
      await thirdPartySettingsItem.setValue(validThirdPartySettings(settings));
      // Switched off: what was remembered goes too.
      if (!settings.remember) await thirdPartyMemoryItem.setValue({});
    },
    async forget() {
      await thirdPartyMemoryItem.setValue({});
    },
  };
}

export function ThirdPartyOptions({
  store = extensionThirdPartyOptionsStore(),
  onStatus,
}: {
  store?: ThirdPartyOptionsStore;
  /** The page's one status line (the options page); without it the section shows its own. */
  onStatus?: (text: string) => void;
}) {
  const [settings, setSettings] = useState<ThirdPartySettings | null>(null);
  const [ownStatus, setOwnStatus] = useState("");
  const setStatus = onStatus ?? setOwnStatus;

  useEffect(() => {
    let alive = true;
    store.load().then((loaded) => alive && setSettings(loaded));
    return () => {
      alive = false;
    };
  }, []);

  const act = async (job: () => Promise<void>, done: string) => {
    try {
      await job();
      setStatus(done);
    } catch (error) {
      setStatus(t("optionsSaveFailed", String(error instanceof Error ? error.message : error)));
    }
  };

  if (!settings) return null;
  return (
    <section class="options__section" aria-labelledby="third-parties-heading">
      <h2 id="third-parties-heading">{t("thirdPartyOptionsHeading")}</h2>
      <div class="options__check">
        <input
          id="third-party-remember"
          type="checkbox"
          checked={settings.remember}
          aria-describedby="third-party-help"
          onChange={(event) => {
            const next = { remember: event.currentTarget.checked };
            setSettings(next);
            act(() => store.save(next), t("optionsSaved"));
          }}
        />
        <label for="third-party-remember">{t("thirdPartyOptionsRemember")}</label>
      </div>
      <p id="third-party-help" class="options__help">
        {t("thirdPartyOptionsHelp")}
      </p>
      <div>
        <button
          type="button"
          class="button"
          onClick={() => act(() => store.forget(), t("thirdPartyOptionsCleared"))}
        >
          {t("thirdPartyOptionsClear")}
        </button>
      </div>
      {onStatus ? null : (
        <p class="options__status" role="status">
          {ownStatus}
        </p>
      )}
    </section>
  );
}
