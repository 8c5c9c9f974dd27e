// Says vs does in the BUILT extension, in real Chromium and Firefox: a policy page that loads Google
// Analytics, Hotjar and the Meta pixel, with a policy naming only Google Analytics, and another page of
// the same site that loads Segment. Every host resolves to this machine (Chromium --host-resolver-rules,
// Firefox network.dns.forceResolve) and this file's server answers all of them: no request leaves.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROME_BUILD, CHROMIUM, FIREFOX, FIREFOX_BUILD } from "./paths";

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/third-parties");
const SITE_HOST = "www.kettle-and-crumb.com";
const TRACKER_HOSTS = [
  "www.google-analytics.com",
  "static.hotjar.com",
  "connect.facebook.net",
  "www.facebook.com",
  "cdn.segment.com",
];

/** The rows the policy page's popup must show, in order: not named first (this page's, then other pages'). */
const EXPECTED_ROWS = [
  ["Hotjar", "no"],
  ["Meta Pixel", "no"],
  ["Segment", "no"],
  ["Google Analytics", "yes"],
];

interface LocalSite {
  origin: string;
  /** Host header of every request answered, pages and trackers. */
  hosts: string[];
  close(): Promise<void>;
}

/** A throwaway self-signed certificate (the browsers are told to accept it). */
function throwawayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pg-third-cert-"));
  const [key, cert] = [path.join(dir, "key.pem"), path.join(dir, "cert.pem")];
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      key,
      "-out",
      cert,
      "-days",
      "1",
      "-subj",
      "/CN=localhost",
    ],
    { stdio: "ignore" },
  );
  const pair = { key: readFileSync(key), cert: readFileSync(cert) };
  rmSync(dir, { recursive: true, force: true });
  return pair;
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );

/** The site's pages over HTTP (tracker addresses pointed at the HTTPS port) and an empty answer for every tracker. */
async function startLocalSite(): Promise<LocalSite> {
  const hosts: string[] = [];
  const record = (req: IncomingMessage) => hosts.push((req.headers.host ?? "").replace(/:\d+$/, ""));
  const trackers = createTlsServer(throwawayCertificate(), (req: IncomingMessage, res: ServerResponse) => {
    record(req);
    if ((req.url ?? "").split("?")[0]?.endsWith(".js"))
      res.writeHead(200, { "content-type": "text/javascript" }).end("/* answered on this machine */");
    else res.writeHead(204).end();
  });
  const trackerPort = await listen(trackers);
  const pages = createServer((req, res) => {
    record(req);
    const file = path.join(FIXTURES, path.basename(new URL(req.url ?? "/", "http://local").pathname));
    if (!file.endsWith(".html") || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const pattern = new RegExp(
      `https://(${TRACKER_HOSTS.map((h) => h.replace(/\./g, "\\.")).join("|")})/`,
      "g",
    );
    const html = readFileSync(file, "utf8").replace(pattern, `https://$1:${trackerPort}/`);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  const pagePort = await listen(pages);
  const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));
  return {
    origin: `http://${SITE_HOST}:${pagePort}`,
    hosts,
    close: async () => {
      await close(pages);
      await close(trackers);
    },
  };
}

async function poll<T>(check: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < until) {
    try {
      last = await check();
      if (last) return last;
    } catch {
      // still loading
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return last as T;
}

/** Runs in the popup: its third-party rows, once shown. */
const READ_ROWS = () =>
  [...document.querySelectorAll("[data-third-party]")].map((row) => [
    row.getAttribute("data-third-party") ?? "",
    row.getAttribute("data-named") ?? "",
  ]);

// The WebExtension APIs as seen from an extension page.
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(id: number, m: object, o: object): Promise<{ elapsedMs?: number; urls?: string[] }>;
  };
  storage: { local: { get(key: string): Promise<Record<string, Record<string, unknown[]>>> } };
};
declare const browser: typeof chrome;

