// Every popup state, in light and dark, in real Chromium: the popup's App rendered from the test
// fixtures through the fake connector (nothing of this ships in the extension), screenshotted and
// checked with axe-core. Used by test/e2e/popup-states.e2e.ts and `npm run screenshots:states`.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { chromium, type Page } from "playwright-core";
import { build } from "vite";
import { CHROMIUM_ARGS, wrapPlaywrightPage } from "./chromium-driver";
import type { DriverPage } from "./driver";
import { CHROMIUM } from "./paths";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * state name (as in the file name) → what to do in the page before the screenshot, and what the
 * state's text must say (`says`).
 */
const STATES: { name: string; expand?: string[]; clickQuote?: string; says?: RegExp }[] = [
  { name: "loading" },
  { name: "analysing" },
  { name: "analysed" },
  { name: "analysed-expanded", expand: ["cookies", "optOut"], clickQuote: "cookies" },
  { name: "analysed-long-text", expand: ["cookies", "optOut"] },
  { name: "analysed-from-policy-link", expand: ["cookies"] },
  {
    name: "analysed-not-policy",
    says: /doesn't look like a privacy policy.*This page doesn't mention it\./s,
  },
  { name: "not-policy" },
  { name: "not-policy-with-link" },
  {
    name: "not-policy-with-other-site-link",
    says: /on example-group\.com.*Analyse example-group\.com's privacy policy/s,
  },
  { name: "detected-not-analysed" },
  { name: "too-large" },
  { name: "error" },
  { name: "error-policy-link" },
  { name: "no-answer" },
  { name: "unsupported" },
  { name: "disabled" },
  {
    name: "disabled-by-parent",
    says: /off on shop\.example\.com.*turned it off for example\.com and its subdomains.*Turn on for example\.com/s,
  },
];

const DEMO_MAIN = `
import { render } from "preact";
import { App } from "@/entrypoints/popup/App";
import { NoAnswerError } from "@/entrypoints/popup/time-limit";
import { Options } from "@/entrypoints/options/Options";
import { lookupFromMessages, setMessageLookup } from "@/lib/i18n";
import { fakeConnector } from "@/test/popup/fake-connector";
import {
  homePageFixture,
  longTextSummary,
  pageInfoFixture,
  sitePolicyStateFixture,
  tabStateFixture,
} from "@/test/popup/fixtures";
import messages from "@/public/_locales/en/messages.json";
import "@/components/theme.css";
import popupCss from "@/entrypoints/popup/popup.css?inline";
import optionsCss from "@/entrypoints/options/options.css?inline";

setMessageLookup(lookupFromMessages(messages));
const ordinary = pageInfoFixture({ url: "https://shop.example.com/cart", detection: { isPolicy: false, score: 0.1, reasons: [] } });
const DEMOS = {
  loading: {},
  analysing: { state: tabStateFixture({ status: "analysing", summary: null }) },
  analysed: { state: tabStateFixture(), page: pageInfoFixture() },
  "analysed-expanded": { state: tabStateFixture(), page: pageInfoFixture(), highlightFound: false },
  "analysed-long-text": { state: tabStateFixture({ summary: longTextSummary() }), page: pageInfoFixture() },
  "analysed-from-policy-link": { state: sitePolicyStateFixture(), page: homePageFixture() },
  "analysed-not-policy": {
    state: tabStateFixture({ trigger: "user", url: ordinary.url, title: "Shop", detection: ordinary.detection }),
    page: ordinary,
  },
  "not-policy": { page: ordinary },
  "not-policy-with-link": { page: { ...ordinary, policyLink: "https://shop.example.com/privacy" } },
  "not-policy-with-other-site-link": { page: { ...ordinary, policyLink: "https://www.example-group.com/privacy" } },
  "detected-not-analysed": { page: pageInfoFixture(), settings: { autoDetect: false, disabledSites: [] } },
  "too-large": { state: tabStateFixture({ status: "too-large", summary: null }) },
  error: { state: tabStateFixture({ status: "error", summary: null, error: "The page took too long to answer." }) },
  "error-policy-link": {
    state: sitePolicyStateFixture({ status: "error", summary: null, error: "The policy page https://shop.example.com/privacy answered 404." }),
    page: homePageFixture(),
  },
  unsupported: { page: null },
  disabled: { page: pageInfoFixture(), settings: { autoDetect: true, disabledSites: ["shop.example.com"] } },
  "disabled-by-parent": { page: pageInfoFixture(), settings: { autoDetect: true, disabledSites: ["example.com"] } },
};
const name = new URLSearchParams(location.search).get("state") ?? "analysed";
const connector = fakeConnector({ ...(DEMOS[name] ?? {}), openedForTab: false });
if (name === "loading") connector.tabId = () => new Promise(() => {});
if (name === "no-answer") connector.tabState = () => Promise.reject(new NoAnswerError("get-tab-state", 5000));
connector.analyse = () => new Promise(() => {});
document.documentElement.lang = "en";
const style = document.createElement("style");
style.textContent = name === "options" ? optionsCss : popupCss;
document.head.append(style);
if (name === "options") {
  const settings = {
    autoDetect: true,
    disabledSites: ["127.0.0.1", "news.example.org", "shop.example.com", "a-very-long-subdomain-name-for-testing-wrapping.of-a-site-with-a-long-name.example.com"],
  };
  const store = { load: async () => settings, save: async () => {}, clearResults: async () => {}, watch: () => () => {} };
  render(<Options store={store} />, document.getElementById("app"));
} else {
  render(<App connector={connector} />, document.getElementById("app"));
}
`;

