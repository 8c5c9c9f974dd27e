// The BUILT extension in each browser (drivers.ts): a badge on policy pages and the popup's findings,
// nothing on ordinary pages, real pages from ../shared/data, and no errors along the way.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  badgeOf,
  type ExtensionDriver,
  finalBadge,
  poll,
  popupShowing,
  sleep,
  tabIdOf,
  tabState,
} from "./driver";
import { DRIVERS } from "./drivers";
import { dataDirIfPresent, ensureDir, README_SCREENSHOTS, realPages, SCREENSHOTS } from "./paths";
import { axeViolations } from "./popup-states";
import { type StaticServer, startServer } from "./server";

const dataDir = dataDirIfPresent();
if (!dataDir)
  console.warn("e2e: ../shared/data not found — real-page checks are skipped (fixture pages still run).");

describe.each(DRIVERS)("$name: built extension", ({ name, available, launch }) => {
  let driver: ExtensionDriver;
  let server: StaticServer;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!available) return;
    server = await startServer(dataDir);
    driver = await launch();
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  const FINDING_KEYS = ["cookies", "sharing", "optOut", "tracking"];

  /** Opens a page; saved real pages throw their own errors (their assets are missing): only ours count there. */
  const open = (url: string) => driver.open(url, pageErrors, { allErrors: !url.includes("/data/") });

  it.skipIf(!available)(
    "shows a badge on a policy page and the popup (?tab=) shows its four findings",
    async () => {
      const url = `${server.origin}/privacy.html`;
      const page = await open(url);
      const tabId = await tabIdOf(driver, url);
      expect(tabId).toBeGreaterThan(0);
      expect(await finalBadge(driver, tabId)).toMatch(/^(!|~|ok|\?)$/);

      const { popup, shown, findings } = await popupShowing(driver, tabId, "analysed", pageErrors);
      expect(shown).toBe(true);
      expect(findings).toBe(4);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.screenshot(path.join(ensureDir(SCREENSHOTS), `${name.toLowerCase()}-popup-policy.png`));
      if (name === "Chromium")
        await popup.screenshot(path.join(ensureDir(README_SCREENSHOTS), "popup-policy.png"));
      // All four headlines show in the 400×600 popup without scrolling.
      const bottoms = await popup.evaluate(
        (keys) =>
          keys.map(
            (k) =>
              document.querySelector(`[data-finding="${k}"] .finding__verdict`)?.getBoundingClientRect()
                .bottom ?? -1,
          ),
        FINDING_KEYS,
      );
      for (const [i, bottom] of bottoms.entries()) {
        expect(bottom, FINDING_KEYS[i]).toBeGreaterThan(0);
        expect(bottom, FINDING_KEYS[i]).toBeLessThanOrEqual(600);
      }
      // "Show on page" finds every quote the popup offers, in every card.
      const statuses = await popup.evaluate(async (keys) => {
        const out: string[] = [];
        for (const k of keys) {
          const card = document.querySelector(`[data-finding="${k}"]`);
          const toggle = card?.querySelector<HTMLElement>(".finding__toggle");
          if (toggle && toggle.getAttribute("aria-expanded") !== "true") toggle.click();
          await new Promise((r) => setTimeout(r, 50));
          const items = [...(card?.querySelectorAll(".evidence__item") ?? [])];
          for (const [n, item] of items.entries()) {
            item.querySelector<HTMLElement>(".evidence__quote")?.click();
            const until = Date.now() + 10_000;
            while (item.getAttribute("data-quote-status") === "idle" && Date.now() < until)
              await new Promise((r) => setTimeout(r, 50));
            out.push(`${k} ${n}: ${item.getAttribute("data-quote-status")}`);
          }
        }
        return out;
      }, FINDING_KEYS);
      expect(statuses.length).toBeGreaterThan(0);
      for (const status of statuses) expect(status).toMatch(/: found$/);
      // The policy's relative "Ad settings" link reaches the opt-out card, with the page's origin.
      // (The card shows a link to an IP address as text, so the address is read from the tab's state.)
      const contacts = (await tabState(driver, tabId))?.summary?.optOut?.contacts ?? [];
      expect(contacts.map((c) => c.value)).toContain(`${server.origin}/account/ad-settings`);
      const contactWords = await popup.evaluate(
        () =>
          [...document.querySelectorAll('[data-finding="optOut"] .contact__value')].map(
            (e) => e.textContent ?? "",
          ),
        undefined,
      );
      expect(contactWords).toContain("Ad settings");
      if (name === "Chromium")
        await popup.screenshot(path.join(ensureDir(README_SCREENSHOTS), "popup-opt-out.png"));
      await popup.close();
      await page.close();
    },
  );

  it.skipIf(!available)(
    "shows no badge on an ordinary page, and the popup offers the site's policy",
    async () => {
      const url = `${server.origin}/shop.html`;
      const page = await open(url);
      await sleep(800);
      const tabId = await tabIdOf(driver, url);
      expect(await badgeOf(driver, tabId)).toBe("");
      const { popup, shown } = await popupShowing(driver, tabId, "not-policy", pageErrors);
      expect(shown).toBe(true);
      // The link finder ran in the page: the popup offers the site's own policy.
      const offered = await popup.evaluate(
        () =>
          [...document.querySelectorAll("button")].some((b) =>
            /site's privacy policy/i.test(b.textContent ?? ""),
          ),
        undefined,
      );
      expect(offered).toBe(true);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
      await page.close();
    },
  );

  it.skipIf(!available)(
    "'Analyse this page anyway' on an ordinary page says it doesn't look like a policy",
    async () => {
      const url = `${server.origin}/shop.html`;
      const page = await open(url);
      const tabId = await tabIdOf(driver, url);
      const { popup, shown } = await popupShowing(driver, tabId, "not-policy", pageErrors);
      expect(shown).toBe(true);
      await popup.evaluate(() => {
        const anyway = [...document.querySelectorAll("button")].find(
          (b) => b.textContent?.trim() === "Analyse this page anyway",
        );
        anyway?.click();
      }, undefined);
      const said = await poll(() =>
        popup.evaluate(() => {
          const summary = document.querySelector('[data-state="analysed"]');
          return summary
            ? {
                warning: summary.querySelector(".summary__warning")?.textContent ?? "",
                text: summary.textContent ?? "",
              }
            : null;
        }, undefined),
      );
      expect(said?.warning).toMatch(/^This page doesn't look like a privacy policy\./);
      expect(said?.text).not.toContain("The policy doesn't");
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
      await page.close();
    },
  );

  it.skipIf(!available)("names the other site when the page's policy link leaves this one", async () => {
    const url = `${server.origin}/brand.html`;
    const page = await open(url);
    const tabId = await tabIdOf(driver, url);
    const { popup, shown } = await popupShowing(driver, tabId, "not-policy", pageErrors);
    expect(shown).toBe(true);
    const labels = await popup.evaluate(
      () => [...document.querySelectorAll("button")].map((b) => b.textContent?.trim() ?? ""),
      undefined,
    );
    expect(labels).toContain("Analyse harbor-group.example's privacy policy");
    expect(labels).not.toContain("Analyse this site's privacy policy");
    await popup.close();
    await page.close();
  });

  it.skipIf(!available || !dataDir)(
    "real pages from ../shared/data: policies get a badge, ordinary pages do not",
    async () => {
      const { policies, ordinary } = realPages(dataDir as string);
      for (const file of policies) {
        const url = `${server.origin}/data/${file}`;
        const page = await open(url);
        expect(await finalBadge(driver, await tabIdOf(driver, url)), file).not.toBe("");
        await page.close();
      }
      for (const file of ordinary) {
        const url = `${server.origin}/data/${file}`;
        const page = await open(url);
        await sleep(500);
        expect(await badgeOf(driver, await tabIdOf(driver, url)), file).toBe("");
        await page.close();
      }
    },
  );

  it.skipIf(!available)("raised no page or extension errors", () => {
    expect([...pageErrors, ...driver.backgroundErrors]).toEqual([]);
  });
});
