// The main-thread tasks of the extension's own page scripts, from a Chromium CDP trace. A trace names the
// script of every evaluation and callback, so the extension's share of a page's main thread is measured
// exactly, not guessed by comparing two noisy page loads. Shared by the benchmark and the hostile e2e suite.
import type { CDPSession } from "playwright-core";

interface TraceData {
  url?: string;
  frame?: string;
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: TraceData; beginData?: TraceData };
}

/** One top-level main-thread task of a script: its first evaluation, or a callback. */
export interface ScriptTask {
  kind: "evaluate" | "callback";
  /** Wall time (µs → ms). */
  wallMs: number;
  /** Main-thread CPU time (ms): robust when other work competes for the cores. */
  cpuMs: number;
  /** The frame the task ran in (trace frame id). */
  frame: string;
}

/** Runs `run` under a browser-wide devtools.timeline trace and returns its events. */
export async function traceEvents(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (e) => {
    for (const v of e.value) events.push(v as unknown as TraceEvent);
  });
  const complete = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
  await cdp.send("Tracing.start", {
    traceConfig: { includedCategories: ["devtools.timeline"], recordMode: "recordAsMuchAsPossible" },
    transferMode: "ReportEvents",
  });
  try {
    await run();
  } finally {
    await cdp.send("Tracing.end");
    await complete;
  }
  return events;
}

/**
 * Every top-level task (EvaluateScript / FunctionCall) whose script URL is one of `scriptUrls`. A call
 * nested in the script's own evaluation is already counted in it, so only outermost ones are kept.
 */
export function scriptTasks(events: readonly TraceEvent[], scriptUrls: ReadonlySet<string>): ScriptTask[] {
  const candidates = events
    .filter(
      (e) =>
        e.ph === "X" &&
        (e.name === "EvaluateScript" || e.name === "FunctionCall") &&
        scriptUrls.has(e.args?.data?.url ?? ""),
    )
    .sort((a, b) => a.pid - b.pid || a.tid - b.tid || a.ts - b.ts);
  const tasks: ScriptTask[] = [];
  let end = -1;
  let thread = "";
  for (const e of candidates) {
    const key = `${e.pid}:${e.tid}`;
    if (key === thread && e.ts < end) continue;
    thread = key;
    end = e.ts + (e.dur ?? 0);
    tasks.push({
      kind: e.name === "EvaluateScript" ? "evaluate" : "callback",
      wallMs: (e.dur ?? 0) / 1000,
      cpuMs: (e.tdur ?? e.dur ?? 0) / 1000,
      frame: e.args?.data?.frame ?? "",
    });
  }
  return tasks;
}

/** Frame id → document URL, for the frames whose URL is one of `urls`. */
export function frameUrls(events: readonly TraceEvent[], urls: readonly string[]): Map<string, string> {
  const frameUrl = new Map<string, string>();
  for (const e of events) {
    for (const d of [e.args?.data, e.args?.beginData]) {
      if (d?.frame && d.url && urls.includes(d.url) && !frameUrl.has(d.frame)) frameUrl.set(d.frame, d.url);
    }
  }
  return frameUrl;
}
