// What the background does for each message it accepts: one handler per message type. The router
// (router.ts) has already parsed the message and checked who sent it.
import type { WxtBrowser } from "wxt/browser";
import type { InjectScript } from "../extension-api";
import { isSameOrigin } from "../fetch-policy";
import { type BackgroundRequest, pageInfoSchema, parseMessage } from "../messages";
import type { TabStore } from "../tab-store";
import type { ThirdPartyReport } from "../third-parties/report";
import type { Analysis } from "./analysis";
import type { ShowBadge } from "./badge";
import type { PolicyChanges } from "./policy-changes";

/** The request of one type, and the tab it came from (content scripts only). */
type Handler<T extends BackgroundRequest["type"]> = (
  request: Extract<BackgroundRequest, { type: T }>,
  senderTabId?: number,
) => Promise<unknown>;

/** Every message type has its handler: a new type in backgroundRequestSchema fails to compile until it has one. */
export type RequestHandlers = { [T in BackgroundRequest["type"]]: Handler<T> };

export interface RequestServices {
  browser: Pick<WxtBrowser, "tabs">;
  store: TabStore;
  showBadge: ShowBadge;
  inject: InjectScript;
  analysis: Analysis;
  autoAnalysisOn: (url: string) => Promise<boolean>;
  changes: PolicyChanges;
  /** What a tab's page loaded beside its analysed policy (lib/third-parties/service.ts). */
  thirdParties: {
    ofTab(tabId: number, policyUrl: string | null): Promise<ThirdPartyReport | null>;
    /** Forgets what the analysed policies said of third parties. */
    forget(): Promise<void>;
  };
}

export function requestHandlers(services: RequestServices): RequestHandlers {
  const { browser, store, showBadge, inject, analysis, autoAnalysisOn, changes, thirdParties } = services;
  return {
    "page-detected": async (request, tabId) => {
      if (tabId === undefined) return null;
      if (!request.detection.isPolicy) {
        await store.remove(tabId);
        await showBadge(tabId, null);
        return null;
      }
      if (!(await autoAnalysisOn(request.url))) return null;
      return analysis.analyse(tabId, "auto");
    },
    "get-tab-state": (request) => store.get(request.tabId),
    "analyze-tab": (request) => analysis.analyse(request.tabId, "user"),
    "analyze-policy-url": async (request) => {
      const tab = await browser.tabs.get(request.tabId);
      if (tab.url && isSameOrigin(request.url, tab.url))
        return analysis.analyse(request.tabId, "site-policy", request.url);
      // Another site's policy: open it; the detector analyses it there like any policy page.
      const opened = await browser.tabs.create({ url: request.url, openerTabId: request.tabId });
      return { openedTabId: opened.id ?? null };
    },
    "get-page-info": async (request) => {
      // Asked by the popup: the detector keeps no channel open, the extractor answers.
      // Pages where the extension may not run (browser pages, stores) fail here: null.
      try {
        await inject(request.tabId, "/extractor.js");
        const reply = await browser.tabs.sendMessage(
          request.tabId,
          { type: "get-page-info" },
          { frameId: 0 },
        );
        const parsed = parseMessage(pageInfoSchema, reply);
        return parsed.ok ? parsed.value : null;
      } catch {
        return null;
      }
    },
    "get-policy-change": async (request) => changes.pending(request.tabId, await store.get(request.tabId)),
    "policy-change-seen": async (request) => {
      const state = await store.get(request.tabId);
      if (await changes.markSeen(request.tabId, state)) await showBadge(request.tabId, state);
      return null;
    },
    "get-third-parties": async (request) => {
      const state = await store.get(request.tabId);
      return thirdParties
        .ofTab(request.tabId, state?.status === "analysed" ? state.url : null)
        .catch(() => null);
    },
    "clear-results": async () => {
      const tabIds = await store.tabIds();
      await store.clear();
      await thirdParties.forget();
      await Promise.all(tabIds.map((id) => showBadge(id, null)));
      return null;
    },
  };
}
