// Wiring only: reads the HTML a tab sends (Readability and segmentation run here or, in Chrome, in the
// offscreen document: off the page's main thread either way), holds the model, classifies and
// summarises, keeps each tab's result and sets the toolbar badge. Logic lives in lib/.

import { badgeTitle } from "@/lib/badge-title";
import { loadBundledModel } from "@/lib/classify/bundled-model";
import { wantsDetector } from "@/lib/detect/first-look";
import { injectScript, toolbarAction } from "@/lib/extension-api";
import { isSameOrigin } from "@/lib/fetch-policy";
import { t } from "@/lib/i18n";
import { labelAndSummarize } from "@/lib/label-and-summarize";
import {
  type BackgroundRequest,
  backgroundRequestSchema,
  type PageHtmlMessage,
  pageHtmlSchema,
  pageInfoSchema,
  parseMessage,
} from "@/lib/messages";
import { parseHtmlNatively } from "@/lib/native-html-document";
import { readInOffscreenDocument } from "@/lib/offscreen-reader";
import { type PageText, readPageHtml } from "@/lib/page-text";
import { isOwnContentScript, isOwnExtensionPage } from "@/lib/sender";
import { settingsItem, siteOf, tabStatesItem, validSettings } from "@/lib/storage";
import { badgeFor, type TabState } from "@/lib/tab-state";
import { TabStore } from "@/lib/tab-store";
import { forgetPolicies, notePolicy, thirdPartiesOfTab } from "@/lib/third-parties/service";

type Trigger = TabState["trigger"];

/**
 * Pages are read with the browser's own DOM, off the page's main thread: Firefox's background is a page
 * with a DOMParser; Chrome's service worker has no DOM, so it asks its offscreen document.
 */
function readPage(html: string, contentType: string): Promise<PageText> {
  if (import.meta.env.FIREFOX) return Promise.resolve(readPageHtml(html, contentType, parseHtmlNatively));
  return readInOffscreenDocument(html, contentType);
}

