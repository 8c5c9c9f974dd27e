// The background's first look in each browser (lib/background/tab-watch.ts), at the moments it used to
// miss: a policy page whose subresources never finish loading (no load event, ever), and a policy tab
// still loading when the extension starts. Each gets its badge; the popup shows the findings. (The unit
// tests, test/background/first-look-start.test.ts, check that the badge comes from the first look at
// start and not from the second; here the time each took is printed.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionDriver, finalBadge, popupShowing, tabIdOf } from "./driver";
import { DRIVERS } from "./drivers";
import { type StaticServer, startServer } from "./server";

const BADGE = /^(!|~|ok|\?)$/;

describe.each(DRIVERS)("$name: first look", ({ available, launch, name }) => {
  let server: StaticServer;
  const drivers: ExtensionDriver[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (available) server = await startServer(null);
  });

  afterAll(async () => {
    for (const driver of drivers) await driver.close();
    await server?.close();
  });

  it.skipIf(!available)(
    "a policy page whose images, frames and scripts never finish loading gets its badge and findings",
    async () => {
      const driver = await launch();
      drivers.push(driver);
      const url = `${server.origin}/privacy-stalled.html`;
      const page = await driver.open(url, pageErrors, { until: "domcontentloaded", allErrors: true });
      // The page never finishes loading: nothing here may wait for it.
      expect(await page.evaluate(() => document.readyState, null)).toBe("interactive");
      const tabId = await tabIdOf(driver, url);
      expect(tabId).toBeGreaterThan(0);
      expect(await finalBadge(driver, tabId)).toMatch(BADGE);
      const { popup, shown, findings } = await popupShowing(driver, tabId, "analysed", pageErrors);
      expect(shown).toBe(true);
      expect(findings).toBe(4);
      expect(await page.evaluate(() => document.readyState, null)).toBe("interactive");
      await popup.close();
      expect(pageErrors).toEqual([]);
    },
  );

  it.skipIf(!available)(
    "a policy tab still loading when the extension starts gets its badge, and so does one opened right after",
    async () => {
      // The page answers 1.5 s late: it is still loading when the background first looks at the tabs.
      const atStart = `${server.origin}/slow/1500/privacy.html`;
      const driver = await launch({ startUrl: atStart });
      const launched = Date.now();
      drivers.push(driver);
      const openTab = await tabIdOf(driver, atStart);
      expect(openTab).toBeGreaterThan(0);
      expect(await finalBadge(driver, openTab)).toMatch(BADGE);
      // Figures, not tests (they depend on this machine's load): how long each badge took.
      console.info(
        `${name}: badge on the tab open at start ${Date.now() - launched} ms after launch returned`,
      );
      const next = `${server.origin}/privacy-stalled.html?opened-after-start`;
      const opened = Date.now();
      await driver.open(next, pageErrors, { until: "domcontentloaded", allErrors: true });
      const nextTab = await tabIdOf(driver, next);
      expect(await finalBadge(driver, nextTab)).toMatch(BADGE);
      console.info(
        `${name}: badge on a policy opened after start ${Date.now() - opened} ms after it was opened`,
      );
      expect(pageErrors).toEqual([]);
    },
  );
});
