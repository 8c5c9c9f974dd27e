// A French policy page (a fixture we wrote) in the BUILT extension: Chromium with a French UI
// (--lang=fr) shows the badge and a French popup; Firefox ESR shows the badge and the French reading.
// Firefox's popup is not checked in French: an extension's locale follows the app's, and Debian's
// firefox-esr here has only its en-US locale (no French language pack is installed).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Worker } from "playwright-core";
import puppeteer, { type Page, type Browser as PuppeteerBrowser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROME_BUILD, CHROMIUM, FIREFOX, FIREFOX_BUILD } from "./paths";
import { type StaticServer, startServer } from "./server";

declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};
declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
};

/** Polls `check` until it returns a truthy value. */
async function poll<T>(check: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < until) {
    try {
      last = await check();
      if (last) return last;
    } catch {
      // still loading
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return last as T;
}

const PAGE = "/confidentialite.html";

describe.skipIf(!existsSync(CHROMIUM) || !existsSync(CHROME_BUILD))("Chromium in French", () => {
  let context: BrowserContext;
  let worker: Worker;
  let server: StaticServer;
  let profile: string;
  let extensionId: string;

  beforeAll(async () => {
    server = await startServer(null);
    profile = mkdtempSync(path.join(os.tmpdir(), "pg-chromium-fr-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale: "fr-FR",
      env: { ...process.env, LANGUAGE: "fr", LANG: "fr_FR.UTF-8" },
      args: [
        `--disable-extensions-except=${CHROME_BUILD}`,
        `--load-extension=${CHROME_BUILD}`,
        "--lang=fr",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
    extensionId = new URL(worker.url()).host;
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("badges a French policy page and shows the popup in French", async () => {
    const url = `${server.origin}${PAGE}`;
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    const tabId = await poll(() =>
      worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? 0, url),
    );
    expect(tabId).toBeGreaterThan(0);
    const badge = await poll(async () =>
      ((await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)) || "").replace(
        "…",
        "",
      ),
    );
    expect(badge).toMatch(/^(!|~|ok|\?)$/);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-state="analysed"]');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe("fr");
    const sharing = popup.locator('[data-finding="sharing"]');
    await expect(sharing.innerText()).resolves.toContain("Partage des données");
    // The facts come from the French messages, read from the French policy (textContent: the
    // details may be folded away).
    const cookies = await popup.locator('[data-finding="cookies"]').evaluate((e) => e.textContent ?? "");
    expect(cookies).toContain("Utilise des cookies publicitaires tiers");
    expect(await popup.locator('[data-finding="cookies"]').getAttribute("data-level")).toBe("bad");
    await popup.close();
    await page.close();
  });
});

describe.skipIf(!existsSync(FIREFOX) || !existsSync(FIREFOX_BUILD))("Firefox on a French policy", () => {
  const GECKO_ID = "privacy-glance@privacy-glance.dev";
  const UUID = "8d2c1f0e-4b3a-4e6f-9c1d-7a5b3e2f1c09";
  let firefox: PuppeteerBrowser;
  let server: StaticServer;
  let probe: Page;

  beforeAll(async () => {
    server = await startServer(null);
    firefox = await puppeteer.launch({
      browser: "firefox",
      executablePath: FIREFOX,
      headless: true,
      args: ["-remote-allow-system-access"],
      extraPrefsFirefox: {
        "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: UUID }),
        "network.proxy.type": 0,
        "intl.accept_languages": "fr-FR, fr",
      },
    });
    await firefox.installExtension(FIREFOX_BUILD);
    probe = await firefox.newPage();
    probe.goto(`moz-extension://${UUID}/popup.html?tab=0`).catch(() => {});
    await poll(() => probe.evaluate(() => typeof browser !== "undefined" && Boolean(browser.tabs)));
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it("badges the French policy page and reads it in French", async () => {
    const url = `${server.origin}${PAGE}`;
    const page = await firefox.newPage();
    await page.goto(url, { waitUntil: "load" });
    const tabId = await poll(() =>
      probe.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id ?? 0, url),
    );
    expect(tabId).toBeGreaterThan(0);
    const badge = await poll(async () =>
      (
        (await probe.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId)) || ""
      ).replace("…", ""),
    );
    expect(badge).toMatch(/^(!|~|ok|\?)$/);
    const popup = await firefox.newPage();
    popup.goto(`moz-extension://${UUID}/popup.html?tab=${tabId}`).catch(() => {});
    const levels = await poll(() =>
      popup.evaluate(() =>
        document.querySelector('[data-state="analysed"]')
          ? [...document.querySelectorAll("[data-finding]")]
              .map((e) => e.getAttribute("data-level"))
              .join(",")
          : "",
      ),
    );
    // cookies (third-party advertising), sharing (advertising), tracking: bad. Opt-out: caution, the
    // opt-out rubric's level for a policy that shares for advertising but offers a way out (link, contact).
    expect(levels).toBe("bad,bad,caution,bad");
    await popup.close();
    await page.close();
  });
});
