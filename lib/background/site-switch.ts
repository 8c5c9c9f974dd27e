// The per-site switch's reach: a site in the list ("example.com") covers its subdomains too
// (lib/site-scope.ts), for automatic analysis and for forgetting what was shown once it is switched off.
import { coveringEntry } from "../site-scope";
import { settingsItem, siteOf, validSettings } from "../storage";
import type { TabStore } from "../tab-store";
import type { ShowBadge } from "./badge";

/** True when `url`'s site, or a listed site that covers it, is switched off. */
export async function siteSwitchedOff(url: string): Promise<boolean> {
  const site = siteOf(url);
  return (
    site !== null && coveringEntry(validSettings(await settingsItem.getValue()).disabledSites, site) !== null
  );
}

/**
 * `allowed` (the user's say over automatic analysis), narrowed by the switch's reach: also false on a
 * subdomain of a switched-off site.
 */
export function withSiteSwitch(
  allowed: (url: string) => Promise<boolean>,
): (url: string) => Promise<boolean> {
  return async (url) => (await allowed(url)) && !(await siteSwitchedOff(url));
}

/**
 * Watches the settings: what was found automatically on a tab whose site is now covered by a switched-off
 * site (itself or a parent) is forgotten and its badge cleared. Returns the unwatch function.
 */
export function forgetCoveredSites(store: TabStore, showBadge: ShowBadge): () => void {
  return settingsItem.watch(async (raw) => {
    const disabled = validSettings(raw).disabledSites;
    for (const tabId of await store.tabIds()) {
      const state = await store.get(tabId);
      const site = state ? siteOf(state.url) : null;
      if (site && state?.trigger === "auto" && coveringEntry(disabled, site)) {
        await store.remove(tabId);
        await showBadge(tabId, null);
      }
    }
  });
}
