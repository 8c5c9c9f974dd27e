// Change alerts in the BUILT extension, in real Chromium and Firefox: a policy read once, then served
// changed at the same address, shows the banner (`data-policy-changed`) naming the change and marks the
// badge; read again unchanged, no banner. The policy is the project's fixture; the changed version adds
// a sentence that it sells personal data.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { badgeOf, type ExtensionDriver, finalBadge, poll, popupShowing, tabIdOf } from "./driver";
import { DRIVERS } from "./drivers";
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

/** How long the badge and the banner may take (the suite's own, longer than the driver's default). */
const WAIT_MS = 20_000;

/**
 * Opens popup.html?tab=, waits for the analysed state, returns the banner's text (null: none). The
 * banner is fetched after the summary shows: it is given time to arrive.
 */
async function bannerOf(driver: ExtensionDriver, tabId: number): Promise<string | null> {
  const { popup, shown } = await popupShowing(driver, tabId, "analysed");
  expect(shown).toBe(true);
  const text = await poll(
    () =>
      popup.evaluate(() => {
        const banner = document.querySelector("[data-policy-changed]");
        banner?.querySelectorAll("details").forEach((d) => {
          d.open = true;
        });
        return banner?.textContent ?? "";
      }, undefined),
    1500,
  );
  await popup.close();
  return text || null;
}

describe.each(DRIVERS)("$name: policy change alerts", ({ available, launch }) => {
  let driver: ExtensionDriver;
  let version: "original" | "changed" = "original";
  let server: Awaited<ReturnType<typeof startPolicyServer>>;

  beforeAll(async () => {
    if (!available) return;
    server = await startPolicyServer(() => version);
    driver = await launch();
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it.skipIf(!available)(
    "a policy served changed at the same address shows the banner once; unchanged, none",
    async () => {
      const url = server.url;
      version = "original";
      const page = await driver.open(url);
      const tabId = await tabIdOf(driver, url);
      expect(await finalBadge(driver, tabId, WAIT_MS)).toMatch(/^(!|~|ok|\?)$/);
      expect(await bannerOf(driver, tabId)).toBeNull();

      version = "changed";
      await page.reload();
      // The analysis of the changed version ends with the badge's change mark.
      expect(await poll(async () => (await badgeOf(driver, tabId)).endsWith("*"), WAIT_MS)).toBe(true);
      const banner = await bannerOf(driver, tabId);
      expect(banner).toMatch(/^Changed since you last read it on /);
      expect(banner).toContain("Data sharing");
      expect(banner).toContain("now says: Sells or rents personal data");
      expect(banner).toContain("sentences: 1 added, 0 removed");
      expect(banner).toContain(SALE);
      // Seen: the mark goes.
      expect(await poll(async () => /^(!|~|ok|\?)$/.test(await badgeOf(driver, tabId)), WAIT_MS)).toBe(true);

      await page.reload();
      expect(await finalBadge(driver, tabId, WAIT_MS)).toMatch(/^(!|~|ok|\?)$/);
      expect(await bannerOf(driver, tabId)).toBeNull();
      await page.close();
    },
  );
});
