// A French policy page (a fixture we wrote) in the BUILT extension, both browsers launched in French
// (the drivers' locale: Chromium --lang=fr, Firefox intl.accept_languages): both show the badge and the
// French reading's levels; Chromium's popup is also checked in French.
// Firefox's popup is not checked in French: an extension's locale follows the app's, and Debian's
// firefox-esr here has only its en-US locale (no French language pack is installed).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionDriver, finalBadge, popupShowing, tabIdOf } from "./driver";
import { DRIVERS } from "./drivers";
import { type StaticServer, startServer } from "./server";

const PAGE = "/confidentialite.html";

describe.each(DRIVERS)("$name on a French policy", ({ name, available, launch }) => {
  let driver: ExtensionDriver;
  let server: StaticServer;
  /** The French policy's tab, once the first check has opened it. */
  let tabId = 0;

  beforeAll(async () => {
    if (!available) return;
    server = await startServer(null);
    driver = await launch({ locale: "fr-FR" });
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it.skipIf(!available)("badges the French policy page and reads it in French", async () => {
    const url = `${server.origin}${PAGE}`;
    await driver.open(url);
    tabId = await tabIdOf(driver, url);
    expect(tabId).toBeGreaterThan(0);
    expect(await finalBadge(driver, tabId)).toMatch(/^(!|~|ok|\?)$/);
    const { popup, shown } = await popupShowing(driver, tabId, "analysed");
    expect(shown).toBe(true);
    const levels = await popup.evaluate(
      () =>
        [...document.querySelectorAll("[data-finding]")].map((e) => e.getAttribute("data-level")).join(","),
      undefined,
    );
    // cookies (third-party advertising), sharing (advertising), tracking: bad. Opt-out: caution, the
    // opt-out rubric's level for a policy that shares for advertising but offers a way out (link, contact).
    expect(levels).toBe("bad,bad,caution,bad");
    await popup.close();
  });

  // Firefox's UI, so the extension's locale, stays en-US here (no French language pack).
  it.skipIf(!available || name !== "Chromium")("shows the popup in French", async () => {
    expect(tabId).toBeGreaterThan(0);
    const { popup, shown } = await popupShowing(driver, tabId, "analysed");
    expect(shown).toBe(true);
    const seen = await popup.evaluate(
      () => ({
        lang: document.documentElement.lang,
        sharing: document.querySelector<HTMLElement>('[data-finding="sharing"]')?.innerText ?? "",
        // textContent: the details may be folded away.
        cookies: document.querySelector('[data-finding="cookies"]')?.textContent ?? "",
        cookiesLevel: document.querySelector('[data-finding="cookies"]')?.getAttribute("data-level"),
      }),
      undefined,
    );
    expect(seen.lang).toBe("fr");
    expect(seen.sharing).toContain("Partage des données");
    // The facts come from the French messages, read from the French policy.
    expect(seen.cookies).toContain("Utilise des cookies publicitaires tiers");
    expect(seen.cookiesLevel).toBe("bad");
    await popup.close();
  });
});
