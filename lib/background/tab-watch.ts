// The background's first look at each tab (lib/detect/first-look.ts decides from the address and
// title): the detector is injected once per document, unless automatic analysis is off there. It is
// injected as soon as the tab reports a new address or title, not when the page has finished loading:
// the detector runs once the page's DOM is ready (InjectScript), and a page whose images, frames or
// scripts never finish loading never reports "complete". A new page in a tab forgets the old result and
// badge; a closed tab is forgotten.
import type { WxtBrowser } from "wxt/browser";
import { type TabUpdate, wantsDetector } from "../detect/first-look";
import type { InjectScript } from "../extension-api";
import type { TabStore } from "../tab-store";
import type { ShowBadge } from "./badge";

/**
 * The tabs open when the background starts (browser start, install, update) are looked at at once, and
 * once more this much later, for a tab whose page was between two documents at that moment (a page
 * that already has the detector is not injected again). The first look does not wait for pages to
 * finish loading, so the badge never waits for this one.
 */
export const LOOK_AGAIN_MS = 5000;

/** The detector's script (entrypoints/page-detector.ts). */
const DETECTOR = "/page-detector.js";

/**
 * Whether this update is a moment to look: the tab reports a new address (a new document, or a
 * single-page app's route), a new title (parsed from the page as it arrives), or the end of its load.
 * The tab need not have finished loading. A bare "loading" is not one: the tab may still show the
 * page it is leaving.
 */
export function momentToLook(change: TabUpdate, tab: TabUpdate): boolean {
  const moment = change.status === "complete" || change.url !== undefined || change.title !== undefined;
  return moment && mayNamePolicy(tab);
}

/** Whether the tab's address or title may name a policy (first-look.ts), loaded or not. */
function mayNamePolicy(tab: TabUpdate): boolean {
  return wantsDetector({ status: "complete" }, { url: tab.url, title: tab.title, status: "complete" });
}

export interface TabWatchServices {
  browser: Pick<WxtBrowser, "tabs">;
  store: TabStore;
  showBadge: ShowBadge;
  inject: InjectScript;
  autoAnalysisOn: (url: string) => Promise<boolean>;
  /** The second look at the tabs open at start: this long after the first (default LOOK_AGAIN_MS). */
  lookAgainMs?: number;
  /** Runs the second look later (default setTimeout); tests pass one that records the delay. */
  schedule?: (look: () => void, ms: number) => unknown;
}

export interface TabWatch {
  /** tabs.onUpdated */
  onUpdated(tabId: number, change: TabUpdate, tab: TabUpdate): void;
  /** tabs.onRemoved */
  onRemoved(tabId: number): void;
  /** runtime.onInstalled / onStartup: the tabs already open, loaded or not, now and lookAgainMs later. */
  lookAtOpenTabsTwice(): void;
}

export function createTabWatch(services: TabWatchServices): TabWatch {
  const { browser, store, showBadge, inject, autoAnalysisOn } = services;
  const { lookAgainMs = LOOK_AGAIN_MS, schedule = (look, ms) => setTimeout(look, ms) } = services;
  /** Tabs whose current document has the detector already (it watches the page from then on). */
  const detectorTabs = new Set<number>();

  /** Injects the detector once per document, unless automatic analysis is off for this page. */
  async function lookAt(tabId: number, url: string): Promise<void> {
    // Marked before the first await: a tab's load and title events arrive together.
    if (detectorTabs.has(tabId)) return;
    detectorTabs.add(tabId);
    try {
      if (await autoAnalysisOn(url)) await inject(tabId, DETECTOR);
      else detectorTabs.delete(tabId);
    } catch (error) {
      // Not injected (a page the extension may not script, or one still settling): a later update may retry.
      detectorTabs.delete(tabId);
      throw error;
    }
  }

  /**
   * Every open tab that may show a policy, whether or not it has finished loading: one still loading
   * gets the detector once its DOM is ready. A discarded tab has no page; it is looked at when it loads.
   */
  async function lookAtOpenTabs(): Promise<void> {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined && !tab.discarded && mayNamePolicy(tab))
        lookAt(tab.id, tab.url ?? "").catch(() => {});
    }
  }

  return {
    onUpdated(tabId, change, tab) {
      // A new page in the tab: its old result and badge no longer apply.
      if (change.status === "loading") {
        detectorTabs.delete(tabId);
        store.remove(tabId).catch(() => {});
        showBadge(tabId, null).catch(() => {});
      }
      // A loaded page's address changed without a new document (a single-page app's route): the
      // detector there is injected again, which makes the running copy look at the page once more
      // (entrypoints/page-detector.ts). Firefox ESR's content scripts cannot see a route set by script;
      // Firefox reports it as { status: "complete", url } (Chromium's detector sees it itself).
      const sameDocument =
        change.url !== undefined && change.status !== "loading" && tab.status === "complete";
      if (sameDocument && detectorTabs.has(tabId)) {
        inject(tabId, DETECTOR).catch(() => {});
        return;
      }
      // The first look, from the address and title the browser reports: ordinary pages run none of our code.
      if (momentToLook(change, tab)) {
        lookAt(tabId, tab.url ?? "").catch(() => {
          // Pages the extension may not script (browser pages, stores, files without permission).
        });
      }
    },
    onRemoved(tabId) {
      detectorTabs.delete(tabId);
      store.remove(tabId).catch(() => {});
    },
    lookAtOpenTabsTwice() {
      lookAtOpenTabs().catch(() => {});
      schedule(() => lookAtOpenTabs().catch(() => {}), lookAgainMs);
    },
  };
}
