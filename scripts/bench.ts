/**
 * `npm run bench [-- --quick] [-- --json] [-- --no-build] [-- --profile] [-- --only every-page|pipeline|changes]`: the extension's performance
 * budget, measured in the BUILT extension in real Chromium and in Node. A benchmark, not a test: it
 * prints a table, writes bench-results/latest.json (`--json` prints that JSON instead of the table) and
 * exits 0 whether or not a goal is met.
 *
 * How each figure is taken (and why it is honest):
 * - Sizes: `wxt zip` + `wxt zip -b firefox` (each builds first; `--no-build` reuses .output) and the
 *   files in .output; the model is lib/classify/model-data.ts. Gzip figures are informative only.
 * - Cost on ordinary pages: the built extension (.output/chrome-mv3) in Debian's Chromium, pages from
 *   pages/non-policy served over HTTP on 127.0.0.1, opened 20 tabs at a time under one CDP trace
 *   (category devtools.timeline). The manifest puts no script on every page: the background injects
 *   the detector (page-detector.js) where the tab's address or title may name a policy. Every top-level
 *   main-thread task whose script is one of the extension's page scripts (PAGE_SCRIPTS) is counted: the
 *   detector's EvaluateScript (compile + main() + the first detectPolicy) and each later FunctionCall
 *   (the rechecks 1.5 s and 5 s later, message listeners). A page where none ran counts 0 ms. Each tab
 *   stays open 5.2 s after its load event so the rechecks happen. Figures are main-thread CPU time
 *   (trace `tdur`), which stays true while several tabs load at once; wall time is in the JSON. Nothing
 *   is injected or wrapped: the extension runs as shipped. The same trace also records V8's compile
 *   events, which split the cost into compiling the script, compiling functions on their first call,
 *   and running it (and shows any style/layout it forces).
 * - For comparison: the same pages, traced the same way, in a browser with a minimal MV3 extension
 *   whose only content script is empty (scripts/bench/floor.ts, built into a temp folder): what any
 *   extension with a script on every page pays per page before its own code runs.
 * - `--only every-page`: just the sizes of the page code and the two traces above (builds the Chrome
 *   extension only, unless --no-build); writes bench-results/every-page.json, not latest.json.
 * - Page load with vs without the extension: two browsers (same flags; one with the extension), the same
 *   pages one after the other, alternating which browser goes first; `loadEventEnd - startTime` from
 *   Navigation Timing. Requests to anything but 127.0.0.1 fail at once (--host-resolver-rules) in both.
 * - Pipeline: each OPP-115 original_policies/*.html page opened in Chromium (the browser WITHOUT the
 *   extension, so its own analysis does not compete); scripts/bench/harness.ts (lib/ code bundled by
 *   esbuild) runs the stages where the extension runs them (see runPolicies in scripts/bench/chromium.ts):
 *   detect and serialising (lib/page-html.ts) in the policy page; in one long-lived reader page the
 *   shipped composition, readPageHtml then labelAndSummarize, timed through their onStage hook
 *   (lib/stages.ts: parse, extract, segment, classify, summarize), `reps` times per page,
 *   alternating with Readability alone (`new Readability(doc).parse()` with default options on a fresh
 *   parse of the whole page's HTML: what any reader view pays). Per page the median run is kept; the
 *   first (cold) run is reported too. Both pages are served with COOP/COEP headers (a Playwright route)
 *   so they are cross-origin isolated and performance.now() has 5 µs resolution instead of 100 µs.
 * - Model load: JSON.parse + decodeModelFile timed in Node (first load in the process and warm) and in
 *   the harness page in Chromium (same V8 and bundle as the service worker: the worker's module scope
 *   cannot be reached by CDP, and it cannot import modules at run time, so it is not timed there).
 * - Classifier throughput: classifySegments in Node over OPP-115 segments (train + dev), after warm-up.
 * - Memory: Runtime.getHeapUsage on the service worker target after a forced GC, once before and once
 *   after it analysed test/fixtures/site/privacy.html (which loads the model).
 * - Change alerts (scripts/bench/changes.ts): diffing each consecutive pair of the recorded policy
 *   histories (ota/<lang>/history) in Node, and the JSON bytes a remembered policy takes in storage over
 *   the current privacy policies (ota/<lang>/privacy). `--only changes` runs just that (no browser).
 * - `--profile`: a CDP CPU profile (100 µs sampling) over the pipeline runs; self time per function
 *   (mapped to its lib/ file) goes to the table and bench-results/profile.json. The profiler slows the
 *   runs ~2×: take timings from a run without it.
 */

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type StaticServer, startServer } from "../test/e2e/server.ts";
import { bundleHarness, detectLibBytes } from "./bench/bundle.ts";
import { type ChangeFigures, changeFigures, changeRows } from "./bench/changes.ts";
import {
  analysePolicyPage,
  type Browser,
  CHROMIUM,
  type DetectorPageCost,
  detectorCost,
  type HeapUsage,
  type LoadPair,
  launch,
  loadComparison,
  type PolicyPageResult,
  runPolicies,
  type SelfTimes,
  workerHeap,
} from "./bench/chromium.ts";
import { everyPageFigures, everyPageRows } from "./bench/every-page.ts";
import { buildFloorExtension } from "./bench/floor.ts";
import { GOALS } from "./bench/goals.ts";
import {
  classifierThroughput,
  type NodeModelLoad,
  type NodeThroughput,
  nodeModelLoad,
} from "./bench/node.ts";
import { type Row, renderTable } from "./bench/report.ts";
import {
  buildAndZip,
  CHROME_BUILD,
  FIREFOX_BUILD,
  measureSizes,
  PAGE_SCRIPTS,
  type Sizes,
} from "./bench/sizes.ts";
import { median, round, type Summary, summarize } from "./bench/stats.ts";
import { STAGES } from "./bench/types.ts";
import { dataDir, repoRoot } from "./lib/data-dir.ts";

