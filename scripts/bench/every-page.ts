// Figures and table rows for the code injected into every page: our detector's main-thread CPU per
// ordinary page, split by the trace's nested events, beside the floor (an empty content script).
import type { DetectorPageCost } from "./chromium.ts";
import type { Row } from "./report.ts";
import { median, round, type Summary, summarize } from "./stats.ts";

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

function perPage(p: DetectorPageCost) {
  const evaluate = p.tasks.find((t) => t.kind === "evaluate");
  return {
    url: p.url,
    seen: evaluate !== undefined,
    injectCpu: evaluate?.cpuMs ?? Number.NaN,
    compile: evaluate?.compileMs ?? Number.NaN,
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
  const seen = detector.map(perPage).filter((p) => p.seen);
  const laterCpu = detector.flatMap((p) => p.tasks.filter((t) => t.kind === "callback").map((t) => t.cpuMs));
  const floorPages = floor ? floor.map(perPage).filter((p) => p.seen) : [];
  const floorByUrl = new Map(floorPages.map((p) => [p.url, p.totalCpu]));
  // Ours minus the floor on the same page (pages where both were seen).
  const aboveFloor = seen.flatMap((p) => {
    const f = floorByUrl.get(p.url);
    return f === undefined ? [] : [p.totalCpu - f];
  });
  return {
    pages: detector.length,
    pagesWithScript: seen.length,
    injectCpuMs: summarize(seen.map((p) => p.injectCpu)),
    /** The injection task, split: the script's first compile, lazy compiles, and the rest (running it). */
    compileCpuMs: summarize(seen.map((p) => p.compile)),
    lazyCompileCpuMs: summarize(seen.map((p) => p.lazyCompile)),
    runCpuMs: summarize(seen.map((p) => p.totalCpu - p.compile - p.lazyCompile)),
    styleLayoutCpuMs: summarize(seen.map((p) => p.styleLayout)),
    callbackCpuMs: summarize(laterCpu),
    callbacksPerPage: median(seen.map((p) => p.callbacks)),
    longestTaskCpuMs: summarize(seen.map((p) => p.longestCpu)),
    totalPerPageCpuMs: summarize(seen.map((p) => p.totalCpu)),
    totalPerPageWallMs: summarize(seen.map((p) => p.totalWall)),
    floor: floor
      ? {
          pagesWithScript: floorPages.length,
          totalPerPageCpuMs: summarize(floorPages.map((p) => p.totalCpu)),
          aboveFloorCpuMs: summarize(aboveFloor),
        }
      : null,
    slowest: [...seen]
      .sort((a, b) => b.totalCpu - a.totalCpu)
      .slice(0, 5)
      .map((p) => ({ page: p.url.replace(`${origin}/`, ""), totalCpuMs: round(p.totalCpu) })),
  };
}

export type EveryPageFigures = ReturnType<typeof everyPageFigures>;

const ms = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 2 : 1)} ms` : "n/a");
const pp = (s: Summary): string => `${ms(s.p50)} / ${ms(s.p95)}`;

export function everyPageRows(d: EveryPageFigures): Row[] {
  const section = "ordinary pages";
  const dn = `${d.pagesWithScript}/${d.pages} pages`;
  const rows: Row[] = [
    {
      section,
      metric: `detector total main-thread CPU per page, p50 / p95 (${dn})`,
      value: pp(d.totalPerPageCpuMs),
      goal: "p95 ≤ 1 ms",
      ok: d.totalPerPageCpuMs.p95 <= 1,
    },
  ];
  const add = (metric: string, value: string): void => {
    rows.push({ section, metric, value });
  };
  if (d.floor) {
    add(`  floor (empty content script, ${d.floor.pagesWithScript} pages)`, pp(d.floor.totalPerPageCpuMs));
    add("  ours minus floor, same page", pp(d.floor.aboveFloorCpuMs));
  }
  add("  injection task (compile + run + 1st detect)", pp(d.injectCpuMs));
  add("    compiling the script (first parse)", pp(d.compileCpuMs));
  add("    compiling functions on first call", pp(d.lazyCompileCpuMs));
  add("    running (DOM reads, detection, timers; callbacks too)", pp(d.runCpuMs));
  add("    style / layout forced by the script", pp(d.styleLayoutCpuMs));
  add(`  each later callback (${d.callbacksPerPage}/page: rechecks)`, pp(d.callbackCpuMs));
  add("  longest single task", pp(d.longestTaskCpuMs));
  return rows;
}
