// The BUILT extension (.output/firefox-mv2) in Debian's Firefox ESR, driven by puppeteer-core over
// WebDriver BiDi (there is no geckodriver here). The moz-extension UUID is pinned by a pref so the
// popup can be opened at a known address.
import { existsSync } from "node:fs";
import path from "node:path";
import puppeteer, { type Page, type Browser as PuppeteerBrowser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDirIfPresent, ensureDir, FIREFOX, FIREFOX_BUILD, realPages, SCREENSHOTS } from "./paths";
import { type StaticServer, startServer } from "./server";

const GECKO_ID = "privacy-glance@privacy-glance.dev";
const UUID = "5b0e8a3c-7d1f-4f4e-9a57-2c6d1e0b9f31";
const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

// The WebExtension API as seen from an extension page (probe.evaluate runs there).
declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
};

const dataDir = dataDirIfPresent();
if (!dataDir)
  console.warn(
    "firefox e2e: ../shared/data not found — real-page checks are skipped (fixture pages still run).",
  );

/** Polls `check` until it returns a truthy value (moz-extension navigations may never report "load"). */
async function poll<T>(check: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < until) {
    try {
      last = await check();
      if (last) return last;
    } catch {
      // the page is still loading
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return last as T;
}

describe.skipIf(!existsSync(FIREFOX) || !existsSync(FIREFOX_BUILD))("Firefox: built extension", () => {
  let firefox: PuppeteerBrowser;
  let server: StaticServer;
  let probe: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer(dataDir);
    firefox = await puppeteer.launch({
      browser: "firefox",
      executablePath: FIREFOX,
      headless: true,
      args: ["-remote-allow-system-access"],
      extraPrefsFirefox: {
        "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: UUID }),
        "network.proxy.type": 0,
      },
    });
    await firefox.installExtension(FIREFOX_BUILD);
    // An extension page to ask the WebExtension APIs (tab ids, badge text) from.
    probe = await firefox.newPage();
    probe.goto(`${EXTENSION_ORIGIN}/popup.html?tab=0`).catch(() => {});
    await poll(() => probe.evaluate(() => typeof browser !== "undefined" && Boolean(browser.tabs)));
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  async function openPage(url: string): Promise<Page> {
    const page = await firefox.newPage();
    // Saved real pages throw their own errors (their scripts' assets are missing); count only ours there.
    const isRealPage = url.includes("/data/");
    page.on("pageerror", (error) => {
      const { message, stack } = error as Error;
      if (!isRealPage || `${stack}`.includes("moz-extension://")) pageErrors.push(`${url}: ${message}`);
    });
    await page.goto(url, { waitUntil: "load" });
    return page;
  }

  const tabIdOf = (url: string) =>
    poll(() =>
      probe.evaluate(async (u) => {
        const tabs = await browser.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? 0;
      }, url),
    );
  const badgeOf = (tabId: number) =>
    probe.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);

  it("shows a badge on a policy page and the popup (?tab=) shows its four findings", async () => {
    const url = `${server.origin}/privacy.html`;
    const page = await openPage(url);
    const tabId = await tabIdOf(url);
    expect(tabId).toBeGreaterThan(0);
    expect(await poll(async () => ((await badgeOf(tabId)) || "").replace("…", ""))).toMatch(/^(!|~|ok|\?)$/);

    const popup = await firefox.newPage();
    popup.on("pageerror", (error) => pageErrors.push(`popup: ${(error as Error).message}`));
    popup.goto(`${EXTENSION_ORIGIN}/popup.html?tab=${tabId}`).catch(() => {});
    const findings = await poll(() =>
      popup.evaluate(() =>
        document.querySelector('[data-state="analysed"]')
          ? document.querySelectorAll("[data-finding]").length
          : 0,
      ),
    );
    expect(findings).toBe(4);
    await popup.screenshot({
      path: path.join(ensureDir(SCREENSHOTS), "firefox-popup-policy.png") as `${string}.png`,
    });
    await popup.close();
    await page.close();
  });

  it("shows no badge on an ordinary page", async () => {
    const url = `${server.origin}/shop.html`;
    const page = await openPage(url);
    await new Promise((r) => setTimeout(r, 800));
    expect(await badgeOf(await tabIdOf(url))).toBe("");
    await page.close();
  });

  it.skipIf(!dataDir)(
    "real pages from ../shared/data: policies get a badge, ordinary pages do not",
    async () => {
      const { policies, ordinary } = realPages(dataDir as string);
      for (const file of policies) {
        const url = `${server.origin}/data/${file}`;
        const page = await openPage(url);
        const tabId = await tabIdOf(url);
        expect(await poll(async () => ((await badgeOf(tabId)) || "").replace("…", "")), file).not.toBe("");
        await page.close();
      }
      for (const file of ordinary) {
        const url = `${server.origin}/data/${file}`;
        const page = await openPage(url);
        await new Promise((r) => setTimeout(r, 500));
        expect(await badgeOf(await tabIdOf(url)), file).toBe("");
        await page.close();
      }
    },
  );

  it("raised no page errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
