// Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core: the built extension's cost on
// ordinary pages (CDP trace of the detector content script), page load with vs without the extension,
// the page harness for the pipeline stages, and the service worker's heap.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";
import {
  COMPILE_CATEGORY,
  frameUrls,
  type ScriptTask,
  scriptTasks,
  traceEvents,
} from "../lib/script-trace.ts";
import { type HarnessBundle, sourceOfLine } from "./bundle.ts";
import type {
  BenchApi,
  ExtractBreakdown,
  ModelLoadTimes,
  PageSideRun,
  PipelineRun,
  ReaderRun,
} from "./types.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface Browser {
  context: BrowserContext;
  /** The extension's service worker (null without the extension). */
  worker: Worker | null;
  extensionId: string | null;
  close(): Promise<void>;
}

const BASE_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // Saved pages reference the live web: fail those requests at once so load times measure this machine.
  "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
];

export async function launch(extensionDir: string | null): Promise<Browser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "pg-bench-"));
  const args = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...BASE_ARGS]
    : BASE_ARGS;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
  });
  let worker: Worker | null = null;
  if (extensionDir) {
    worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15_000 }));
  }
  return {
    context,
    worker,
    extensionId: worker ? new URL(worker.url()).host : null,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// The detector content script, measured from a CDP trace.

export interface DetectorPageCost {
  url: string;
  tasks: ScriptTask[];
}

/**
 * Loads `urls` in tabs of the extension's browser (`batch` at a time) under one trace, keeps each tab
 * `settleMs` after its load event (the detector looks again 1.5 s and 5 s after starting), and returns
 * every top-level task (EvaluateScript / FunctionCall) whose script is one of `scripts`, per page.
 */
export async function detectorCost(
  browser: Browser,
  urls: readonly string[],
  options: { batch: number; settleMs: number; scripts: readonly string[] },
): Promise<DetectorPageCost[]> {
  const scriptUrls = new Set(options.scripts.map((f) => `chrome-extension://${browser.extensionId}/${f}`));
  const control = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(control);
  const events = await traceEvents(cdp, async () => {
    for (let i = 0; i < urls.length; i += options.batch) {
      const batch = urls.slice(i, i + options.batch);
      const pages = await Promise.all(
        batch.map(async (url) => {
          const page = await browser.context.newPage();
          await page.goto(url, { waitUntil: "load", timeout: 30_000 }).catch(() => {});
          return page;
        }),
      );
      await new Promise((r) => setTimeout(r, options.settleMs));
      await Promise.all(pages.map((p) => p.close()));
    }
  }, [COMPILE_CATEGORY]);
  await cdp.detach();
  await control.close();

  // A tab's main frame keeps its id across its one navigation.
  const frameUrl = frameUrls(events, urls);
  const byUrl = new Map<string, ScriptTask[]>(urls.map((u) => [u, []]));
  for (const task of scriptTasks(events, scriptUrls)) {
    const url = frameUrl.get(task.frame);
    if (url) byUrl.get(url)?.push(task);
  }
  return urls.map((url) => ({ url, tasks: byUrl.get(url) ?? [] }));
}

// ---------------------------------------------------------------------------------------------------
// Page load with and without the extension.

export interface LoadPair {
  url: string;
  withMs: number;
  withoutMs: number;
}

async function loadTime(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: "load", timeout: 30_000 });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    return nav ? nav.loadEventEnd - nav.startTime : Number.NaN;
  });
}

/** Each page once in each browser, alternating which goes first; load event end from Navigation Timing. */
export async function loadComparison(
  withExt: Browser,
  withoutExt: Browser,
  urls: readonly string[],
): Promise<LoadPair[]> {
  const a = await withExt.context.newPage();
  const b = await withoutExt.context.newPage();
  // Warm both browsers' caches and code paths on one page first.
  if (urls[0]) await Promise.all([loadTime(a, urls[0]), loadTime(b, urls[0])]);
  const pairs: LoadPair[] = [];
  for (const [i, url] of urls.entries()) {
    try {
      let withMs: number;
      let withoutMs: number;
      if (i % 2 === 0) {
        withMs = await loadTime(a, url);
        withoutMs = await loadTime(b, url);
      } else {
        withoutMs = await loadTime(b, url);
        withMs = await loadTime(a, url);
      }
      if (Number.isFinite(withMs) && Number.isFinite(withoutMs)) pairs.push({ url, withMs, withoutMs });
    } catch {
      // A page that does not load in time is left out of both columns.
    }
  }
  await a.close();
  await b.close();
  return pairs;
}

// ---------------------------------------------------------------------------------------------------
// The pipeline harness in policy pages.

export interface PolicyPageResult {
  url: string;
  /** Model load in the reader page; only the first page's is a real load (later pages reuse it). */
  modelLoad: ModelLoadTimes | null;
  /** The first run on this page (for the first page: cold code in a fresh reader). */
  first: PipelineRun;
  /** Every run, first included. */
  runs: PipelineRun[];
  readabilityMs: number[];
  breakdown: ExtractBreakdown;
  /** Both pages were cross-origin isolated (5 µs performance.now(); else 100 µs). */
  isolated: boolean;
}