describe.skipIf(!existsSync(CHROMIUM) || !existsSync(CHROME_BUILD))(
  "Chromium: third parties beside the policy",
  () => {
    let context: BrowserContext;
    let worker: Worker;
    let site: LocalSite;
    let extensionId: string;
    let profile: string;

    beforeAll(async () => {
      site = await startLocalSite();
      profile = mkdtempSync(path.join(os.tmpdir(), "pg-third-chromium-"));
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          `--disable-extensions-except=${CHROME_BUILD}`,
          `--load-extension=${CHROME_BUILD}`,
          // Every host name resolves to this machine; the port in each address is this file's server.
          "--host-resolver-rules=MAP * 127.0.0.1",
          "--ignore-certificate-errors",
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
    });

    afterAll(async () => {
      await context?.close();
      await site?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    });

    const tabIdOf = (url: string) =>
      poll(() =>
        worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? 0, url),
      );

    async function popupFor(tabId: number): Promise<Page> {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    }

    it("remembers what another page of the site loaded when its popup opens", async () => {
      const page = await context.newPage();
      await page.goto(`${site.origin}/shop.html`, { waitUntil: "load" });
      const popup = await popupFor(await tabIdOf(`${site.origin}/shop.html`));
      const remembered = await poll(() =>
        popup.evaluate(async () => {
          const { thirdPartyMemory } = await chrome.storage.local.get("thirdPartyMemory");
          const seen = thirdPartyMemory?.["kettle-and-crumb.com"];
          return seen ? JSON.stringify(seen) : null;
        }),
      );
      expect(remembered).toContain("segment.com");
      // An ordinary page: no rows, the page was only listed.
      expect(await popup.evaluate(READ_ROWS)).toEqual([]);
      await popup.close();
      await page.close();
    });

    it("shows the rows on the policy page: Hotjar and the Meta pixel not named, Google Analytics named", async () => {
      const url = `${site.origin}/privacy.html`;
      const page = await context.newPage();
      await page.goto(url, { waitUntil: "load" });
      const tabId = await tabIdOf(url);
      const popup = await popupFor(tabId);
      await popup.waitForSelector('[data-state="analysed"]', { timeout: 20_000 });
      const rows = await poll(async () => {
        const found = await popup.evaluate(READ_ROWS);
        return found.length >= EXPECTED_ROWS.length ? found : null;
      });
      expect(rows).toEqual(EXPECTED_ROWS);
      const named = popup.locator('[data-third-party="Google Analytics"] blockquote');
      await expect(named.textContent()).resolves.toContain("We use Google Analytics");
      await expect(popup.locator('[data-third-party="Hotjar"]').textContent()).resolves.toContain(
        "This page loaded Hotjar.",
      );
      await expect(popup.locator('[data-third-party="Segment"]').textContent()).resolves.toContain(
        "Other pages of this site",
      );

      // The listing the popup asked for, measured on the page's main thread (reported, not asserted).
      const listing = await worker.evaluate(
        (id) => chrome.tabs.sendMessage(id, { type: "list-loaded" }, { frameId: 0 }),
        tabId,
      );
      console.log(
        `chromium: listing ${listing.urls?.length} addresses took ${listing.elapsedMs?.toFixed(2)} ms`,
      );
      await popup.close();
      await page.close();
    });

    it("answered every tracker request on this machine", () => {
      for (const host of TRACKER_HOSTS.filter((h) => h !== "www.facebook.com"))
        expect(site.hosts).toContain(host);
    });
  },
);

const GECKO_ID = "privacy-glance@privacy-glance.dev";
const UUID = "8c1f2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";
const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

describe.skipIf(!existsSync(FIREFOX) || !existsSync(FIREFOX_BUILD))(
  "Firefox: third parties beside the policy",
  () => {
    let firefox: PuppeteerBrowser;
    let site: LocalSite;
    let probe: PuppeteerPage;

    beforeAll(async () => {
      site = await startLocalSite();
      firefox = await puppeteer.launch({
        browser: "firefox",
        executablePath: FIREFOX,
        headless: true,
        // The trackers' throwaway certificate.
        acceptInsecureCerts: true,
        args: ["-remote-allow-system-access"],
        extraPrefsFirefox: {
          "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: UUID }),
          "network.proxy.type": 0,
          // Every host name resolves to this machine; the port in each address is this file's server.
          "network.dns.forceResolve": "127.0.0.1",
          "network.trr.mode": 5,
          "dom.security.https_first": false,
        },
      });
      await firefox.installExtension(FIREFOX_BUILD);
      probe = await firefox.newPage();
      probe.goto(`${EXTENSION_ORIGIN}/popup.html?tab=0`).catch(() => {});
      await poll(() => probe.evaluate(() => typeof browser !== "undefined" && Boolean(browser.tabs)));
    });

    afterAll(async () => {
      await firefox?.close();
      await site?.close();
    });

    const tabIdOf = (url: string) =>
      poll(() =>
        probe.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id ?? 0, url),
      );

    async function popupFor(tabId: number): Promise<PuppeteerPage> {
      const popup = await firefox.newPage();
      popup.goto(`${EXTENSION_ORIGIN}/popup.html?tab=${tabId}`).catch(() => {});
      return popup;
    }

    it("remembers the site's other page, then shows the policy page's rows", async () => {
      const shop = await firefox.newPage();
      await shop.goto(`${site.origin}/shop.html`, { waitUntil: "load" });
      const shopPopup = await popupFor(await tabIdOf(`${site.origin}/shop.html`));
      const remembered = await poll(() =>
        shopPopup.evaluate(async () => {
          const { thirdPartyMemory } = await browser.storage.local.get("thirdPartyMemory");
          const seen = thirdPartyMemory?.["kettle-and-crumb.com"];
          return seen ? JSON.stringify(seen) : null;
        }),
      );
      expect(remembered).toContain("segment.com");
      await shopPopup.close();
      await shop.close();

      const url = `${site.origin}/privacy.html`;
      const page = await firefox.newPage();
      await page.goto(url, { waitUntil: "load" });
      const tabId = await tabIdOf(url);
      const popup = await popupFor(tabId);
      const rows = await poll(async () => {
        const found = await popup.evaluate(READ_ROWS);
        return found.length >= EXPECTED_ROWS.length ? found : null;
      }, 30_000);
      expect(rows).toEqual(EXPECTED_ROWS);
      const listing = await probe.evaluate(
        (id) => browser.tabs.sendMessage(id, { type: "list-loaded" }, { frameId: 0 }),
        tabId,
      );
      console.log(
        `firefox: listing ${listing.urls?.length} addresses took ${listing.elapsedMs?.toFixed(2)} ms`,
      );
      await popup.close();
      await page.close();
    });

    it("answered every tracker request on this machine", () => {
      for (const host of TRACKER_HOSTS.filter((h) => h !== "www.facebook.com"))
        expect(site.hosts).toContain(host);
    });
  },
);
