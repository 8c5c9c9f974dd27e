// The Chromium driver: the BUILT extension (.output/chrome-mv3) in Debian's Chromium, through
// playwright-core. Extension pages are asked through a page of the extension kept open for that.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";
import type { DriverPage, ExtensionDriver, LaunchOptions } from "./driver";
import { CHROME_BUILD, CHROMIUM } from "./paths";

/** The flags every Chromium in the e2e suites runs with (with or without the extension). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // Nothing but the test server resolves: a request elsewhere fails, but is still seen.
  "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
  "--disable-renderer-backgrounding",
  "--disable-background-timer-throttling",
];

export interface ChromiumLaunchOptions extends LaunchOptions {
  /** A DevTools port (its number in the profile's DevToolsActivePort). */
  remoteDebugging?: boolean;
}

/** CHROMIUM_ARGS with what `options` asks: a flag it sets replaces the list's own. */
export function chromiumArgs(options: ChromiumLaunchOptions = {}): string[] {
  const extra = [
    ...(options.remoteDebugging ? ["--remote-debugging-port=0"] : []),
    ...(options.resolveAllHere ? ["--host-resolver-rules=MAP * 127.0.0.1"] : []),
    ...(options.acceptInsecureCerts ? ["--ignore-certificate-errors"] : []),
    ...(options.locale ? [`--lang=${options.locale.split("-")[0]}`] : []),
  ];
  const name = (flag: string) => flag.split("=")[0];
  const replaced = new Set(extra.map(name));
  return [...extra, ...CHROMIUM_ARGS.filter((flag) => !replaced.has(name(flag)))];
}

export interface ChromiumDriver extends ExtensionDriver {
  readonly context: BrowserContext;
  /** The extension's service worker. */
  readonly worker: Worker;
  readonly extensionId: string;
  /** The profile folder (DevToolsActivePort is there when launched with remoteDebugging). */
  readonly profile: string;
  /** The extension page the API calls run in. */
  readonly extensionPage: Page;
}

export function wrapPlaywrightPage(page: Page): DriverPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    evaluateSource: (source) => page.evaluate(source),
    title: () => page.title(),
    screenshot: async (file) => {
      await page.screenshot({ path: file, fullPage: true });
    },
    reload: async () => {
      await page.reload({ waitUntil: "load" });
    },
    close: () => page.close(),
  };
}

/** A persistent Chromium profile with (or, for comparisons, without) the built extension. */
export async function launchChromiumContext(
  withExtension: boolean,
  options: ChromiumLaunchOptions = {},
): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "pg-chromium-"));
  const { locale, startUrl } = options;
  // Playwright takes no address on the command line: a page open at start is the last session's,
  // restored (--restore-last-session) from a first run of the same profile that opened it.
  const launch = (args: string[]) =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      ...(locale
        ? {
            locale,
            env: {
              ...process.env,
              LANGUAGE: locale.split("-")[0],
              LANG: `${locale.replace("-", "_")}.UTF-8`,
            },
          }
        : {}),
      args: [
        ...(withExtension
          ? [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`]
          : []),
        ...chromiumArgs(options),
        ...args,
      ],
    });
  if (startUrl) {
    const first = await launch([]);
    await (await first.newPage()).goto(startUrl, { waitUntil: "commit" });
    await first.close();
  }
  const context = await launch(startUrl ? ["--restore-last-session"] : []);
  const close = context.close.bind(context);
  context.close = async (closeOptions) => {
    await close(closeOptions);
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, profile };
}

export async function launchChromium(options: ChromiumLaunchOptions = {}): Promise<ChromiumDriver> {
  const { context, profile } = await launchChromiumContext(true, options);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}`;
  const backgroundErrors: string[] = [];
  worker.on("console", (msg) => msg.type() === "error" && backgroundErrors.push(`background: ${msg.text()}`));
  const extensionPage = await context.newPage();
  extensionPage.on("pageerror", (e) => backgroundErrors.push(`extension page: ${e.message}`));
  await extensionPage.goto(`${extensionOrigin}/popup.html?tab=999999`);
  return {
    name: "Chromium",
    context,
    worker,
    extensionId,
    profile,
    extensionPage,
    extensionOrigin,
    extensionIds: [extensionId],
    backgroundErrors,
    async restartBackground() {
      // Closing the worker's target over CDP stops it; the next message starts it again.
      const session = await context.newCDPSession(extensionPage);
      const { targetInfos } = (await session.send("Target.getTargets")) as {
        targetInfos: { targetId: string; type: string; url: string }[];
      };
      const sw = targetInfos.find((t) => t.type === "service_worker" && t.url.includes(extensionId));
      if (sw) await session.send("Target.closeTarget", { targetId: sw.targetId }).catch(() => null);
      await session.detach();
      await new Promise((r) => setTimeout(r, 500));
      return Boolean(sw);
    },
    async open(url, errors, openOptions = {}) {
      const page = await context.newPage();
      page.on("pageerror", (error) => {
        if (
          openOptions.allErrors ||
          /chrome-extension:|wxt|privacy.glance/i.test(`${error.message}\n${error.stack}`)
        )
          errors?.push(`${url}: ${error.message}`);
      });
      await page.goto(url, {
        waitUntil: openOptions.until ?? "load",
        timeout: openOptions.timeout ?? 60_000,
      });
      return wrapPlaywrightPage(page);
    },
    async openPopup(tabId, errors) {
      const popup = await context.newPage();
      popup.on("pageerror", (error) => errors?.push(`popup: ${error.message}`));
      popup.on("console", (m) => m.type() === "error" && errors?.push(`popup console: ${m.text()}`));
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`${extensionOrigin}/popup.html?tab=${tabId}`);
      return wrapPlaywrightPage(popup);
    },
    inExtension: (fn, arg) => extensionPage.evaluate(fn as (a: unknown) => unknown, arg) as never,
    close: () => context.close(),
  };
}
