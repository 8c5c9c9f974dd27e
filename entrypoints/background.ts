// Wiring only: the services in lib/background/ get the browser, the store and each other here. Pages
// are read with the browser's own DOM, off the page's main thread: Firefox's background is a page with
// a DOMParser; Chrome's service worker has no DOM, so it asks its offscreen document.

import { createAnalysis, type Reading } from "@/lib/background/analysis";
import { autoAnalysisOn, forgetSitesSwitchedOff } from "@/lib/background/auto-analysis";
import { badgeShower } from "@/lib/background/badge";
import { createPolicyChanges } from "@/lib/background/policy-changes";
import { requestHandlers } from "@/lib/background/requests";
import { messageListener } from "@/lib/background/router";
import { forgetCoveredSites, withSiteSwitch } from "@/lib/background/site-switch";
import { createTabWatch } from "@/lib/background/tab-watch";
import { PolicyHistory } from "@/lib/changes/policy-history";
import { changeAlertsItem, policyRecordsItem, validSwitch } from "@/lib/changes/storage";
import { loadBundledModel } from "@/lib/classify/bundled-model";
import { injectScript, toolbarAction } from "@/lib/extension-api";
import { t } from "@/lib/i18n";
import { parseHtmlNatively } from "@/lib/native-html-document";
import { readInOffscreenDocument } from "@/lib/offscreen-reader";
import { type PageText, readPageHtml } from "@/lib/page-text";
import { tabStatesItem } from "@/lib/storage";
import { TabStore } from "@/lib/tab-store";
import { forgetPolicies, notePolicy, thirdPartiesOfTab } from "@/lib/third-parties/service";

function readPage(html: string, contentType: string): Promise<PageText> {
  if (import.meta.env.FIREFOX) return Promise.resolve(readPageHtml(html, contentType, parseHtmlNatively));
  return readInOffscreenDocument(html, contentType);
}

export default defineBackground(() => {
  const store = new TabStore(tabStatesItem);
  const history = new PolicyHistory(policyRecordsItem, async () =>
    validSwitch(await changeAlertsItem.getValue()),
  );
  const changes = createPolicyChanges({ browser, history });
  const showBadge = badgeShower(toolbarAction(), t, changes.changed);
  const inject = injectScript;
  // Each policy read is also kept for the third-party rows (what it names), per tab.
  const onRead = [changes.onRead, (r: Reading) => notePolicy(r.tabId, r.url, r.segments, r.isPrivate)];
  const thirdParties = { ofTab: thirdPartiesOfTab, forget: forgetPolicies };
  // A switched-off site's subdomains stay quiet too (site-switch.ts).
  const analysisOn = withSiteSwitch(autoAnalysisOn);
  const analysis = createAnalysis({
    browser,
    store,
    showBadge,
    inject,
    readPage,
    model: loadBundledModel,
    onRead,
  });
  const handlers = requestHandlers({
    browser,
    store,
    showBadge,
    inject,
    analysis,
    autoAnalysisOn: analysisOn,
    changes,
    thirdParties,
  });
  const extension = { id: browser.runtime.id, origin: new URL(browser.runtime.getURL("/")).origin };
  browser.runtime.onMessage.addListener(messageListener(extension, handlers));

  // Remembered policies forgotten (options page): no badge keeps a change mark.
  policyRecordsItem.watch(async (records) => {
    if (records && Object.keys(records).length > 0) return;
    for (const tabId of await store.tabIds()) await showBadge(tabId, await store.get(tabId));
  });

  // A site switched off in the settings: forget what was shown for it.
  forgetSitesSwitchedOff(store, showBadge);
  forgetCoveredSites(store, showBadge);

  const tabs = createTabWatch({ browser, store, showBadge, inject, autoAnalysisOn: analysisOn });
  browser.tabs.onUpdated.addListener(tabs.onUpdated);
  browser.runtime.onInstalled.addListener(tabs.lookAtOpenTabsTwice);
  browser.runtime.onStartup.addListener(tabs.lookAtOpenTabsTwice);
  browser.tabs.onRemoved.addListener(tabs.onRemoved);
});
