// The first look at each tab, driven through the fake browser's tabs events: the detector is injected
// once per document where the address or title may name a policy, as soon as the tab reports them
// (not when its load ends), a new page forgets the old result, and the tabs open at install or start,
// loaded or not, are looked at twice.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { browser } from "wxt/browser";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { createTabWatch, LOOK_AGAIN_MS, momentToLook } from "../../lib/background/tab-watch";
import { tabStateFixture } from "../popup/fixtures";
import { newStore, POLICY_URL, recordingBadge } from "./helpers";

const LOADED = { status: "complete", url: POLICY_URL, title: "Privacy Policy" };
const ORDINARY = { status: "complete", url: "https://shop.example/cart", title: "Your basket" };
const LOADING = { ...LOADED, status: "loading" };

describe("momentToLook", () => {
  const cases: { name: string; change: object; tab: object; look: boolean }[] = [
    { name: "a policy page's load ends", change: { status: "complete" }, tab: LOADED, look: true },
    { name: "a new address, the page still loading", change: { url: POLICY_URL }, tab: LOADING, look: true },
    {
      name: "its title parsed, the page still loading",
      change: { title: "Privacy Policy" },
      tab: { ...LOADING, url: "https://shop.example/p?id=4" },
      look: true,
    },
    {
      name: "a bare 'loading' (the old page may still show)",
      change: { status: "loading" },
      tab: LOADING,
      look: false,
    },
    {
      name: "a favicon only",
      change: { favIconUrl: "https://shop.example/i.png" },
      tab: LOADING,
      look: false,
    },
    {
      name: "an ordinary page's title while loading",
      change: { title: "Your basket" },
      tab: { ...ORDINARY, status: "loading" },
      look: false,
    },
    { name: "an ordinary page's load ends", change: { status: "complete" }, tab: ORDINARY, look: false },
    {
      name: "a browser page named 'privacy'",
      change: { url: "chrome://settings/privacy" },
      tab: { ...LOADING, url: "chrome://settings/privacy" },
      look: false,
    },
  ];
  it.each(cases)("$name → $look", ({ change, tab, look }) => {
    expect(momentToLook(change, tab)).toBe(look);
  });
});

function setUp(options: { autoOn?: boolean } = {}) {
  const store = newStore();
  const badge = recordingBadge();
  const inject = vi.fn(async () => {});
  const autoAnalysisOn = vi.fn(async () => options.autoOn ?? true);
  /** The second look at start, recorded and run only when a test says so. */
  const later: { look: () => void; ms: number }[] = [];
  const schedule = (look: () => void, ms: number) => later.push({ look, ms });
  const watch = createTabWatch({
    browser,
    store,
    showBadge: badge.showBadge,
    inject,
    autoAnalysisOn,
    schedule,
  });
  fakeBrowser.tabs.onUpdated.addListener(watch.onUpdated);
  fakeBrowser.tabs.onRemoved.addListener(watch.onRemoved);
  const updated = (tabId: number, change: object, tab: object) =>
    fakeBrowser.tabs.onUpdated.trigger(tabId, change as never, tab as never);
  return { store, badge, inject, autoAnalysisOn, watch, updated, later };
}

