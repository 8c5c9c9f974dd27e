// The user's say over automatic analysis: switched off everywhere, or for some sites.
import { settingsItem, siteOf, validSettings } from "../storage";
import type { TabStore } from "../tab-store";
import type { ShowBadge } from "./badge";

/** False when the user switched automatic analysis off, everywhere or for this page's site. */
export async function autoAnalysisOn(url: string): Promise<boolean> {
  const settings = validSettings(await settingsItem.getValue());
  const site = siteOf(url);
  return settings.autoDetect && !(site && settings.disabledSites.includes(site));
}

/**
 * Watches the settings: when a site is switched off, what was found automatically on its tabs is
 * forgotten and their badges cleared. Returns the unwatch function.
 */
export function forgetSitesSwitchedOff(store: TabStore, showBadge: ShowBadge): () => void {
  return settingsItem.watch(async (raw) => {
    const disabled = new Set(validSettings(raw).disabledSites);
    for (const tabId of await store.tabIds()) {
      const state = await store.get(tabId);
      const site = state ? siteOf(state.url) : null;
      if (site && disabled.has(site) && state?.trigger === "auto") {
        await store.remove(tabId);
        await showBadge(tabId, null);
      }
    }
  });
}