// The demo has no extension storage: lib/storage's items get an inert stand-in (the fake connector
// holds the settings).
const STORAGE_STUB = `
const item = { getValue: async () => undefined, setValue: async () => {}, watch: () => () => {} };
export const storage = { defineItem: () => item };
`;

async function buildDemo(dir: string): Promise<string> {
  writeFileSync(path.join(dir, "main.tsx"), DEMO_MAIN);
  writeFileSync(path.join(dir, "storage-stub.ts"), STORAGE_STUB);
  writeFileSync(
    path.join(dir, "index.html"),
    readFileSync(path.join(root, "entrypoints/popup/index.html"), "utf8").replace(
      /<meta name="manifest[^>]*>\n?/g,
      "",
    ),
  );
  const dist = path.join(dir, "dist");
  await build({
    root: dir,
    logLevel: "warn",
    configFile: false,
    plugins: [preact()],
    resolve: { alias: { "@": root, "wxt/utils/storage": path.join(dir, "storage-stub.ts") } },
    build: { outDir: dist, emptyOutDir: true },
  });
  return dist;
}

/** A page wider than its viewport: something in it doesn't wrap, and the popup would scroll sideways. */
export async function horizontalOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement;
    return scrollWidth > clientWidth ? `page is ${scrollWidth}px wide in a ${clientWidth}px viewport` : null;
  });
}

const AXE_SOURCE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Runs axe-core (WCAG 2 A/AA rules) in the page; returns one line per violation. */
export async function axeViolations(page: DriverPage): Promise<string[]> {
  // Evaluated over the browser's remote protocol: the extension's strict CSP rightly refuses an injected <script>.
  if (!(await page.evaluate(() => "axe" in window, undefined)))
    await page.evaluateSource(readFileSync(AXE_SOURCE, "utf8"));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, undefined);
}

export interface StatesReport {
  files: string[];
  /** One line per axe-core violation or page error; empty when every state is clean. */
  problems: string[];
}

export async function capturePopupStates(outDir: string): Promise<StatesReport> {
  const files: string[] = [];
  const problems: string[] = [];
  // Inside the project, so the demo's imports (preact, wxt) resolve from node_modules.
  const cache = path.join(root, "node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(path.join(cache, "popup-states-"));
  const dist = await buildDemo(work);
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://x").pathname;
    const file = path.join(dist, pathname === "/" ? "index.html" : pathname);
    if (!file.startsWith(dist)) return void res.writeHead(404).end();
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      return void res.writeHead(404).end();
    }
    const type = file.endsWith(".js") ? "text/javascript" : file.endsWith(".css") ? "text/css" : "text/html";
    res.writeHead(200, { "content-type": type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  mkdirSync(outDir, { recursive: true });
  try {
    for (const theme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport: { width: 380, height: 300 }, colorScheme: theme });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      for (const state of STATES) {
        await page.goto(`${origin}/?state=${state.name}`);
        await page.waitForSelector("[data-state]");
        if (state.says) {
          const text = (await page.textContent("[data-state]")) ?? "";
          if (!state.says.test(text))
            problems.push(`${state.name} (${theme}): says "${text}", not ${state.says}`);
        }
        for (const finding of state.expand ?? [])
          await page.click(`[data-finding="${finding}"] button[aria-expanded]`);
        if (state.clickQuote) await page.click(`[data-finding="${state.clickQuote}"] .evidence__quote`);
        if (state.expand) await page.keyboard.press("Tab"); // show a focus ring in the picture
        for (const violation of await axeViolations(wrapPlaywrightPage(page)))
          problems.push(`${state.name} (${theme}): ${violation}`);
        const overflow = await horizontalOverflow(page);
        if (overflow) problems.push(`${state.name} (${theme}): ${overflow}`);
        const file = path.join(outDir, `${state.name}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        files.push(file);
      }
      await page.close();
      const options = await browser.newPage({ viewport: { width: 720, height: 400 }, colorScheme: theme });
      await options.goto(`${origin}/?state=options`);
      await options.waitForSelector("#auto-detect");
      // What each listed site covers: a site its subdomains, an address only itself.
      const scopes = await options.$$eval(".sites__item", (rows) =>
        rows.map(
          (row) =>
            `${row.querySelector(".sites__name")?.textContent}:${row.querySelector(".sites__scope") ? "+" : "="}`,
        ),
      );
      if (
        scopes.join(" ") !==
        "127.0.0.1:= news.example.org:+ shop.example.com:+ a-very-long-subdomain-name-for-testing-wrapping.of-a-site-with-a-long-name.example.com:+"
      )
        problems.push(`options (${theme}): sites listed as ${scopes.join(" ")}`);
      for (const violation of await axeViolations(wrapPlaywrightPage(options)))
        problems.push(`options (${theme}): ${violation}`);
      const overflow = await horizontalOverflow(options);
      if (overflow) problems.push(`options (${theme}): ${overflow}`);
      const file = path.join(outDir, `options-${theme}.png`);
      await options.screenshot({ path: file, fullPage: true });
      files.push(file);
      await options.close();
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
  return { files, problems };
}
