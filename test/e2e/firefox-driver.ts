// The Firefox driver: the BUILT extension (.output/firefox-mv2) in Debian's Firefox ESR, through
// puppeteer-core over WebDriver BiDi (there is no geckodriver here). The moz-extension UUID is pinned
// by a pref so extension pages can be opened at a known address.
import puppeteer, { type Page, type Browser as PuppeteerBrowser } from "puppeteer-core";
import { type DriverPage, type ExtensionDriver, type LaunchOptions, poll } from "./driver";
import { FIREFOX, FIREFOX_BUILD } from "./paths";

export const GECKO_ID = "privacy-glance@privacy-glance.dev";
const UUID = "5b0e8a3c-7d1f-4f4e-9a57-2c6d1e0b9f31";
const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

export interface FirefoxDriver extends ExtensionDriver {
  readonly browser: PuppeteerBrowser;
  /** The extension page the API calls run in (its requests are the extension page's). */
  readonly probe: Page;
}

export function wrapPuppeteerPage(page: Page): DriverPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    evaluateSource: (source) => page.evaluate(source),
    title: () => page.title(),
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png` });
    },
    reload: async () => {
      await page.reload({ waitUntil: "load" });
    },
    close: () => page.close(),
  };
}

/** The prefs `options` asks for, on top of the ones every launch has. */
function firefoxPrefs(options: LaunchOptions): Record<string, unknown> {
  return {
    ...(options.resolveAllHere
      ? {
          "network.dns.forceResolve": "127.0.0.1",
          // No DNS over HTTPS (it would bypass forceResolve), and plain http:// stays plain.
          "network.trr.mode": 5,
          "dom.security.https_first": false,
        }
      : {}),
    ...(options.locale
      ? { "intl.accept_languages": `${options.locale}, ${options.locale.split("-")[0]}` }
      : {}),
  };
}

/** Firefox ESR with (or, for comparisons, without) the built extension. */
export async function launchFirefoxBrowser(
  withExtension: boolean,
  options: LaunchOptions = {},
): Promise<PuppeteerBrowser> {
  const b = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: Boolean(options.acceptInsecureCerts),
    args: ["-remote-allow-system-access", ...(options.startUrl ? [options.startUrl] : [])],
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: UUID }),
      "network.proxy.type": 0,
      "dom.min_background_timeout_value": 4,
      ...firefoxPrefs(options),
    },
  });
  if (withExtension) await b.installExtension(FIREFOX_BUILD);
  return b;
}

/** Opens an extension page; moz-extension navigations may never report "load", so nothing waits for it. */
function openExtensionPage(page: Page, pathAndQuery: string): void {
  page.goto(`${EXTENSION_ORIGIN}${pathAndQuery}`).catch(() => {});
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxDriver> {
  const browser = await launchFirefoxBrowser(true, options);
  const probe = await browser.newPage();
  openExtensionPage(probe, "/popup.html?tab=0");
  await poll(() =>
    probe.evaluate(() => {
      const api = (globalThis as unknown as { browser?: { tabs?: unknown } }).browser;
      return Boolean(api?.tabs);
    }),
  );
  return {
    name: "Firefox",
    browser,
    probe,
    extensionOrigin: EXTENSION_ORIGIN,
    extensionIds: [GECKO_ID, UUID],
    backgroundErrors: [],
    restartBackground: async () => false,
    async open(url, errors, options = {}) {
      const page = await browser.newPage();
      page.on("pageerror", (e) => {
        const { message, stack } = e as Error;
        if (options.allErrors || /moz-extension:|wxt|privacy.glance/i.test(`${message}\n${stack ?? ""}`))
          errors?.push(`${url}: ${message}`);
      });
      await page.goto(url, { waitUntil: options.until ?? "load", timeout: options.timeout ?? 60_000 });
      return wrapPuppeteerPage(page);
    },
    async openPopup(tabId, errors) {
      const popup = await browser.newPage();
      popup.on("pageerror", (e) => errors?.push(`popup: ${(e as Error).message}`));
      popup.on("console", (m) => m.type() === "error" && errors?.push(`popup console: ${m.text()}`));
      openExtensionPage(popup, `/popup.html?tab=${tabId}`);
      return wrapPuppeteerPage(popup);
    },
    inExtension: (fn, arg) => probe.evaluate(fn as (a: unknown) => unknown, arg) as never,
    close: () => browser.close(),
  };
}
