// Each message type's handler against the fake browser: which tab is analysed and why, what is
// forgotten, what is opened, and what the popup is told about a page.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { browser } from "wxt/browser";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { Analysis } from "../../lib/background/analysis";
import type { TabState } from "../../lib/tab-state";
import { tabStateFixture } from "../popup/fixtures";
import { handlersWith, newStore, POLICY_URL, recordingBadge } from "./helpers";

const DETECTION = { isPolicy: true, score: 1, reasons: [] };

function setUp(options: { autoOn?: boolean } = {}) {
  const store = newStore();
  const badge = recordingBadge();
  const inject = vi.fn(async () => {});
  const analysed = tabStateFixture();
  const analysis: Analysis = {
    setState: vi.fn(async () => {}),
    analyse: vi.fn(async (): Promise<TabState> => analysed),
  };
  const autoAnalysisOn = vi.fn(async () => options.autoOn ?? true);
  const { handlers, changes, thirdParties } = handlersWith({
    store,
    showBadge: badge.showBadge,
    inject,
    analysis,
    autoAnalysisOn,
  });
  return { store, badge, inject, analysis, analysed, autoAnalysisOn, changes, thirdParties, handlers };
}

describe("requestHandlers", () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it("page-detected: a policy is analysed automatically in the sender's tab", async () => {
    const { handlers, analysis, analysed, autoAnalysisOn } = setUp();
    const page = { type: "page-detected", url: POLICY_URL, detection: DETECTION } as const;
    expect(await handlers["page-detected"](page, 5)).toEqual(analysed);
    expect(autoAnalysisOn).toHaveBeenCalledWith(POLICY_URL);
    expect(analysis.analyse).toHaveBeenCalledWith(5, "auto");
    // Without a tab (never from a real content script) nothing happens.
    expect(await handlers["page-detected"](page, undefined)).toBeNull();
    expect(analysis.analyse).toHaveBeenCalledTimes(1);
  });

  it("page-detected: nothing is analysed where automatic analysis is off", async () => {
    const { handlers, analysis } = setUp({ autoOn: false });
    const page = { type: "page-detected", url: POLICY_URL, detection: DETECTION } as const;
    expect(await handlers["page-detected"](page, 5)).toBeNull();
    expect(analysis.analyse).not.toHaveBeenCalled();
  });

  it("page-detected: a page that stopped looking like a policy loses its result and badge", async () => {
    const { handlers, store, badge } = setUp();
    await store.set(5, tabStateFixture());
    const page = {
      type: "page-detected",
      url: POLICY_URL,
      detection: { ...DETECTION, isPolicy: false },
    } as const;
    expect(await handlers["page-detected"](page, 5)).toBeNull();
    expect(await store.get(5)).toBeNull();
    expect(badge.calls).toEqual(["5:none"]);
  });

  it("get-tab-state and analyze-tab", async () => {
    const { handlers, store, analysis } = setUp();
    const state = tabStateFixture();
    await store.set(2, state);
    expect(await handlers["get-tab-state"]({ type: "get-tab-state", tabId: 2 })).toEqual(state);
    expect(await handlers["get-tab-state"]({ type: "get-tab-state", tabId: 3 })).toBeNull();
    await handlers["analyze-tab"]({ type: "analyze-tab", tabId: 2 });
    expect(analysis.analyse).toHaveBeenCalledWith(2, "user");
  });

  it("analyze-policy-url: the same site's policy is read in the tab; another site's opens in a new tab", async () => {
    const { handlers, analysis } = setUp();
    const tab = await browser.tabs.create({ url: "https://shop.example/cart" });
    const tabId = tab.id as number;
    await handlers["analyze-policy-url"]({ type: "analyze-policy-url", tabId, url: POLICY_URL });
    expect(analysis.analyse).toHaveBeenCalledWith(tabId, "site-policy", POLICY_URL);

    const elsewhere = "https://policies.other.example/privacy";
    const reply = (await handlers["analyze-policy-url"]({
      type: "analyze-policy-url",
      tabId,
      url: elsewhere,
    })) as {
      openedTabId: number;
    };
    expect(analysis.analyse).toHaveBeenCalledTimes(1);
    expect((await browser.tabs.get(reply.openedTabId))?.url).toBe(elsewhere);
  });

  it("get-page-info: the extractor's answer when well-formed, null otherwise or where scripts can't run", async () => {
    const { handlers, inject } = setUp();
    const info = { url: POLICY_URL, detection: DETECTION, policyLink: null };
    const send = vi.spyOn(fakeBrowser.tabs, "sendMessage").mockResolvedValue(info as never);
    expect(await handlers["get-page-info"]({ type: "get-page-info", tabId: 4 })).toEqual(info);
    expect(inject).toHaveBeenCalledWith(4, "/extractor.js");
    expect(send).toHaveBeenCalledWith(4, { type: "get-page-info" }, { frameId: 0 });
    send.mockResolvedValue({ url: 1 } as never);
    expect(await handlers["get-page-info"]({ type: "get-page-info", tabId: 4 })).toBeNull();
    inject.mockRejectedValue(new Error("Cannot access a chrome:// URL"));
    expect(await handlers["get-page-info"]({ type: "get-page-info", tabId: 4 })).toBeNull();
  });

  it("clear-results: every result is forgotten and every badge cleared", async () => {
    const { handlers, store, badge } = setUp();
    await store.set(1, tabStateFixture());
    await store.set(2, tabStateFixture());
    expect(await handlers["clear-results"]({ type: "clear-results" })).toBeNull();
    expect(await store.tabIds()).toEqual([]);
    expect(badge.calls.sort()).toEqual(["1:none", "2:none"]);
  });

  it("get-third-parties asks for the tab's page beside its analysed policy; clear-results forgets policies", async () => {
    const { handlers, store, thirdParties } = setUp();
    await handlers["get-third-parties"]({ type: "get-third-parties", tabId: 6 });
    expect(thirdParties.ofTab).toHaveBeenCalledWith(6, null);
    const state = tabStateFixture();
    await store.set(6, state);
    await handlers["get-third-parties"]({ type: "get-third-parties", tabId: 6 });
    expect(thirdParties.ofTab).toHaveBeenLastCalledWith(6, state.url);
    await handlers["clear-results"]({ type: "clear-results" });
    expect(thirdParties.forget).toHaveBeenCalled();
  });

  it("policy-change-seen: the change is marked seen and the badge set again; get-policy-change asks the service", async () => {
    const { handlers, store, badge, changes } = setUp();
    const state = tabStateFixture();
    await store.set(4, state);
    expect(await handlers["get-policy-change"]({ type: "get-policy-change", tabId: 4 })).toBeNull();
    expect(changes.pending).toHaveBeenCalledWith(4, state);
    await handlers["policy-change-seen"]({ type: "policy-change-seen", tabId: 4 });
    expect(changes.markSeen).toHaveBeenCalledWith(4, state);
    expect(badge.calls).toEqual(["4:analysed"]);
  });
});