declare global {
  interface Window {
    __pgBench?: BenchApi;
  }
}

export interface ProfileNode {
  id: number;
  callFrame: {
    functionName: string;
    url: string;
    lineNumber: number;
    columnNumber: number;
    scriptId: string;
  };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Self time (ms) per function, summed over profiles. */
export type SelfTimes = Map<string, number>;

function addSelfTimes(profile: CpuProfile, bundle: HarnessBundle, into: SelfTimes): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i] ?? -1);
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    if (!node) continue;
    const f = node.callFrame;
    const where =
      f.url === "" && f.scriptId !== "0" ? sourceOfLine(bundle, f.lineNumber) : f.url || "(native)";
    const key = `${f.functionName || "(anonymous)"}  ${where}`;
    into.set(key, (into.get(key) ?? 0) + dt);
  }
}

/** An empty page standing in for the extension's long-lived reader (offscreen document + background). */
const READER_PATH = "/__bench-reader";
const ISOLATION_HEADERS = {
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-embedder-policy": "require-corp",
};

/**
 * performance.now() is coarsened to 100 µs in an ordinary page, too coarse for stages of a fraction
 * of a millisecond. Served cross-origin isolated (COOP + COEP headers on the document), a page gets
 * 5 µs timers. The saved pages' other requests fail anyway (--host-resolver-rules).
 */
async function isolate(page: Page): Promise<void> {
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.resourceType() !== "document") return route.continue();
    if (new URL(request.url()).pathname === READER_PATH)
      return route.fulfill({
        contentType: "text/html",
        body: "<!doctype html><title>reader</title>",
        headers: ISOLATION_HEADERS,
      });
    try {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...ISOLATION_HEADERS } });
    } catch {
      await route.abort().catch(() => {});
    }
  });
}

/**
 * Times the pipeline where the extension runs it, on each policy page of `urls` (in `browser`
 * without the extension: its own analysis would compete for the CPU):
 * - in the policy page itself (harness evaluated afresh per page, like the injected scripts): detect,
 *   and serialising the HTML the extension sends (lib/page-html.ts);
 * - in one long-lived reader page (harness and model loaded once, like the offscreen document and the
 *   background): parse that HTML, extract, segment, classify, summarize; and Readability alone on a
 *   fresh parse of the whole page's HTML, `reps` times each, alternating which goes first.
 * With `profile`, a CDP CPU profile covers the reader's runs.
 */
export async function runPolicies(
  browser: Browser,
  bundle: HarnessBundle,
  urls: readonly string[],
  options: { reps: number; profile: SelfTimes | null; onPage?: (i: number) => void },
): Promise<PolicyPageResult[]> {
  const results: PolicyPageResult[] = [];
  const page = await browser.context.newPage();
  const reader = await browser.context.newPage();
  await isolate(page);
  await isolate(reader);
  const origin = new URL(urls[0] ?? "http://127.0.0.1/").origin;
  await reader.goto(`${origin}${READER_PATH}`);
  await reader.evaluate(bundle.code);
  const readerIsolated = await reader.evaluate(() => globalThis.crossOriginIsolated === true);
  const cdp = options.profile ? await browser.context.newCDPSession(reader) : null;
  if (cdp) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  }
  let modelLoaded = false;
  for (const [i, url] of urls.entries()) {
    options.onPage?.(i);
    try {
      await page.goto(url, { waitUntil: "load", timeout: 30_000 });
    } catch {
      continue;
    }
    await page.evaluate(bundle.code);
    const isolated = readerIsolated && (await page.evaluate(() => globalThis.crossOriginIsolated === true));
    const pageSide = await page.evaluate(
      // Inline only: the callback is serialised into the page (no helpers from this file).
      ({ pageUrl, reps }) => {
        const api = window.__pgBench as BenchApi;
        const runs: PageSideRun[] = [];
        for (let r = 0; r < reps; r++) runs.push(api.runPageSide(pageUrl, r === 0));
        return runs;
      },
      { pageUrl: url, reps: options.reps },
    );
    const html = pageSide[0]?.html ?? "";
    const wholeHtml = pageSide[0]?.wholeHtml ?? "";
    const modelLoad = modelLoaded
      ? null
      : await reader.evaluate(() => (window.__pgBench as BenchApi).loadModel());
    modelLoaded = true;
    if (cdp) await cdp.send("Profiler.start");
    const measured = await reader.evaluate(
      ({ reps, pageHtml, wholeHtml, odd }) => {
        const api = window.__pgBench as BenchApi;
        const runs: ReaderRun[] = [];
        const readabilityMs: number[] = [];
        for (let r = 0; r < reps; r++) {
          if ((r + (odd ? 1 : 0)) % 2 === 0) {
            runs.push(api.runReader(pageHtml));
            readabilityMs.push(api.runReadability(wholeHtml));
          } else {
            readabilityMs.push(api.runReadability(wholeHtml));
            runs.push(api.runReader(pageHtml));
          }
        }
        return { runs, readabilityMs, breakdown: api.extractBreakdown(pageHtml) };
      },
      { reps: options.reps, pageHtml: html, wholeHtml, odd: i % 2 === 1 },
    );
    if (cdp && options.profile) {
      const { profile } = await cdp.send("Profiler.stop");
      addSelfTimes(profile as unknown as CpuProfile, bundle, options.profile);
    }
    const runs = measured.runs.map((run, r) => composeRun(pageSide[r] ?? pageSide[0], run));
    const first = runs[0];
    const { readabilityMs, breakdown } = measured;
    if (first) results.push({ url, modelLoad, first, runs, readabilityMs, breakdown, isolated });
  }
  await cdp?.detach();
  await page.close();
  await reader.close();
  return results;
}

