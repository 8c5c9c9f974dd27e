// Figures and table rows for what ordinary pages pay: the main-thread CPU of the extension's page scripts
// per ordinary page (0 where none ran: the background injects the detector only where the address or
// title may name a policy), split by the trace's nested events on the pages where something ran, beside
// what an empty content script on every page would cost.
import type { DetectorPageCost } from "./chromium.ts";
import { GOALS } from "./goals.ts";
import type { Row } from "./report.ts";
import { median, type Summary, summarize } from "./stats.ts";

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

function perPage(p: DetectorPageCost) {
  const evaluate = p.tasks.find((t) => t.kind === "evaluate");
  return {
    url: p.url,
    ran: p.tasks.length > 0,
    injectCpu: evaluate?.cpuMs ?? 0,
    compile: evaluate?.compileMs ?? 0,
    lazyCompile: sum(p.tasks.map((t) => t.lazyCompileMs)),
    styleLayout: sum(p.tasks.map((t) => t.styleLayoutMs)),
    totalCpu: sum(p.tasks.map((t) => t.cpuMs)),
    longestCpu: Math.max(0, ...p.tasks.map((t) => t.cpuMs)),
    totalWall: sum(p.tasks.map((t) => t.wallMs)),
    callbacks: p.tasks.filter((t) => t.kind === "callback").length,
  };
}

export function everyPageFigures(
  detector: readonly DetectorPageCost[],
  floor: readonly DetectorPageCost[] | null,
  origin: string,
) {
  const pages = detector.map(perPage);
  const ran = pages.filter((p) => p.ran);
  const laterCpu = detector.flatMap((p) => p.tasks.filter((t) => t.kind === "callback").map((t) => t.cpuMs));
  const floorPages = floor ? floor.map(perPage).filter((p) => p.ran) : [];
  return {
    pages: pages.length,
    /** Ordinary pages where any of the extension's page scripts ran (the detector was injected). */
    pagesWithScript: ran.length,
    /** Every ordinary page, 0 where nothing of ours ran: what a page pays for the extension. */
    totalPerPageCpuMs: summarize(pages.map((p) => p.totalCpu)),
    /** The pages where the detector was injected, its cost split by the trace's nested events. */
    whereInjected: {
      pages: ran.map((p) => p.url.replace(`${origin}/`, "")),
      totalPerPageCpuMs: summarize(ran.map((p) => p.totalCpu)),
      injectCpuMs: summarize(ran.map((p) => p.injectCpu)),
      compileCpuMs: summarize(ran.map((p) => p.compile)),
      lazyCompileCpuMs: summarize(ran.map((p) => p.lazyCompile)),
      runCpuMs: summarize(ran.map((p) => p.totalCpu - p.compile - p.lazyCompile)),
      styleLayoutCpuMs: summarize(ran.map((p) => p.styleLayout)),
      callbackCpuMs: summarize(laterCpu),
      callbacksPerPage: median(ran.map((p) => p.callbacks)),
      longestTaskCpuMs: summarize(ran.map((p) => p.longestCpu)),
      totalPerPageWallMs: summarize(ran.map((p) => p.totalWall)),
    },
    /** For comparison: a minimal extension with an empty content script on every page. */
    floor: floor
      ? {
          pagesWithScript: floorPages.length,
          totalPerPageCpuMs: summarize(floorPages.map((p) => p.totalCpu)),
        }
      : null,
  };
}

export type EveryPageFigures = ReturnType<typeof everyPageFigures>;

const ms = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 2 : 1)} ms` : "n/a");
const pp = (s: Summary): string => `${ms(s.p50)} / ${ms(s.p95)}`;

export function everyPageRows(d: EveryPageFigures): Row[] {
  const section = "ordinary pages";
  const w = d.whereInjected;
  const rows: Row[] = [
    {
      section,
      metric: `extension's main-thread CPU per ordinary page, p50 / p95 (${d.pages} pages; 0 where none of its code ran)`,
      value: pp(d.totalPerPageCpuMs),
      goal: GOALS.ordinaryPageCpuP95.text,
      ok: GOALS.ordinaryPageCpuP95.met(d.totalPerPageCpuMs.p95),
    },
  ];
  const add = (metric: string, value: string): void => {
    rows.push({ section, metric, value });
  };
  add(
    "  pages whose address or title may name a policy (detector injected)",
    `${d.pagesWithScript}/${d.pages}`,
  );
  if (d.pagesWithScript > 0) {
    add("    on those pages: total CPU per page", pp(w.totalPerPageCpuMs));
    add("    injection task (compile + run + 1st detect)", pp(w.injectCpuMs));
    add(
      "      compiling the script · functions on first call",
      `${ms(w.compileCpuMs.p50)} · ${ms(w.lazyCompileCpuMs.p50)}`,
    );
    add("      style / layout forced by the script", pp(w.styleLayoutCpuMs));
    add(`    each later callback (${w.callbacksPerPage}/page: rechecks)`, pp(w.callbackCpuMs));
  }
  if (d.floor)
    add(
      `  for comparison: an empty content script on every page (${d.floor.pagesWithScript} pages)`,
      pp(d.floor.totalPerPageCpuMs),
    );
  return rows;
}
