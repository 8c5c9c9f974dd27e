// Change alerts, the background's side: each policy read is remembered (lib/changes/policy-history.ts)
// unless the window is private or the switch is off; a tab whose policy changed since the user last
// read it gets a mark on its badge until its popup has shown the change.
import type { WxtBrowser } from "wxt/browser";
import type { PolicyHistory } from "../changes/policy-history";
import type { PolicyChange } from "../changes/record";
import type { TabState } from "../tab-state";
import type { OnRead } from "./analysis";
import type { ChangedSinceRead } from "./badge";

export interface PolicyChanges {
  /** Remembers a policy just read (pages recognised as policies, and a site's policy fetched for it). */
  onRead: OnRead;
  /** The change the tab's analysed policy holds for the user, if any; never for private tabs. */
  pending(tabId: number, state: TabState | null): Promise<PolicyChange | null>;
  /** For the badge: whether there is such a change. */
  changed: ChangedSinceRead;
  /** The popup showed the change: the changed version becomes the one read. False when nothing was marked. */
  markSeen(tabId: number, state: TabState | null): Promise<boolean>;
}

export function createPolicyChanges(services: {
  browser: Pick<WxtBrowser, "tabs">;
  history: PolicyHistory;
}): PolicyChanges {
  const { browser, history } = services;

  async function isPrivateTab(tabId: number): Promise<boolean> {
    return Boolean((await browser.tabs.get(tabId).catch(() => null))?.incognito);
  }

  async function pending(tabId: number, state: TabState | null): Promise<PolicyChange | null> {
    if (state?.status !== "analysed" || (await isPrivateTab(tabId))) return null;
    return history.pendingFor(state.url).catch(() => null);
  }

  return {
    onRead: async (reading) => {
      if (!reading.isPolicy && reading.trigger !== "site-policy") return;
      await history.remember(reading.url, reading.segments, reading.summary, reading.isPrivate);
    },
    pending,
    changed: async (tabId, state) => (await pending(tabId, state)) !== null,
    markSeen: async (tabId, state) => {
      if (state?.status !== "analysed" || (await isPrivateTab(tabId))) return false;
      await history.markSeen(state.url);
      return true;
    },
  };
}