export default defineBackground(() => {
  const store = new TabStore(tabStatesItem);
  const extensionOrigin = new URL(browser.runtime.getURL("/")).origin;

  async function showBadge(tabId: number, state: TabState | null): Promise<void> {
    const look = badgeFor(state);
    const action = toolbarAction();
    try {
      await action.setBadgeText({ tabId, text: look?.text ?? "" });
      if (look) await action.setBadgeBackgroundColor({ tabId, color: look.color });
      const title =
        state?.status === "analysed" && state.summary ? badgeTitle(state.summary, t) : t("actionTitle");
      await action.setTitle({ tabId, title });
    } catch {
      // The tab closed before its badge could be set.
    }
  }

  /** False when the user switched automatic analysis off, everywhere or for this page's site. */
  async function autoAnalysisOn(url: string): Promise<boolean> {
    const settings = validSettings(await settingsItem.getValue());
    const site = siteOf(url);
    return settings.autoDetect && !(site && settings.disabledSites.includes(site));
  }

  async function setState(tabId: number, state: TabState, isPrivate: boolean): Promise<void> {
    await store.set(tabId, state, isPrivate);
    await showBadge(tabId, state);
  }

  /** Reads the page's HTML here, away from the page's main thread, then classifies and summarises. */
  async function stateFromPage(
    page: PageHtmlMessage,
    trigger: Trigger,
    tabId: number,
    isPrivate: boolean,
  ): Promise<TabState> {
    const base = {
      url: page.url,
      title: page.title,
      detection: page.detection,
      trigger,
      updatedAt: Date.now(),
    };
    if (page.status !== "ok")
      return { ...base, segmentCount: 0, status: page.status, summary: null, error: page.error };
    const text = await readPage(page.html, page.contentType);
    const title = page.title || text.title;
    if (text.status !== "ok") return { ...base, title, segmentCount: 0, status: text.status, summary: null };
    const { summary } = labelAndSummarize(loadBundledModel(), text.segments);
    if (summary) await notePolicy(tabId, page.url, text.segments, isPrivate);
    return {
      ...base,
      title,
      segmentCount: text.segments.length,
      status: summary ? "analysed" : "empty",
      summary,
    };
  }

  async function analyse(tabId: number, trigger: Trigger, policyUrl?: string): Promise<TabState> {
    const tab = await browser.tabs.get(tabId);
    const isPrivate = Boolean(tab.incognito);
    const pending: TabState = {
      status: "analysing",
      url: policyUrl ?? tab.url ?? "",
      title: tab.title ?? "",
      detection: { isPolicy: false, score: 0, reasons: [] },
      trigger,
      segmentCount: 0,
      summary: null,
      updatedAt: Date.now(),
    };
    await setState(tabId, pending, isPrivate);
    let state: TabState;
    try {
      await injectScript(tabId, "/extractor.js");
      const request = policyUrl ? { type: "extract-url", url: policyUrl } : { type: "extract" };
      const reply = parseMessage(
        pageHtmlSchema,
        await browser.tabs.sendMessage(tabId, request, { frameId: 0 }),
      );
      if (!reply.ok) throw new Error(`unexpected reply from the page: ${reply.error}`);
      state = await stateFromPage(reply.value, trigger, tabId, isPrivate);
    } catch (error) {
      state = { ...pending, status: "error", error: String(error instanceof Error ? error.message : error) };
    }
    await setState(tabId, state, isPrivate);
    return state;
  }

  async function handle(request: BackgroundRequest, tabId: number | undefined): Promise<unknown> {
    switch (request.type) {
      case "page-detected": {
        if (tabId === undefined) return null;
        if (!request.detection.isPolicy) {
          await store.remove(tabId);
          await showBadge(tabId, null);
          return null;
        }
        if (!(await autoAnalysisOn(request.url))) return null;
        return analyse(tabId, "auto");
      }
      case "get-tab-state":
        return store.get(request.tabId);
      case "analyze-tab":
        return analyse(request.tabId, "user");
      case "analyze-policy-url": {
        const tab = await browser.tabs.get(request.tabId);
        if (tab.url && isSameOrigin(request.url, tab.url))
          return analyse(request.tabId, "site-policy", request.url);
        // Another site's policy: open it; the detector analyses it there like any policy page.
        const opened = await browser.tabs.create({ url: request.url, openerTabId: request.tabId });
        return { openedTabId: opened.id ?? null };
      }
      case "get-page-info": {
        // Asked by the popup: the detector keeps no channel open, the extractor answers.
        // Pages where the extension may not run (browser pages, stores) fail here: null.
        try {
          await injectScript(request.tabId, "/extractor.js");
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
      }
      case "get-third-parties": {
        const state = await store.get(request.tabId);
        return thirdPartiesOfTab(request.tabId, state?.status === "analysed" ? state.url : null).catch(
          () => null,
        );
      }
      case "clear-results": {
        const tabIds = await store.tabIds();
        await store.clear();
        await forgetPolicies();
        await Promise.all(tabIds.map((id) => showBadge(id, null)));
        return null;
      }
    }
  }

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const message = parseMessage(backgroundRequestSchema, raw);
    if (!message.ok) {
      sendResponse({ error: "rejected: malformed message" });
      return;
    }
    const fromContent =
      isOwnContentScript(sender, browser.runtime.id) && !sender.url?.startsWith(extensionOrigin);
    const fromPage = isOwnExtensionPage(sender, browser.runtime.id, extensionOrigin);
    const contentTypes = new Set(["page-detected"]);
    if (contentTypes.has(message.value.type) ? !fromContent : !fromPage) {
      sendResponse({ error: "rejected: unexpected sender" });
      return;
    }
    handle(message.value, sender.tab?.id).then(
      (result) => sendResponse({ result }),
      (error: unknown) => sendResponse({ error: String(error instanceof Error ? error.message : error) }),
    );
    return true;
  });

  // A site switched off in the settings: forget what was shown for it.
  settingsItem.watch(async (raw) => {
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

  /** Tabs whose current document has the detector already (it watches the page from then on). */
  const detectorTabs = new Set<number>();

  /** Injects the detector once per document, unless automatic analysis is off for this page. */
  async function lookAt(tabId: number, url: string): Promise<void> {
    // Marked before the first await: a tab's load and title events arrive together.
    if (detectorTabs.has(tabId)) return;
    detectorTabs.add(tabId);
    try {
      if (await autoAnalysisOn(url)) await injectScript(tabId, "/page-detector.js");
      else detectorTabs.delete(tabId);
    } catch (error) {
      // Not injected (a page the extension may not script, or one still settling): a later update may retry.
      detectorTabs.delete(tabId);
      throw error;
    }
  }

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // A new page in the tab: its old result and badge no longer apply.
    if (change.status === "loading") {
      detectorTabs.delete(tabId);
      store.remove(tabId).catch(() => {});
      showBadge(tabId, null).catch(() => {});
    }
    // The first look, from the address and title the browser reports: ordinary pages run none of our code.
    if (wantsDetector(change, tab)) {
      lookAt(tabId, tab.url ?? "").catch(() => {
        // Pages the extension may not script (browser pages, stores, files without permission).
      });
    }
  });
  // Tabs that finished loading before the background was listening (browser start, install, update),
  // looked at now and once more a little later: pages that were still loading around that moment did
  // not always report their load to a background that had only just started.
  const LOOK_AGAIN_MS = 5000;
  async function lookAtOpenTabs(): Promise<void> {
    for (const tab of await browser.tabs.query({ status: "complete" })) {
      if (tab.id !== undefined && wantsDetector({ status: "complete" }, tab))
        lookAt(tab.id, tab.url ?? "").catch(() => {});
    }
  }
  const lookAtOpenTabsTwice = (): void => {
    lookAtOpenTabs().catch(() => {});
    setTimeout(() => lookAtOpenTabs().catch(() => {}), LOOK_AGAIN_MS);
  };
  browser.runtime.onInstalled.addListener(lookAtOpenTabsTwice);
  browser.runtime.onStartup.addListener(lookAtOpenTabsTwice);
  browser.tabs.onRemoved.addListener((tabId) => {
    detectorTabs.delete(tabId);
    store.remove(tabId).catch(() => {});
  });
});