const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const asJson = args.has("--json");
const noBuild = args.has("--no-build");
const profiling = args.has("--profile");
/** The value of `--name value` or `--name=value`. */
function flagValue(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}
const only = flagValue("--only");
if (only !== undefined && only !== "every-page" && only !== "pipeline" && only !== "changes") {
  console.error(`bench: unknown --only ${only} (known: every-page, pipeline, changes)`);
  process.exit(2);
}
const log = (s: string): void => {
  process.stderr.write(`bench: ${s}\n`);
};

const LIMITS = quick
  ? { ordinary: 20, loadPages: 20, policies: 16, reps: 2, throughputPolicies: 20, changePairs: 40 }
  : {
      ordinary: Infinity,
      loadPages: 60,
      policies: Infinity,
      reps: 3,
      throughputPolicies: Infinity,
      changePairs: Infinity,
    };

function listHtml(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      if (entry.startsWith("_") || entry.startsWith(".")) return [];
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory())
        return existsSync(path.join(full, "source.html")) ? [`${entry}/source.html`] : [];
      return /\.html?$/.test(entry) ? [entry] : [];
    });
}

/** Every n-th item so a quick run still spans the whole (sorted) corpus. */
function spread<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const step = items.length / max;
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)] as T);
}

async function main(): Promise<void> {
  const started = performance.now();
  const data = dataDir();
  const ordinaryDir = path.join(data, "pages/non-policy");
  const policyDir = path.join(data, "opp115/original_policies");
  if (!existsSync(ordinaryDir) || !existsSync(policyDir)) {
    console.error(`bench: data not found under ${data} (set PRIVACY_GLANCE_DATA)`);
    process.exit(2);
  }
  if (only === "changes") return changesOnly(data, started);
  if (!existsSync(CHROMIUM)) {
    console.error(`bench: Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
    process.exit(2);
  }

  if (only === "every-page") return everyPageOnly(data, ordinaryDir, started);
  if (only === "pipeline") return pipelineOnly(data, policyDir, started);

  // Sizes (and the build the browser part measures).
  if (!noBuild) buildAndZip(log);
  if (!existsSync(CHROME_BUILD) || !existsSync(FIREFOX_BUILD)) {
    console.error("bench: .output/chrome-mv3 or firefox-mv2 missing: run without --no-build");
    process.exit(2);
  }
  const sizes = measureSizes(await detectLibBytes());

  // Node: model load first (a fresh process), then throughput.
  log("node: model load, classifier throughput");
  const { load: nodeLoad, model } = await nodeModelLoad();
  const throughput = classifierThroughput(model, LIMITS.throughputPolicies);
  const changes = await changeFigures(path.join(data, "ota"), LIMITS.changePairs, log);

  const server: StaticServer = await startServer(data);
  const ordinary = spread(listHtml(ordinaryDir), LIMITS.ordinary).map(
    (f) => `${server.origin}/data/pages/non-policy/${f}`,
  );
  const policies = spread(listHtml(policyDir), LIMITS.policies).map(
    (f) => `${server.origin}/data/opp115/original_policies/${f}`,
  );
  const bundle = await bundleHarness();

  let withExt: Browser | null = null;
  let withoutExt: Browser | null = null;
  try {
    log("chromium: launching with and without the extension");
    [withExt, withoutExt] = await Promise.all([launch(CHROME_BUILD), launch(null)]);
    const chromiumVersion = withExt.context.browser()?.version() ?? "?";

    // Memory first, while the worker is fresh: before and after it loads the model.
    log("chromium: service worker heap");
    const heapBefore = await workerHeap(withExt);
    // A background that fails to analyse the fixture is reported (n/a), not allowed to stop the run.
    const firstAnalysisMs = await analysePolicyPage(withExt, `${server.origin}/privacy.html`).catch(
      (error: unknown) => {
        log(`background analysis failed: ${error instanceof Error ? error.message : String(error)}`);
        return Number.NaN;
      },
    );
    const heapAfter = await workerHeap(withExt);

    log(
      `chromium: extension page scripts on ${ordinary.length} ordinary pages (traced, 5.2 s per batch of 20)`,
    );
    const detector = await detectorCost(withExt, ordinary, {
      ...TRACE_OPTIONS,
      scripts: PAGE_SCRIPTS,
    });

    const floor = await floorCost(ordinary);

    const loadUrls = spread(ordinary, LIMITS.loadPages);
    log(`chromium: page load with/without the extension on ${loadUrls.length} pages`);
    const loads = await loadComparison(withExt, withoutExt, loadUrls);
    // Not needed any more: closed so that its processes do not compete with the pipeline's timings.
    await withExt.close();
    withExt = null;

    log(`chromium: pipeline on ${policies.length} policy pages × ${LIMITS.reps} runs`);
    const selfTimes: SelfTimes | null = profiling ? new Map() : null;
    const pipeline = await runPolicies(withoutExt, bundle, policies, {
      reps: LIMITS.reps,
      profile: selfTimes,
    });

    const result = buildResult({
      origin: server.origin,
      data,
      started,
      chromiumVersion,
      ordinary,
      sizes,
      nodeLoad,
      throughput,
      changes,
      heapBefore,
      heapAfter,
      firstAnalysisMs,
      detector,
      floor,
      loads,
      pipeline,
      selfTimes,
    });
    result.meta.runSeconds = round((performance.now() - started) / 1000, 1);

    const outDir = path.join(repoRoot, "bench-results");
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, "latest.json"), `${JSON.stringify(result, null, 2)}\n`);
    const profile = result.profile;
    if (profile) writeFileSync(path.join(outDir, "profile.json"), `${JSON.stringify(profile, null, 2)}\n`);

    if (asJson) {
      console.log(JSON.stringify(result, null, 2));
    } else {
      console.log(renderTable(tableRows(result)));
      printProfile(profile);
      console.log(`\n(${result.meta.runSeconds} s; JSON in bench-results/latest.json)`);
    }
  } finally {
    await withExt?.close();
    await withoutExt?.close();
    await server.close();
  }
}

/** Tabs opened 20 at a time, each kept 5.2 s after load so the detector's re-checks (1.5 s, 5 s) run. */
const TRACE_OPTIONS = { batch: 20, settleMs: 5200 };

/** The same trace in a browser whose only extension has an empty content script. */
async function floorCost(urls: readonly string[]): Promise<DetectorPageCost[]> {
  log(`chromium: floor (empty content script) on ${urls.length} ordinary pages`);
  const extension = buildFloorExtension();
  const browser = await launch(extension.dir);
  try {
    return await detectorCost(browser, urls, { ...TRACE_OPTIONS, scripts: extension.scripts });
  } finally {
    await browser.close();
    extension.remove();
  }
}

/** Writes bench-results/`file`; with --json also prints it and returns true (no table wanted). */
function writeResult(file: string, result: unknown): boolean {
  const outDir = path.join(repoRoot, "bench-results");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, file), `${JSON.stringify(result, null, 2)}\n`);
  if (asJson) console.log(JSON.stringify(result, null, 2));
  return asJson;
}

/** `--only every-page`: the every-page script's size and cost next to the floor, nothing else. */
async function everyPageOnly(data: string, ordinaryDir: string, started: number): Promise<void> {
  if (!noBuild) {
    log("$ npx wxt build");
    execFileSync("npx", ["wxt", "build"], { cwd: repoRoot, stdio: ["ignore", "ignore", "inherit"] });
  }
  if (!existsSync(CHROME_BUILD)) {
    console.error("bench: .output/chrome-mv3 missing: run without --no-build");
    process.exit(2);
  }
  const sizes = measureSizes(await detectLibBytes());
  const server = await startServer(data);
  try {
    const ordinary = spread(listHtml(ordinaryDir), LIMITS.ordinary).map(
      (f) => `${server.origin}/data/pages/non-policy/${f}`,
    );
    const browser = await launch(CHROME_BUILD);
    let detector: DetectorPageCost[];
    try {
      log(`chromium: extension page scripts on ${ordinary.length} ordinary pages (traced)`);
      detector = await detectorCost(browser, ordinary, {
        ...TRACE_OPTIONS,
        scripts: PAGE_SCRIPTS,
      });
    } finally {
      await browser.close();
    }
    const floor = await floorCost(ordinary);
    const figures = everyPageFigures(detector, floor, server.origin);
    const result = {
      meta: { date: new Date().toISOString(), quick, only, cpus: os.cpus().length, data },
      size: { everyPage: sizes.everyPage, detector: sizes.detector },
      detector: figures,
      runSeconds: round((performance.now() - started) / 1000, 1),
    };
    if (writeResult("every-page.json", result)) return;
    const rows = [...pageCodeSizeRows(sizes), ...everyPageRows(figures)];
    console.log(renderTable(rows));
    console.log(`\n(${result.runSeconds} s; JSON in bench-results/every-page.json)`);
  } finally {
    await server.close();
  }
}

/** `--only pipeline`: the policy-page stages and Readability alone, no extension build. */
async function pipelineOnly(data: string, policyDir: string, started: number): Promise<void> {
  const server = await startServer(data);
  const browser = await launch(null);
  try {
    const policies = spread(listHtml(policyDir), LIMITS.policies).map(
      (f) => `${server.origin}/data/opp115/original_policies/${f}`,
    );
    log(`chromium: pipeline on ${policies.length} policy pages × ${LIMITS.reps} runs`);
    const selfTimes: SelfTimes | null = profiling ? new Map() : null;
    const pipeline = await runPolicies(browser, await bundleHarness(), policies, {
      reps: LIMITS.reps,
      profile: selfTimes,
    });
    const result = {
      meta: { date: new Date().toISOString(), quick, only, cpus: os.cpus().length, data },
      pipeline: pipelineSummary(pipeline, server.origin),
      profile: topSelfTimes(selfTimes),
      runSeconds: round((performance.now() - started) / 1000, 1),
    };
    if (writeResult("pipeline.json", result)) return;
    console.log(renderTable(pipelineRows(result.pipeline)));
    printProfile(result.profile);
    console.log(`\n(${result.runSeconds} s; JSON in bench-results/pipeline.json)`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** `--only changes`: change alerts in Node (diff time, storage per policy), no browser, no build. */
async function changesOnly(data: string, started: number): Promise<void> {
  const changes = await changeFigures(path.join(data, "ota"), LIMITS.changePairs, log);
  const result = {
    meta: {
      date: new Date().toISOString(),
      quick,
      only,
      node: process.version,
      cpus: os.cpus().length,
      data,
    },
    changes,
    runSeconds: round((performance.now() - started) / 1000, 1),
  };
  if (writeResult("changes.json", result)) return;
  console.log(renderTable(changeRows(changes)));
  console.log(`\n(${result.runSeconds} s; JSON in bench-results/changes.json)`);
}

/** The 25 functions with the most self time, or null without --profile. */
function topSelfTimes(selfTimes: SelfTimes | null): { function: string; selfMs: number }[] | null {
  if (!selfTimes) return null;
  return [...selfTimes.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([fn, ms]) => ({ function: fn, selfMs: round(ms, 1) }));
}

function printProfile(profile: { function: string; selfMs: number }[] | null): void {
  if (!profile) return;
  console.log("\nCPU profile of the pipeline runs (self time, top 25):");
  for (const p of profile) console.log(`  ${p.selfMs.toFixed(1).padStart(8)} ms  ${p.function}`);
}

interface Measurements {
  origin: string;
  data: string;
  started: number;
  chromiumVersion: string;
  ordinary: string[];
  sizes: Sizes;
  nodeLoad: NodeModelLoad;
  throughput: NodeThroughput;
  changes: ChangeFigures;
  heapBefore: HeapUsage;
  heapAfter: HeapUsage;
  firstAnalysisMs: number;
  detector: DetectorPageCost[];
  floor: DetectorPageCost[];
  loads: LoadPair[];
  pipeline: PolicyPageResult[];
  selfTimes: SelfTimes | null;
}

/** Stage percentiles, the ratio to Readability alone and the slowest pages of the pipeline runs. */
function pipelineSummary(pipeline: PolicyPageResult[], origin: string) {
  const server = { origin };
  const stageMedian = (runs: (typeof pipeline)[number]["runs"], stage: (typeof STAGES)[number]): number =>
    median(runs.map((r) => r.times[stage]));
  const stages = Object.fromEntries(
    STAGES.map((s) => [s, summarize(pipeline.map((p) => stageMedian(p.runs, s)))]),
  ) as Record<(typeof STAGES)[number], ReturnType<typeof summarize>>;
  const transportMedian = (runs: (typeof pipeline)[number]["runs"], step: "serialize" | "parse"): number =>
    median(runs.map((r) => r.transport[step]));
  const transport = {
    serialize: summarize(pipeline.map((p) => transportMedian(p.runs, "serialize"))),
    parse: summarize(pipeline.map((p) => transportMedian(p.runs, "parse"))),
  };
  // What the extension pays per analysis: the stages plus serialising in the page and parsing in the reader.
  const endToEnd = summarize(
    pipeline.map((p) => median(p.runs.map((r) => r.times.total + r.transport.serialize + r.transport.parse))),
  );
  const coldTimes = pipeline[0]?.first.times;
  const readability = summarize(pipeline.map((p) => median(p.readabilityMs)));
  const pageRatios = pipeline.map((p) => stageMedian(p.runs, "total") / median(p.readabilityMs));
  const breakdownKeys = [
    "countElements",
    "fallbackWalk",
    "readabilityParse",
    "readabilityBlocks",
    "coverage",
  ] as const;
  const breakdown = Object.fromEntries(
    breakdownKeys.map((k) => [k, summarize(pipeline.map((p) => p.breakdown[k]))]),
  );
  const pipelineFigures = {
    pages: pipeline.length,
    repsPerPage: LIMITS.reps,
    segments: summarize(
      pipeline.map((p) => p.first.segments),
      0,
    ),
    methods: pipeline.reduce<Record<string, number>>((acc, p) => {
      acc[p.first.method] = (acc[p.first.method] ?? 0) + 1;
      return acc;
    }, {}),
    detectedAsPolicy: pipeline.filter((p) => p.first.isPolicy).length,
    /** Pages timed with 5 µs timers (cross-origin isolated); the others had 100 µs ones. */
    isolatedPages: pipeline.filter((p) => p.isolated).length,
    stagesMs: stages,
    /** The first run on the first page: the reader's and background's code still cold. */
    coldFirstRunMs: coldTimes ? Object.fromEntries(STAGES.map((st) => [st, round(coldTimes[st], 2)])) : null,
    /** Serialising in the page and parsing in the reader (not stages: the cost of leaving the page). */
    transportMs: transport,
    endToEndMs: endToEnd,
    readabilityAloneMs: readability,
    totalToReadability: {
      ratioOfMedians: round(stages.total.p50 / readability.p50),
      medianPerPageRatio: round(median(pageRatios)),
      p95PerPageRatio: round(summarize(pageRatios).p95),
    },
    extractBreakdownMs: breakdown,
    slowest: [...pipeline]
      .sort((a, b) => stageMedian(b.runs, "total") - stageMedian(a.runs, "total"))
      .slice(0, 5)
      .map((p) => ({
        page: p.url.replace(`${server.origin}/data/`, ""),
        totalMs: round(stageMedian(p.runs, "total"), 1),
        extractMs: round(stageMedian(p.runs, "extract"), 1),
        segments: p.first.segments,
      })),
  };
  return pipelineFigures;
}

function buildResult(input: Measurements) {
  const { origin: serverOrigin, sizes, nodeLoad, throughput, heapBefore, heapAfter, firstAnalysisMs } = input;
  const { detector, loads, pipeline, selfTimes, chromiumVersion, data } = input;
  const server = { origin: serverOrigin };
  const detectorFigures = everyPageFigures(detector, input.floor, server.origin);

  const ratios = loads.map((l) => l.withMs / l.withoutMs);
  const loadFigures = {
    pages: loads.length,
    withMs: summarize(
      loads.map((l) => l.withMs),
      1,
    ),
    withoutMs: summarize(
      loads.map((l) => l.withoutMs),
      1,
    ),
    ratioOfMedians: round(median(loads.map((l) => l.withMs)) / median(loads.map((l) => l.withoutMs))),
    medianPerPageRatio: round(median(ratios)),
  };

  const pipelineFigures = pipelineSummary(pipeline, server.origin);
  // Loaded once, by the long-lived reader page (as the background loads it once).
  const pageModel = pipeline.find((p) => p.modelLoad)?.modelLoad;

  const profile = topSelfTimes(selfTimes);

  const result = {
    meta: {
      date: new Date().toISOString(),
      quick,
      node: process.version,
      chromium: chromiumVersion,
      cpus: os.cpus().length,
      data,
      runSeconds: 0,
    },
    sizes,
    detector: detectorFigures,
    pageLoad: loadFigures,
    pipeline: pipelineFigures,
    model: {
      node: nodeLoad,
      chromiumPageMs: round(pageModel?.total ?? Number.NaN, 1),
      chromiumPageParseMs: round(pageModel?.parse ?? Number.NaN, 1),
      backgroundFirstAnalysisMs: round(firstAnalysisMs, 1),
    },
    classifier: throughput,
    changes: input.changes,
    memory: {
      workerHeapBeforeBytes: heapBefore.usedSize,
      workerHeapAfterModelBytes: heapAfter.usedSize,
      workerHeapDeltaBytes: heapAfter.usedSize - heapBefore.usedSize,
      workerHeapTotalBytes: heapAfter.totalSize,
    },
    profile,
  };
  return result;
}

type BenchResult = ReturnType<typeof buildResult>;

/** What the manifest puts on every page (nothing, now), and the detector injected where a policy may be. */
function pageCodeSizeRows(s: Pick<Sizes, "everyPage" | "detector">): Row[] {
  const every = s.everyPage;
  const rows: Row[] = [
    {
      section: "size",
      metric: "code on every page (the manifest's content scripts)",
      value: every ? `${every.file}: ${(every.bytes / 1024).toFixed(1)} KB` : "none",
      goal: GOALS.everyPageCode.text,
      ok: GOALS.everyPageCode.met(every?.bytes ?? 0),
    },
  ];
  if (s.detector)
    rows.push({
      section: "size",
      metric: `  ${s.detector.file} (injected where the address or title may name a policy)`,
      value: `${(s.detector.bytes / 1024).toFixed(1)} KB`,
      goal: GOALS.detectorCode.text,
      ok: GOALS.detectorCode.met(s.detector.bytes),
    });
  return rows;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 2 : 1)} ms` : "n/a");
const pp = (s: Summary): string => `${ms(s.p50)} / ${ms(s.p95)}`;
const x = (n: number): string => `${n.toFixed(2)}×`;

function pipelineRows(p: BenchResult["pipeline"]): Row[] {
  const rows: Row[] = [];
  const add = (section: string, metric: string, value: string, goal?: string, ok?: boolean): void => {
    rows.push({ section, metric, value, goal, ok });
  };
  const pn = `${p.pages} policies`;
  for (const st of STAGES) {
    const name = st === "total" ? "the five stages" : st;
    add("pipeline", `${name}, p50 / p95 (${pn}, median of ${p.repsPerPage} runs)`, pp(p.stagesMs[st]));
  }
  add(
    "pipeline",
    "total, first run in a fresh reader (cold code, one page)",
    ms(p.coldFirstRunMs?.total ?? Number.NaN),
  );
  add("pipeline", "not in the total: serialise in the page, p50 / p95", pp(p.transportMs.serialize));
  add("pipeline", "not in the total: parse in the reader, p50 / p95", pp(p.transportMs.parse));
  add(
    "pipeline",
    "end to end: the five stages + serialise + parse, p50 / p95",
    pp(p.endToEndMs),
    `${GOALS.endToEndP50.text}, ${GOALS.endToEndP95.text}`,
    GOALS.endToEndP50.met(p.endToEndMs.p50) && GOALS.endToEndP95.met(p.endToEndMs.p95),
  );
  add("pipeline", "  pages timed with 5 µs timers (cross-origin isolated)", `${p.isolatedPages}/${p.pages}`);
  add("pipeline", "Readability.parse alone (on a fresh parse), p50 / p95", pp(p.readabilityAloneMs));
  add(
    "pipeline",
    "the five stages ÷ Readability (median per-page ratio)",
    x(p.totalToReadability.medianPerPageRatio),
    GOALS.stagesToReadability.text,
    GOALS.stagesToReadability.met(p.totalToReadability.medianPerPageRatio),
  );
  add("pipeline", "  ratio of p50s", x(p.totalToReadability.ratioOfMedians));
  for (const [k, v] of Object.entries(p.extractBreakdownMs)) add("pipeline", `  extract: ${k}`, pp(v));
  return rows;
}

function tableRows(r: BenchResult): Row[] {
  const rows: Row[] = [];
  const add = (section: string, metric: string, value: string, goal?: string, ok?: boolean): void => {
    rows.push({ section, metric, value, goal, ok });
  };
  const s = r.sizes;
  rows.push(...pageCodeSizeRows(s));
  add("size", "  lib/detect alone (esbuild --minify)", kb(s.detectLibBytes));
  for (const f of s.chrome.filter((f) => f.file.endsWith(".js")))
    add("size", `chrome-mv3/${f.file}`, kb(f.bytes));
  for (const f of s.firefox.filter((f) => f.file.endsWith(".js")))
    add("size", `firefox-mv2/${f.file}`, kb(f.bytes));
  if (s.model)
    add(
      "size",
      "model (lib/classify/model-data.ts)",
      kb(s.model.bytes),
      GOALS.modelBytes.text,
      GOALS.modelBytes.met(s.model.bytes),
    );
  for (const z of s.zips) {
    const store = !z.file.includes("sources");
    add(
      "size",
      z.file,
      kb(z.bytes),
      store ? GOALS.storeZip.text : undefined,
      store ? GOALS.storeZip.met(z.bytes) : undefined,
    );
  }
  rows.push(...everyPageRows(r.detector));
  const l = r.pageLoad;
  add(
    "ordinary pages",
    `load event, with / without extension (p50, ${l.pages} pages)`,
    `${ms(l.withMs.p50)} / ${ms(l.withoutMs.p50)}`,
  );
  add("ordinary pages", "  ratio (median of per-page ratios)", x(l.medianPerPageRatio));
  rows.push(...pipelineRows(r.pipeline));
  const m = r.model;
  add("model", "load in Node, first (JSON.parse + decode)", ms(m.node.firstMs));
  add("model", "  of which JSON.parse", ms(m.node.firstParseMs));
  add("model", "load in Node, warm", ms(m.node.warmMs));
  add("model", "load in a Chromium page (once, cold)", ms(m.chromiumPageMs));
  add(
    "model",
    "background: first analysis of the fixture (page open → badge)",
    ms(m.backgroundFirstAnalysisMs),
  );
  add(
    "classifier",
    `throughput in Node (${r.classifier.segments} segments)`,
    `${r.classifier.segmentsPerSecond} seg/s`,
  );
  add(
    "classifier",
    "  per policy, median / max",
    `${ms(r.classifier.perPolicyMedianMs)} / ${ms(r.classifier.perPolicyMaxMs)}`,
  );
  const mem = r.memory;
  add(
    "memory",
    "service worker heap before / after the model",
    `${kb(mem.workerHeapBeforeBytes)} / ${kb(mem.workerHeapAfterModelBytes)}`,
  );
  add("memory", "  delta (model + one tab's result)", kb(mem.workerHeapDeltaBytes));
  rows.push(...changeRows(r.changes));
  return rows;
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
