// What the options page reads and writes. An interface, so the page can be tested from plain data.
import { type Settings, settingsItem, tabStatesItem, validSettings } from "@/lib/storage";

export interface OptionsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  /** Forgets every tab's stored result. */
  clearResults(): Promise<void>;
  /** Calls back when the settings change elsewhere (the popup's "Turn off on this site"); returns the unwatch. */
  watch(onChange: (settings: Settings) => void): () => void;
}

export function extensionOptionsStore(): OptionsStore {
  return {
    async load() {
      return validSettings(await settingsItem.getValue());
    },
    async save(settings) {
      await settingsItem.setValue(validSettings(settings));
    },
    async clearResults() {
      // The background also forgets private-window results it keeps in memory, and clears the badges.
      const reply = (await browser.runtime.sendMessage({ type: "clear-results" })) as
        | { error?: string }
        | undefined;
      if (reply?.error) await tabStatesItem.setValue({});
    },
    watch(onChange) {
      return settingsItem.watch((value) => onChange(validSettings(value)));
    },
  };
}
