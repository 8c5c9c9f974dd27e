// The BUILT extension (.output/chrome-mv3) in Debian's Chromium, driven by playwright-core.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHROME_BUILD,
  CHROMIUM,
  dataDirIfPresent,
  ensureDir,
  README_SCREENSHOTS,
  realPages,
  SCREENSHOTS,
} from "./paths";
import { axeViolations } from "./popup-states";
import { type StaticServer, startServer } from "./server";

// The service worker's own API, as seen from worker.evaluate.
declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

const dataDir = dataDirIfPresent();
if (!dataDir)
  console.warn(
    "chromium e2e: ../shared/data not found — real-page checks are skipped (fixture pages still run).",
  );

describe.skipIf(!existsSync(CHROMIUM) || !existsSync(CHROME_BUILD))("Chromium: built extension", () => {
  let context: BrowserContext;
  let worker: Worker;
  let server: StaticServer;
  let extensionId: string;
  let profile: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer(dataDir);
    profile = mkdtempSync(path.join(os.tmpdir(), "pg-chromium-"));
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
    extensionId = new URL(worker.url()).host;
    worker.on("console", (msg) => msg.type() === "error" && pageErrors.push(`background: ${msg.text()}`));
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function openPage(url: string): Promise<Page> {
    const page = await context.newPage();
    // Saved real pages throw their own errors (their scripts' assets are missing); count only ours there.
    const isRealPage = url.includes("/data/");
    page.on("pageerror", (error) => {
      if (!isRealPage || `${error.stack}`.includes("chrome-extension://"))
        pageErrors.push(`${url}: ${error.message}`);
    });
    await page.goto(url, { waitUntil: "load" });
    return page;
  }

  async function tabIdOf(url: string): Promise<number> {
    return worker.evaluate(async (u) => {
      const [tab] = await chrome.tabs.query({ url: u });
      return tab?.id ?? -1;
    }, url);
  }

  async function badgeOf(tabId: number): Promise<string> {
    return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  async function waitForBadge(tabId: number, timeoutMs = 10_000): Promise<string> {
    const until = Date.now() + timeoutMs;
    let text = "";
    while (Date.now() < until) {
      text = await badgeOf(tabId);
      if (text && text !== "…") return text;
      await new Promise((r) => setTimeout(r, 150));
    }
    return text;
  }

  it("shows a badge on a policy page and the popup (?tab=) shows its four findings", async () => {
    const url = `${server.origin}/privacy.html`;
    const page = await openPage(url);
    const tabId = await tabIdOf(url);
    expect(tabId).toBeGreaterThan(0);
    expect(await waitForBadge(tabId)).toMatch(/^(!|~|ok|\?)$/);

    const popup = await context.newPage();
    popup.on("pageerror", (error) => pageErrors.push(`popup: ${error.message}`));
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-state="analysed"]');
    for (const finding of ["cookies", "sharing", "optOut", "tracking"]) {
      await expect(popup.locator(`[data-finding="${finding}"]`).count()).resolves.toBe(1);
    }
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({
      path: path.join(ensureDir(SCREENSHOTS), "chromium-popup-policy.png"),
      fullPage: true,
    });
    await popup.screenshot({
      path: path.join(ensureDir(README_SCREENSHOTS), "popup-policy.png"),
      fullPage: true,
    });
    // All four headlines show in the 400×600 popup without scrolling.
    for (const finding of ["cookies", "sharing", "optOut", "tracking"]) {
      const box = await popup.locator(`[data-finding="${finding}"] .finding__verdict`).boundingBox();
      expect(box && box.y + box.height, finding).toBeLessThanOrEqual(600);
    }
    // The opt-out card, expanded, for the README.
    await popup.click('[data-finding="optOut"] .finding__toggle');
    await popup.screenshot({
      path: path.join(ensureDir(README_SCREENSHOTS), "popup-opt-out.png"),
      fullPage: true,
    });
    // Show on page finds every quote the popup offers.
    for (const finding of ["cookies", "sharing", "optOut", "tracking"]) {
      const card = popup.locator(`[data-finding="${finding}"]`);
      if ((await card.locator(".finding__toggle").getAttribute("aria-expanded")) !== "true")
        await card.locator(".finding__toggle").click();
      const items = card.locator(".evidence__item");
      for (let i = 0; i < (await items.count()); i++) {
        await items.nth(i).locator(".evidence__quote").click();
        await popup.waitForFunction(
          ([f, n]) =>
            document
              .querySelectorAll(`[data-finding="${f}"] .evidence__item`)
              [n as number]?.getAttribute("data-quote-status") !== "idle",
          [finding, i] as const,
        );
        expect(await items.nth(i).getAttribute("data-quote-status"), `${finding} quote ${i}`).toBe("found");
      }
    }
    await popup.close();
    await page.close();
  });

  it("shows no badge on an ordinary page, and the popup offers the site's policy", async () => {
    const url = `${server.origin}/shop.html`;
    const page = await openPage(url);
    await page.waitForTimeout(800);
    const tabId = await tabIdOf(url);
    expect(await badgeOf(tabId)).toBe("");
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-state="not-policy"]');
    // The link finder ran in the page: the popup offers the site's own policy.
    await popup.getByRole("button", { name: /site's privacy policy/i }).waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it.skipIf(!dataDir)(
    "real pages from ../shared/data: policies get a badge, ordinary pages do not",
    async () => {
      const { policies, ordinary } = realPages(dataDir as string);
      for (const file of policies) {
        const url = `${server.origin}/data/${file}`;
        const page = await openPage(url);
        expect(await waitForBadge(await tabIdOf(url)), file).not.toBe("");
        await page.close();
      }
      for (const file of ordinary) {
        const url = `${server.origin}/data/${file}`;
        const page = await openPage(url);
        await page.waitForTimeout(500);
        expect(await badgeOf(await tabIdOf(url)), file).toBe("");
        await page.close();
      }
    },
  );

  it("raised no page or extension errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
