// Issue 8, Firefox ESR over WebDriver BiDi (puppeteer-core): the same adversarial corpus as the
// Chromium suite (what both check the same way is in hostile.e2e.ts). Differences, stated honestly:
// - Firefox has no 'longtask' entries and no trace that names scripts: main-thread blocks are a 10 ms
//   heartbeat's stalls, compared with a second Firefox WITHOUT the extension (baseline), matched
//   longest-to-longest (attributableBlock). The real pages are served with their own scripts stopped
//   (CSP; content scripts are exempt). Even so, on two shared cores a busy machine alone stalls a
//   static page by 60–100 ms (seen here on the right-to-left and CJK pages, where the extension runs
//   nothing at all: their addresses and titles name no policy in a language it reads), so this
//   comparison can't judge 50 ms: the 50 ms rule is judged in Chromium,
//   whose trace names the extension's own tasks. Here every stall over 50 ms is reported, and a freeze
//   (over FREEZE_LIMIT_MS in each of three comparisons) fails the test.
// - BiDi cannot attach to the MV2 background page, so its traffic is not observed directly: the test
//   server's request log (every request to it must be explained by the page) and the bundle grep in
//   manifest.e2e.ts cover it; extension pages' requests are seen through puppeteer's 'request' events,
//   proven by a deliberate fetch.
import { existsSync } from "node:fs";
import type { Page, Browser as PuppeteerBrowser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { badgeOf, finalState, poll, sleep, type TabStateLike, tabIdOf } from "./driver";
import { type FirefoxDriver, launchFirefox, launchFirefoxBrowser } from "./firefox-driver";
import {
  attributableBlock,
  blocksAfterReady,
  type CorpusPage,
  HOSTILE_CORPUS,
  type HostileServer,
  parseWatch,
  READ_WATCH,
  startHostileServer,
  visitProblems,
  WATCH_SCRIPT,
  type WatchReport,
} from "./hostile-helpers";
import { dataDirIfPresent, FIREFOX, FIREFOX_BUILD, realPages } from "./paths";

/** Stalls over this are reported (the Chromium suite judges the extension's tasks against it). */
const BLOCK_LIMIT_MS = 50;
/** A stall the extension adds over this, in every comparison, is a freeze: the test fails. */
const FREEZE_LIMIT_MS = 250;
/** Comparisons with a fresh baseline a stall over the limit must survive to count (see checkPage). */
const BLOCK_ATTEMPTS = 3;
/** Real policies and real ordinary pages tried each (PG_HOSTILE_REAL=3 for a quicker run). */
const REAL_COUNT = Number(process.env.PG_HOSTILE_REAL ?? 10);
const dataDir = dataDirIfPresent();

describe.skipIf(!existsSync(FIREFOX) || !existsSync(FIREFOX_BUILD))("Firefox: hostile pages", () => {
  let driver: FirefoxDriver;
  let firefox: PuppeteerBrowser;
  let plain: PuppeteerBrowser;
  let server: HostileServer;
  let probe: Page;
  const extensionPageRequests: string[] = [];
  const tried: string[] = [];
  const blocks: { page: string; ms: number }[] = [];

  beforeAll(async () => {
    // Without an attributing trace, the real pages' own scripts would be noise here: they are stopped.
    server = await startHostileServer(dataDir, { realPageScripts: false });
    [driver, plain] = await Promise.all([launchFirefox(), launchFirefoxBrowser(false)]);
    ({ browser: firefox, probe } = driver);
    probe.on("request", (r) => {
      if (!r.url().startsWith("moz-extension:")) extensionPageRequests.push(r.url());
    });
  });

  afterAll(async () => {
    await driver?.close();
    await plain?.close();
    await server?.close();
    console.info(
      `firefox hostile: ${tried.length} pages tried:\n  ${tried.join("\n  ")}\n` +
        `stalls beyond the baseline (ms; over ${BLOCK_LIMIT_MS} reported, over ${FREEZE_LIMIT_MS} failed): ${JSON.stringify(blocks)}`,
    );
  });

  async function load(b: PuppeteerBrowser, url: string, errors: string[]): Promise<Page> {
    const page = await b.newPage();
    await page.evaluateOnNewDocument(WATCH_SCRIPT);
    // The pages' own errors (the hostile ones throw on purpose, saved real pages miss their scripts) are
    // not ours: only errors whose message or stack points at the extension count.
    page.on("pageerror", (e) => {
      const error = e as Error;
      if (/moz-extension:|wxt|privacy.glance/i.test(`${error.message}\n${error.stack ?? ""}`))
        errors.push(`pageerror: ${error.message}`);
    });
    page.on("console", (m) => {
      if (m.type() === "error" && /privacy.glance|wxt|moz-extension/i.test(m.text()))
        errors.push(`console: ${m.text()}`);
    });
    await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    return page;
  }

  async function readWatch(page: Page): Promise<WatchReport | null> {
    try {
      return parseWatch(await page.evaluate(READ_WATCH));
    } catch {
      return null;
    }
  }

  async function checkPage(page: CorpusPage, realPage = false): Promise<string[]> {
    const url = `${server.origin}${page.path}`;
    tried.push(page.path);
    const problems: string[] = [];
    const baseErrors: string[] = [];
    // Real pages load their own saved files: what a load WITHOUT the extension requests is theirs.
    let baseRequests = new Set<string>();
    if (realPage) {
      const start = server.requests.length;
      const basePage = await load(plain, url, baseErrors);
      await sleep(1_000);
      await basePage.close();
      baseRequests = new Set(server.requests.slice(start));
    }

    const before = server.requests.length;
    const p = await load(firefox, url, problems);
    const tabId = await tabIdOf(driver, url);
    let state: TabStateLike | null = null;
    if (page.policy !== false) {
      state = await finalState(driver, tabId, page.policy ? 20_000 : 2_500);
    }
    await sleep(page.policy ? 300 : 1_700);
    const watch = await readWatch(p);
    const badge = await badgeOf(driver, tabId).catch(() => "");
    await p.close();

    // The baseline (Firefox without the extension) is loaded only when a block over the limit is seen.
    let block = Math.max(0, ...blocksAfterReady(watch));
    // A stall over the limit is compared again, up to three times, each against a fresh baseline load;
    // the smallest is kept (a real one reproduces, a busy machine's rarely does).
    for (let attempt = 0; attempt < BLOCK_ATTEMPTS && block > BLOCK_LIMIT_MS; attempt++) {
      const basePage = await load(plain, url, baseErrors);
      await sleep(1_700);
      const base = blocksAfterReady(await readWatch(basePage));
      await basePage.close();
      let current = watch;
      if (attempt > 0) {
        const again = await load(firefox, url, []);
        await sleep(1_700);
        current = await readWatch(again);
        await again.close();
      }
      block = Math.min(block, attributableBlock(blocksAfterReady(current), base));
    }
    blocks.push({ page: page.path, ms: block });
    if (block > FREEZE_LIMIT_MS) problems.push(`main thread froze ${block} ms beyond the page's own`);
    problems.push(
      ...visitProblems(page, {
        watch,
        serverRequests: server.requests.slice(before),
        baseRequests: realPage ? baseRequests : null,
        state,
        badge,
        extensionIds: driver.extensionIds,
      }),
    );
    return problems;
  }

  it("extension pages' requests are seen (deliberate probe)", async () => {
    const url = `${server.origin}/probe/from-extension-page`;
    await probe.evaluate((u) => fetch(u).then(() => "ok"), url);
    await poll(async () => extensionPageRequests.includes(url), 3_000, 100);
    expect(extensionPageRequests).toContain(url);
    expect(server.requests).toContain("/probe/from-extension-page");
    extensionPageRequests.length = 0;
  });

  it("adversarial corpus and real pages: no errors, no freezes, no DOM changes, no leaks", async () => {
    const real = dataDir ? realPages(dataDir, REAL_COUNT) : { policies: [], ordinary: [] };
    const pages: [CorpusPage, boolean][] = [
      // Big-text is left to Chromium: 20 MB twice more per run would break the time budget here.
      ...HOSTILE_CORPUS.filter((p) => p.path !== "/gen/big-text.html").map(
        (p) => [p, false] as [CorpusPage, boolean],
      ),
      ...real.policies.map(
        (f) =>
          [{ path: `/data/${f}`, scripted: true, policy: true, loads: [] }, true] as [CorpusPage, boolean],
      ),
      ...real.ordinary.map(
        (f) =>
          [{ path: `/data/${f}`, scripted: true, policy: false, loads: [] }, true] as [CorpusPage, boolean],
      ),
    ];
    const failures: Record<string, string[]> = {};
    const selfRedirecting: string[] = [];
    for (const [page, isReal] of pages) {
      try {
        const problems = await checkPage(page, isReal);
        if (problems.length) failures[page.path] = problems;
      } catch (error) {
        // A saved real page that sends itself elsewhere (to a host this closed network rejects) never
        // finishes loading here: that is the page's doing, so it is set aside and named, not failed.
        if (isReal && /Address rejected/.test(String(error))) selfRedirecting.push(page.path);
        else failures[page.path] = [`threw: ${String(error).slice(0, 300)}`];
      }
    }
    if (selfRedirecting.length)
      console.log(`set aside (the page navigates away by itself): ${selfRedirecting}`);
    expect(failures).toEqual({});
  }, 600_000);

  it("extension pages made no network requests", () => {
    expect(extensionPageRequests).toEqual([]);
  });
});
