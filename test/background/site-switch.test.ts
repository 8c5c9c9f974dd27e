// The per-site switch's reach in the background: a listed site covers its subdomains, for automatic
// analysis and for forgetting what was found once it is switched off.
import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { forgetCoveredSites, siteSwitchedOff, withSiteSwitch } from "../../lib/background/site-switch";
import { settingsItem } from "../../lib/storage";
import { tabStateFixture } from "../popup/fixtures";
import { newStore, recordingBadge } from "./helpers";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("site switch", () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it("a listed site switches off itself and its subdomains, nothing else", async () => {
    await settingsItem.setValue({ autoDetect: true, disabledSites: ["example.com", "localhost"] });
    expect(await siteSwitchedOff("https://example.com/privacy")).toBe(true);
    expect(await siteSwitchedOff("https://www.example.com/privacy")).toBe(true);
    expect(await siteSwitchedOff("https://shop.eu.example.com/legal")).toBe(true);
    expect(await siteSwitchedOff("https://notexample.com/privacy")).toBe(false);
    expect(await siteSwitchedOff("https://example.org/privacy")).toBe(false);
    expect(await siteSwitchedOff("http://localhost:3000/privacy")).toBe(true);
    expect(await siteSwitchedOff("http://app.localhost/privacy")).toBe(false);
    expect(await siteSwitchedOff("file:///home/me/privacy.html")).toBe(false);
  });

  it("a shared suffix in the list (stored before it was refused) covers only itself", async () => {
    await settingsItem.setValue({ autoDetect: true, disabledSites: ["co.uk"] });
    expect(await siteSwitchedOff("https://shop.example.co.uk/privacy")).toBe(false);
  });

  it("narrows the user's say over automatic analysis, and never widens it", async () => {
    await settingsItem.setValue({ autoDetect: true, disabledSites: ["example.com"] });
    const on = withSiteSwitch(async () => true);
    const off = withSiteSwitch(async () => false);
    expect(await on("https://www.example.com/privacy")).toBe(false);
    expect(await on("https://shop.example/privacy")).toBe(true);
    expect(await off("https://shop.example/privacy")).toBe(false);
  });

  it("forgets what was found automatically on a subdomain once its site is switched off", async () => {
    const store = newStore();
    const badge = recordingBadge();
    await store.set(1, tabStateFixture({ url: "https://www.example.com/privacy", trigger: "auto" }), false);
    await store.set(2, tabStateFixture({ url: "https://www.example.com/privacy", trigger: "user" }), false);
    await store.set(3, tabStateFixture({ url: "https://example.org/privacy", trigger: "auto" }), false);
    const unwatch = forgetCoveredSites(store, badge.showBadge);
    await settingsItem.setValue({ autoDetect: true, disabledSites: ["example.com"] });
    await settle();
    await settle();
    unwatch();
    expect(await store.get(1)).toBeNull();
    // Asked for by the user, or another site: kept.
    expect(await store.get(2)).not.toBeNull();
    expect(await store.get(3)).not.toBeNull();
    expect(badge.calls).toEqual(["1:none"]);
  });
});
