// From the background's start to a policy tab's badge, through the services as background.ts wires
// them (tab watch, the detector's report, the analysis), against WXT's fake browser: the badge comes
// from the first look at the tabs open at start, the second look's timer never having run. The
// detector here reports what the real one would; the page is test/fixtures/site/privacy.html.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { browser } from "wxt/browser";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { createTabWatch, LOOK_AGAIN_MS } from "../../lib/background/tab-watch";
import type { InjectScript } from "../../lib/extension-api";
import { handlersWith, newStore, POLICY_URL, policyPageReply, realAnalysis, recordingBadge } from "./helpers";

const DETECTED = { isPolicy: true, score: 0.9, reasons: ["title"] };

async function background() {
  const store = newStore();
  const badge = recordingBadge();
  const injected: string[] = [];
  // The detector, once injected into a policy page, reports it (entrypoints/page-detector.ts).
  const inject: InjectScript = async (tabId, file) => {
    injected.push(`${tabId}${file}`);
    if (file === "/page-detector.js")
      setTimeout(() => {
        handlers["page-detected"]({ type: "page-detected", url: POLICY_URL, detection: DETECTED }, tabId);
      }, 0);
  };
  vi.spyOn(fakeBrowser.tabs, "sendMessage").mockResolvedValue(policyPageReply() as never);
  const analysis = realAnalysis(store, badge.showBadge, inject);
  const autoAnalysisOn = async () => true;
  const { handlers } = handlersWith({ store, showBadge: badge.showBadge, inject, analysis, autoAnalysisOn });
  const later: number[] = [];
  const tabs = createTabWatch({
    browser,
    store,
    showBadge: badge.showBadge,
    inject,
    autoAnalysisOn,
    schedule: (_look, ms) => later.push(ms),
  });
  fakeBrowser.tabs.onUpdated.addListener(tabs.onUpdated);
  fakeBrowser.runtime.onStartup.addListener(tabs.lookAtOpenTabsTwice);
  return { badge, injected, later };
}

/** Waits (real time, in small steps) until `done()`; false if it never was. */
async function until(done: () => boolean, steps = 400): Promise<boolean> {
  for (let i = 0; i < steps && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  return done();
}

describe("a policy tab at the background's start", () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function openAtStart(tab: { url: string; title: string; status: string }) {
    const created = await browser.tabs.create({ url: tab.url });
    vi.spyOn(fakeBrowser.tabs, "query").mockResolvedValue([{ ...created, ...tab }] as never);
    vi.spyOn(fakeBrowser.tabs, "get").mockResolvedValue({ ...created, ...tab } as never);
    return created.id as number;
  }

  it.each(["complete", "loading"])(
    "open at start, %s: its badge comes from the first look",
    async (status) => {
      const tabId = await openAtStart({ url: POLICY_URL, title: "Privacy Policy", status });
      const { badge, injected, later } = await background();
      await fakeBrowser.runtime.onStartup.trigger();
      expect(await until(() => badge.shown.get(tabId)?.status === "analysed")).toBe(true);
      expect(badge.calls).toEqual([`${tabId}:analysing`, `${tabId}:analysed`]);
      expect(injected).toEqual([`${tabId}/page-detector.js`, `${tabId}/extractor.js`]);
      // The second look was only scheduled: it had no part in this badge.
      expect(later).toEqual([LOOK_AGAIN_MS]);
    },
  );

  it("opened right after start, still loading: its badge comes from its address, not its load", async () => {
    const { badge, injected } = await background();
    await fakeBrowser.runtime.onStartup.trigger();
    const tab = await browser.tabs.create({ url: POLICY_URL });
    const tabId = tab.id as number;
    const loading = { ...tab, url: POLICY_URL, title: "", status: "loading" };
    vi.spyOn(fakeBrowser.tabs, "get").mockResolvedValue(loading as never);
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: "loading", url: POLICY_URL }, loading as never);
    expect(await until(() => badge.shown.get(tabId)?.status === "analysed")).toBe(true);
    expect(injected[0]).toBe(`${tabId}/page-detector.js`);
  });

  it("an ordinary page open at start gets nothing: no script, no badge", async () => {
    await openAtStart({ url: "https://shop.example/cart", title: "Your basket", status: "loading" });
    const { badge, injected, later } = await background();
    await fakeBrowser.runtime.onStartup.trigger();
    await until(() => false, 20);
    expect(injected).toEqual([]);
    expect(badge.calls).toEqual([]);
    expect(later).toEqual([LOOK_AGAIN_MS]);
  });
});
