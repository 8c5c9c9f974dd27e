// Issue 8, in each browser (drivers.ts): what a hostile page or a forged message tries, checked the same
// way in Chromium and Firefox. The corpus checks that depend on what each browser can observe (long
// tasks, network) are in hostile.chromium.e2e.ts and hostile.firefox.e2e.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ask,
  badgeOf,
  type ExtensionDriver,
  finalBadge,
  finalState,
  poll,
  popupShowing,
  sendToTab,
  setAutoDetect,
  setStorage,
  type TabStateLike,
  tabIdOf,
  tabState,
} from "./driver";
import { DRIVERS } from "./drivers";
import {
  CORRUPT_STORAGE,
  FORGED_MESSAGES,
  type HostileServer,
  LITERAL_MARKUP,
  startHostileServer,
  WRONG_SENDER_MESSAGES,
} from "./hostile-helpers";
import { dataDirIfPresent } from "./paths";

describe.each(DRIVERS)("$name: hostile pages and messages", ({ available, launch }) => {
  let driver: ExtensionDriver;
  let server: HostileServer;

  beforeAll(async () => {
    if (!available) return;
    server = await startHostileServer(dataDirIfPresent());
    driver = await launch();
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it.skipIf(!available)("the popup shows a hostile policy's markup as text and runs none of it", async () => {
    const url = `${server.origin}/hostile/xss-policy.html`;
    const page = await driver.open(url);
    const tabId = await tabIdOf(driver, url);
    await poll(async () => (await tabState(driver, tabId))?.status === "analysed", 15_000);
    const popupErrors: string[] = [];
    const { popup, shown } = await popupShowing(driver, tabId, "analysed", popupErrors);
    expect(shown).toBe(true);
    const report = await popup.evaluate(() => {
      const own = (u: string | null) => !u || new URL(u, location.href).origin === location.origin;
      return {
        canary: (window as unknown as { __pgCanary?: unknown }).__pgCanary ?? null,
        foreignElements: [
          ...document.querySelectorAll("img, script, iframe, object, embed, frame, link, base, form"),
        ]
          .filter((el) => !own(el.getAttribute("src") ?? el.getAttribute("href")))
          .map((el) => el.outerHTML.slice(0, 120)),
        handlers: [...document.querySelectorAll("*")].flatMap((el) =>
          [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`),
        ),
        hrefs: [...document.querySelectorAll("a[href], area[href]")].map(
          (el) => el.getAttribute("href") ?? "",
        ),
        text: document.body.textContent ?? "",
      };
    }, undefined);
    await popup.close();
    await page.close();
    expect(report.canary).toBeNull();
    expect(report.foreignElements).toEqual([]);
    expect(report.handlers).toEqual([]);
    const ownScheme = new URL(driver.extensionOrigin).protocol;
    expect(
      report.hrefs.filter((h) => !/^(?:mailto:|tel:|https?:\/\/|#)/.test(h) && !h.startsWith(ownScheme)),
    ).toEqual([]);
    expect(report.text).toContain(LITERAL_MARKUP);
    expect(popupErrors.filter((e) => /PG-CANARY/.test(e))).toEqual([]);
  });

  it.skipIf(!available)(
    "forged and malformed runtime messages are rejected; the background keeps working",
    async () => {
      for (const message of [...FORGED_MESSAGES, ...WRONG_SENDER_MESSAGES]) {
        const reply = await ask(driver, message);
        // Either the API refused to send it (thrown) or the background answered with an error.
        expect(Boolean(reply?.error || reply?.thrown), JSON.stringify(message)?.slice(0, 80)).toBe(true);
      }
      // Still working: a real request is answered.
      expect(await ask(driver, { type: "get-tab-state", tabId: 999999 })).toEqual({ result: null });

      // Garbage sent to the content scripts of a page: ignored, and they still answer properly.
      const url = `${server.origin}/hostile/rtl-he.html`;
      const page = await driver.open(url);
      const tabId = await tabIdOf(driver, url);
      for (const message of [
        ...FORGED_MESSAGES,
        { type: "highlight", text: 5 },
        { type: "extract-url", url: "javascript:alert(1)" },
      ])
        await sendToTab(driver, tabId, message).catch(() => null);
      // The page side still answers: the popup's question about the page comes back intact.
      const reply = await ask(driver, { type: "get-page-info", tabId });
      expect((reply?.result as { url?: string } | undefined)?.url).toBe(url);
      await page.close();
    },
  );

  it.skipIf(!available)(
    "a page cannot switch the detector off with a forged WXT event (SPA route into a policy)",
    async () => {
      const url = `${server.origin}/hostile/spa.html`;
      const page = await driver.open(url);
      const tabId = await tabIdOf(driver, url);
      // WXT's "a newer copy of this content script started" event: its name holds only public values.
      await page.evaluate((id) => {
        for (const name of ["detector", "extractor"]) {
          document.dispatchEvent(
            new CustomEvent(`${id}:${name}:wxt:content-script-started`, {
              detail: { contentScriptName: name, messageId: "forged" },
            }),
          );
        }
        (window as unknown as { goTo(r: string): void }).goTo("privacy");
      }, driver.extensionIds[0] as string);
      const badge = await finalBadge(driver, tabId, 8_000);
      await page.close();
      expect(badge).toMatch(/^(!|~|ok|\?)$/);
    },
  );

  it.skipIf(!available)(
    "SPA: routing into a policy view shows a badge, routing out of it clears it",
    async () => {
      const url = `${server.origin}/hostile/spa.html`;
      const page = await driver.open(url);
      const tabId = await tabIdOf(driver, url);
      expect(await badgeOf(driver, tabId)).toBe("");
      await page.evaluateSource("window.goTo('privacy')");
      expect(await finalBadge(driver, tabId, 8_000)).toMatch(/^(!|~|ok|\?)$/);
      await page.evaluateSource("window.goTo('home')");
      // Cleared as soon as the route change is seen: polled, so a loaded machine only takes longer.
      const seen = async () => {
        const state = await tabState(driver, tabId);
        return {
          badge: await badgeOf(driver, tabId),
          state: state ? `${state.status}: ${state.error ?? ""}` : null,
        };
      };
      const cleared = await poll(async () => {
        const now = await seen();
        return now.badge === "" && now.state === null ? now : null;
      }, 10_000);
      const out = cleared ?? (await seen());
      await page.close();
      expect(out).toEqual({ badge: "", state: null });
    },
  );

  it.skipIf(!available)(
    "a policy can be analysed twice in the same page (e.g. 'Analyse' clicked again)",
    async () => {
      const url = `${server.origin}/hostile/cyrillic.html`;
      const page = await driver.open(url);
      const tabId = await tabIdOf(driver, url);
      const first = (await ask(driver, { type: "analyze-tab", tabId }))?.result as TabStateLike | undefined;
      const second = (await ask(driver, { type: "analyze-tab", tabId }))?.result as TabStateLike | undefined;
      await page.close();
      expect(first?.status).not.toBe("error");
      expect(`${second?.status}: ${second?.error ?? ""}`).toBe(`${first?.status}: `);
    },
  );

  it.skipIf(!available)(
    "corrupt and future-version storage values are reset, and the extension keeps working",
    async () => {
      await setStorage(driver, CORRUPT_STORAGE);
      // Where the background can be restarted (Chrome's service worker) it reads the garbage afresh;
      // Firefox's MV2 background page keeps what it holds in memory and meets the garbage on its next write.
      const restarted = await driver.restartBackground();
      expect(restarted).toBe(driver.name === "Chromium");
      // The popup for a tab whose stored state was garbage: a clean answer (any state), no crash.
      const errors: string[] = [];
      const { popup, shown } = await popupShowing(driver, 1, null, errors);
      await popup.close();
      expect(shown).toBe(true);
      if (restarted) {
        expect(await ask(driver, { type: "get-tab-state", tabId: 1 })).toEqual({ result: null });
        expect(await ask(driver, { type: "get-tab-state", tabId: 2 })).toEqual({ result: null });
      }
      // Garbage settings mean the defaults: a policy page is still analysed automatically.
      const url = `${server.origin}/hostile/builtins.html`;
      const page = await driver.open(url);
      const state = await finalState(driver, await tabIdOf(driver, url));
      await page.close();
      expect(state?.status).toBe("analysed");
      expect(errors).toEqual([]);
      await setAutoDetect(driver, true);
    },
  );
});
