// Change alerts in the BUILT extension, in real Chromium and Firefox: a policy read once, then served
// changed at the same address, shows the banner (`data-policy-changed`) naming the change and marks the
// badge; read again unchanged, no banner. The policy is the project's fixture; the changed version adds
// a sentence that it sells personal data.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Worker } from "playwright-core";
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROME_BUILD, CHROMIUM, FIREFOX, FIREFOX_BUILD } from "./paths";
import { FIXTURE_SITE } from "./server";

const ORIGINAL = readFileSync(path.join(FIXTURE_SITE, "privacy.html"), "utf8");
const SALE = "We may sell your personal information to advertisers and data brokers.";
const CHANGED = ORIGINAL.replace("</main>", `<p>${SALE}</p></main>`);

/** Serves /privacy.html as the version `current()` names, never cached. */
async function startPolicyServer(current: () => "original" | "changed") {
  const server = createServer((req, res) => {
    if (!req.url?.startsWith("/privacy.html")) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(current() === "changed" ? CHANGED : ORIGINAL);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/privacy.html`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function poll<T>(check: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
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

/** What each browser's driver must do for the scenario. */
interface Driver {
  open(url: string): Promise<{ reload(): Promise<void>; tabId: number }>;
  badge(tabId: number): Promise<string>;
  /** Opens popup.html?tab=, waits for the analysed state, returns the banner's text (null: none). */
  banner(tabId: number): Promise<string | null>;
}

const final = (badge: string) => (badge && badge !== "…" ? badge : "");

/** The scenario both browsers run. */
async function readChangedPolicy(driver: Driver, url: string, serve: (v: "original" | "changed") => void) {
  serve("original");
  const tab = await driver.open(url);
  expect(await poll(async () => final(await driver.badge(tab.tabId)))).toMatch(/^(!|~|ok|\?)$/);
  expect(await driver.banner(tab.tabId)).toBeNull();

  serve("changed");
  await tab.reload();
  // The analysis of the changed version ends with the badge's change mark.
  expect(await poll(async () => (await driver.badge(tab.tabId)).endsWith("*"))).toBe(true);
  const banner = await driver.banner(tab.tabId);
  expect(banner).toMatch(/^Changed since you last read it on /);
  expect(banner).toContain("Data sharing");
  expect(banner).toContain("now says: Sells or rents personal data");
  expect(banner).toContain("sentences: 1 added, 0 removed");
  expect(banner).toContain(SALE);
  // Seen: the mark goes.
  expect(await poll(async () => /^(!|~|ok|\?)$/.test(await driver.badge(tab.tabId)))).toBe(true);

  await tab.reload();
  expect(await poll(async () => final(await driver.badge(tab.tabId)))).toMatch(/^(!|~|ok|\?)$/);
  expect(await driver.banner(tab.tabId)).toBeNull();
}

// The service worker's own API, as seen from worker.evaluate.
declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

describe.skipIf(!existsSync(CHROMIUM) || !existsSync(CHROME_BUILD))("Chromium: policy change alerts", () => {
  let context: BrowserContext;
  let worker: Worker;
  let profile: string;
  let version: "original" | "changed" = "original";
  let server: Awaited<ReturnType<typeof startPolicyServer>>;

  beforeAll(async () => {
    server = await startPolicyServer(() => version);
    profile = mkdtempSync(path.join(os.tmpdir(), "pg-change-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        `--disable-extensions-except=${CHROME_BUILD}`,
        `--load-extension=${CHROME_BUILD}`,
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("a policy served changed at the same address shows the banner once; unchanged, none", async () => {
    const extensionId = new URL(worker.url()).host;
    const driver: Driver = {
      async open(url) {
        const page = await context.newPage();
        await page.goto(url, { waitUntil: "load" });
        const tabId = await poll(() =>
          worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? 0, url),
        );
        return {
          tabId,
          reload: async () => {
            await page.reload({ waitUntil: "load" });
          },
        };
      },
      badge: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
      async banner(tabId) {
        const popup = await context.newPage();
        await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
        await popup.waitForSelector('[data-state="analysed"]');
        // The banner is fetched after the summary shows: give it time to arrive.
        await popup.waitForSelector("[data-policy-changed]", { timeout: 1500 }).catch(() => null);
        const text = await popup.evaluate(() => {
          const banner = document.querySelector("[data-policy-changed]");
          banner?.querySelectorAll("details").forEach((d) => {
            d.open = true;
          });
          return banner?.textContent ?? null;
        });
        await popup.close();
        return text;
      },
    };
    await readChangedPolicy(driver, server.url, (v) => {
      version = v;
    });
  });
});

// The WebExtension API as seen from an extension page (probe.evaluate runs there).
declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
};

const GECKO_ID = "privacy-glance@privacy-glance.dev";
const UUID = "0c6b1f52-3a9e-4d2b-8f7a-9e4d2c1b7a60";
const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

describe.skipIf(!existsSync(FIREFOX) || !existsSync(FIREFOX_BUILD))("Firefox: policy change alerts", () => {
  let firefox: PuppeteerBrowser;
  let probe: PuppeteerPage;
  let version: "original" | "changed" = "original";
  let server: Awaited<ReturnType<typeof startPolicyServer>>;

  beforeAll(async () => {
    server = await startPolicyServer(() => version);
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
    probe = await firefox.newPage();
    probe.goto(`${EXTENSION_ORIGIN}/popup.html?tab=0`).catch(() => {});
    await poll(() => probe.evaluate(() => typeof browser !== "undefined" && Boolean(browser.tabs)));
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it("a policy served changed at the same address shows the banner once; unchanged, none", async () => {
    const driver: Driver = {
      async open(url) {
        const page = await firefox.newPage();
        await page.goto(url, { waitUntil: "load" });
        const tabId = await poll(() =>
          probe.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id ?? 0, url),
        );
        return {
          tabId,
          reload: async () => {
            await page.reload({ waitUntil: "load" });
          },
        };
      },
      badge: async (tabId) =>
        (await probe.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId)) ?? "",
      async banner(tabId) {
        const popup = await firefox.newPage();
        popup.goto(`${EXTENSION_ORIGIN}/popup.html?tab=${tabId}`).catch(() => {});
        await poll(() => popup.evaluate(() => Boolean(document.querySelector('[data-state="analysed"]'))));
        const text = await poll(
          () => popup.evaluate(() => document.querySelector("[data-policy-changed]")?.textContent ?? ""),
          1500,
        );
        await popup.close();
        return text || null;
      },
    };
    await readChangedPolicy(driver, server.url, (v) => {
      version = v;
    });
  });
});
