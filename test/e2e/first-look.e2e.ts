// The background's first look in each browser (lib/background/tab-watch.ts), at a moment it used to
// miss: a policy page whose subresources never finish loading (no load event, ever) gets its badge, and
// the popup shows its findings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionDriver, finalBadge, popupShowing, tabIdOf } from "./driver";
import { DRIVERS } from "./drivers";
import { type StaticServer, startServer } from "./server";

const BADGE = /^(!|~|ok|\?)$/;

describe.each(DRIVERS)("$name: first look", ({ available, launch }) => {
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
});
