// The toolbar badge and the settings watch, on the fake browser's action and storage.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { browser } from "wxt/browser";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { autoAnalysisOn, forgetSitesSwitchedOff } from "../../lib/background/auto-analysis";
import { badgeShower } from "../../lib/background/badge";
import { settingsItem } from "../../lib/storage";
import { tabStateFixture } from "../popup/fixtures";
import { newStore, recordingBadge } from "./helpers";

const t = (key: string) => `<${key}>`;

describe("badgeShower", () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it("shows the worst level with its colour and a tooltip listing the findings", async () => {
    const show = badgeShower(browser.action, t);
    await show(3, tabStateFixture());
    expect(await browser.action.getBadgeText({ tabId: 3 })).toBe("!");
    expect(await browser.action.getBadgeBackgroundColor({ tabId: 3 })).toEqual([185, 28, 28, 255]);
    const title = await browser.action.getTitle({ tabId: 3 });
    expect(title.split("\n")[0]).toBe("<actionTitle>");
    expect(title.split("\n")).toHaveLength(5);
  });

  it("shows … while analysing, and clears badge and tooltip otherwise", async () => {
    const show = badgeShower(browser.action, t);
    await show(3, tabStateFixture({ status: "analysing", summary: null }));
    expect(await browser.action.getBadgeText({ tabId: 3 })).toBe("…");
    await show(3, null);
    expect(await browser.action.getBadgeText({ tabId: 3 })).toBe("");
    expect(await browser.action.getTitle({ tabId: 3 })).toBe("<actionTitle>");
  });

  it("does not throw when the tab closed meanwhile", async () => {
    vi.spyOn(fakeBrowser.action, "setBadgeText").mockRejectedValue(new Error("No tab with id: 3"));
    await expect(badgeShower(browser.action, t)(3, tabStateFixture())).resolves.toBeUndefined();
  });
});

describe("automatic analysis settings", () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it("is on by default, off everywhere or for the sites the user named", async () => {
    expect(await autoAnalysisOn("https://shop.example/privacy")).toBe(true);
    await settingsItem.setValue({ autoDetect: true, disabledSites: ["shop.example"] });
    expect(await autoAnalysisOn("https://shop.example/privacy")).toBe(false);
    expect(await autoAnalysisOn("https://other.example/privacy")).toBe(true);
    await settingsItem.setValue({ autoDetect: false, disabledSites: [] });
    expect(await autoAnalysisOn("https://other.example/privacy")).toBe(false);
  });

  it("a site switched off forgets its automatic results, not the ones the user asked for", async () => {
    const store = newStore();
    const badge = recordingBadge();
    const unwatch = forgetSitesSwitchedOff(store, badge.showBadge);
    await store.set(1, tabStateFixture({ url: "https://shop.example/privacy", trigger: "auto" }));
    await store.set(2, tabStateFixture({ url: "https://shop.example/privacy", trigger: "user" }));
    await store.set(3, tabStateFixture({ url: "https://other.example/privacy", trigger: "auto" }));
    await settingsItem.setValue({ autoDetect: true, disabledSites: ["shop.example"] });
    await vi.waitFor(() => expect(badge.calls).toEqual(["1:none"]));
    expect(await store.tabIds()).toEqual([2, 3]);
    unwatch();
  });
});