function composeRun(side: PageSideRun | undefined, run: ReaderRun): PipelineRun {
  const detect = side?.detect ?? 0;
  const total = detect + run.extract + run.segment + run.classify + run.summarize;
  return {
    times: {
      detect,
      extract: run.extract,
      segment: run.segment,
      classify: run.classify,
      summarize: run.summarize,
      total,
    },
    transport: { serialize: side?.serialize ?? 0, parse: run.parse },
    segments: run.segments,
    method: run.method,
    status: run.status,
    isPolicy: side?.isPolicy ?? false,
  };
}

// ---------------------------------------------------------------------------------------------------
// The service worker's heap.

export interface HeapUsage {
  usedSize: number;
  totalSize: number;
}

/** Runtime.getHeapUsage on the service worker target (after a forced GC), via the Target domain. */
export async function workerHeap(browser: Browser): Promise<HeapUsage> {
  // Right after launch the worker may not have run its script yet (one run read 0.25 MB, not 1.5).
  await browser.worker?.evaluate(() => true);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const cdp = await browser.context.newCDPSession(page);
  const { targetInfos } = await cdp.send("Target.getTargets");
  const sw = targetInfos.find((t) => t.type === "service_worker" && t.url.startsWith("chrome-extension://"));
  if (!sw) throw new Error("service worker target not found");
  const { sessionId } = await cdp.send("Target.attachToTarget", { targetId: sw.targetId, flatten: false });
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  cdp.on("Target.receivedMessageFromTarget", (e) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.error ? new Error(msg.error.message) : msg.result);
  });
  const send = (method: string): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (r) => (r instanceof Error ? reject(r) : resolve(r)));
      cdp
        .send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method }) })
        .catch(reject);
    });
  await send("HeapProfiler.enable");
  await send("HeapProfiler.collectGarbage");
  const usage = (await send("Runtime.getHeapUsage")) as HeapUsage;
  await cdp.send("Target.detachFromTarget", { sessionId });
  await cdp.detach();
  return usage;
}

/** Opens a policy page in the extension's browser and waits until the background has analysed it. */
export async function analysePolicyPage(browser: Browser, url: string, timeoutMs = 15_000): Promise<number> {
  const worker = browser.worker;
  if (!worker) throw new Error("no service worker");
  const page = await browser.context.newPage();
  const t0 = performance.now();
  await page.goto(url, { waitUntil: "load" });
  const until = Date.now() + timeoutMs;
  for (;;) {
    const badge = await worker.evaluate(async (u) => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const [tab] = await api.tabs.query({ url: u });
      return tab?.id === undefined ? "" : api.action.getBadgeText({ tabId: tab.id });
    }, url);
    if (badge && badge !== "…") break;
    if (Date.now() > until) throw new Error(`no badge on ${url} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const elapsed = performance.now() - t0;
  await page.close();
  return elapsed;
}

interface ChromeApi {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}

/**
 * CPU profile of the extension's content script while `urls` load (one tab each), for `--profile`:
 * self time per function of scripts whose URL starts with the extension's origin.
 */
export async function profileDetector(
  browser: Browser,
  urls: readonly string[],
  into: SelfTimes,
): Promise<void> {
  const prefix = `chrome-extension://${browser.extensionId}/`;
  for (const url of urls) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
    await cdp.send("Profiler.start");
    await page.goto(url, { waitUntil: "load", timeout: 30_000 }).catch(() => {});
    await new Promise((r) => setTimeout(r, 300));
    const { profile } = await cdp.send("Profiler.stop");
    const p = profile as unknown as CpuProfile;
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const samples = p.samples ?? [];
    const deltas = p.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const f = byId.get(samples[i] ?? -1)?.callFrame;
      if (!f?.url.startsWith(prefix)) continue;
      const key = `${f.functionName || "(anonymous)"}  ${f.url.slice(prefix.length)}:${f.lineNumber}:${f.columnNumber}`;
      into.set(key, (into.get(key) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
    }
    await cdp.detach();
    await page.close();
  }
}