/** Lets the listeners' promises settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("createTabWatch", () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("injects the detector into a loaded page that may be a policy, once per document", async () => {
    const { inject, updated } = setUp();
    // Load and title arrive together: one injection.
    await Promise.all([
      updated(1, { status: "complete" }, LOADED),
      updated(1, { title: LOADED.title }, LOADED),
    ]);
    await settle();
    expect(inject.mock.calls).toEqual([[1, "/page-detector.js"]]);
    // A new document in the tab is looked at again.
    await updated(1, { status: "loading" }, { ...LOADED, status: "loading" });
    await updated(1, { status: "complete" }, LOADED);
    await settle();
    expect(inject).toHaveBeenCalledTimes(2);
  });

  it("runs nothing on ordinary pages, nor where automatic analysis is off", async () => {
    const off = setUp({ autoOn: false });
    await off.updated(1, { status: "complete" }, LOADED);
    await off.updated(2, { status: "complete" }, ORDINARY);
    await settle();
    expect(off.inject).not.toHaveBeenCalled();
    expect(off.autoAnalysisOn).toHaveBeenCalledTimes(1);
    // Switched back on, the same document may be looked at again.
    off.autoAnalysisOn.mockResolvedValue(true);
    await off.updated(1, { title: "Privacy Policy" }, LOADED);
    await settle();
    expect(off.inject).toHaveBeenCalledWith(1, "/page-detector.js");
  });

  it("retries a page that could not be scripted on its next update", async () => {
    const { inject, updated } = setUp();
    inject.mockRejectedValueOnce(new Error("Frame with ID 0 is showing error page"));
    await updated(1, { status: "complete" }, LOADED);
    await settle();
    await updated(1, { title: "Privacy Policy" }, LOADED);
    await settle();
    expect(inject).toHaveBeenCalledTimes(2);
  });

  it("a new page in the tab forgets the old result and clears the badge; a closed tab is forgotten", async () => {
    const { store, badge, updated } = setUp();
    await store.set(1, tabStateFixture());
    await store.set(2, tabStateFixture());
    await updated(1, { status: "loading" }, { ...LOADED, status: "loading" });
    await settle();
    expect(await store.get(1)).toBeNull();
    expect(badge.calls).toEqual(["1:none"]);
    await fakeBrowser.tabs.onRemoved.trigger(2, { windowId: 0, isWindowClosing: false });
    await settle();
    expect(await store.tabIds()).toEqual([]);
  });

  it("looks at a policy still loading when its address or title arrives, not at the end of its load", async () => {
    const { inject, updated } = setUp();
    await updated(1, { status: "loading" }, { ...LOADING, url: "https://shop.example/" });
    await settle();
    expect(inject).not.toHaveBeenCalled();
    await updated(1, { url: POLICY_URL }, LOADING);
    await settle();
    expect(inject.mock.calls).toEqual([[1, "/page-detector.js"]]);
    // Its title and the end of its load (if it ever comes) find the detector there already.
    await updated(1, { title: LOADED.title }, LOADING);
    await updated(1, { status: "complete" }, LOADED);
    await settle();
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it("a loaded page's new route makes the detector there look again; a new document starts over", async () => {
    const { inject, updated } = setUp();
    await updated(1, { status: "complete" }, LOADED);
    await settle();
    // The route changes by script (no new document): injected again, even to an address naming no policy.
    const home = { ...LOADED, url: "https://shop.example/", title: "Shop" };
    await updated(1, { url: home.url }, home);
    // (Firefox reports the route with the tab's status.)
    await updated(1, { status: "complete", url: POLICY_URL }, LOADED);
    await settle();
    expect(inject.mock.calls).toEqual([
      [1, "/page-detector.js"],
      [1, "/page-detector.js"],
      [1, "/page-detector.js"],
    ]);
    // Not where the detector never ran (an ordinary page's route), nor while a tab is still loading.
    await updated(2, { status: "complete" }, ORDINARY);
    await updated(2, { url: "https://shop.example/cart" }, { ...ORDINARY, url: "https://shop.example/cart" });
    await updated(1, { status: "loading" }, { ...home, status: "loading" });
    await updated(
      1,
      { url: "https://shop.example/next" },
      { ...home, url: "https://shop.example/next", status: "loading" },
    );
    await settle();
    expect(inject).toHaveBeenCalledTimes(3);
  });

  it("looks at the tabs already open, loaded or still loading, then once more after the given delay", async () => {
    const { inject, watch, later } = setUp();
    const tabs = [
      { id: 1, ...LOADED },
      { id: 2, ...LOADING },
      { id: 3, ...ORDINARY },
      { id: 4, ...LOADED, discarded: true },
      { id: 5, status: "complete", url: "about:preferences#privacy", title: "Settings" },
    ];
    const query = vi.spyOn(fakeBrowser.tabs, "query").mockResolvedValue(tabs as never);
    watch.lookAtOpenTabsTwice();
    await settle();
    expect(query).toHaveBeenCalledWith({});
    expect(inject.mock.calls).toEqual([
      [1, "/page-detector.js"],
      [2, "/page-detector.js"],
    ]);
    expect(later.map((l) => l.ms)).toEqual([LOOK_AGAIN_MS]);
    // The second look finds the detector already there.
    later[0]?.look();
    await settle();
    expect(query).toHaveBeenCalledTimes(2);
    expect(inject).toHaveBeenCalledTimes(2);
  });

  it("the second look's delay is the one given, and by default a real timer's", async () => {
    vi.useFakeTimers();
    const store = newStore();
    const inject = vi.fn(async () => {});
    const query = vi.spyOn(fakeBrowser.tabs, "query").mockResolvedValue([] as never);
    const options = {
      browser,
      store,
      showBadge: recordingBadge().showBadge,
      inject,
      autoAnalysisOn: async () => true,
    };
    createTabWatch({ ...options, lookAgainMs: 50 }).lookAtOpenTabsTwice();
    await vi.advanceTimersByTimeAsync(49);
    expect(query).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(query).toHaveBeenCalledTimes(2);
    createTabWatch(options).lookAtOpenTabsTwice();
    await vi.advanceTimersByTimeAsync(LOOK_AGAIN_MS - 1);
    expect(query).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(query).toHaveBeenCalledTimes(4);
  });
});
