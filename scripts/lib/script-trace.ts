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
  /** Where it ran: "pid:tid", and its start (trace µs). */
  thread: string;
  start: number;
  /** CPU inside the task: compiling the script (the first parse of all of it; evaluate tasks only). */
  compileMs: number;
  /** CPU compiling functions on their first call (needs the COMPILE_CATEGORY in the trace). */
  lazyCompileMs: number;
  /** CPU of style recalculation and layout forced by the script (should stay 0). */
  styleLayoutMs: number;
}

/** The trace category that adds V8's per-function (lazy) compile events. */
export const COMPILE_CATEGORY = "disabled-by-default-v8.compile";

/** Runs `run` under a browser-wide trace (devtools.timeline and `extraCategories`) and returns its events. */
export async function traceEvents(
  cdp: CDPSession,
  run: () => Promise<void>,
  extraCategories: readonly string[] = [],
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (e) => {
    for (const v of e.value) events.push(v as unknown as TraceEvent);
  });
  const complete = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
  await cdp.send("Tracing.start", {
    traceConfig: {
      includedCategories: ["devtools.timeline", ...extraCategories],
      recordMode: "recordAsMuchAsPossible",
    },
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
  const complete = events.filter((e) => e.ph === "X");
  const candidates = complete
    .filter(
      (e) =>
        (e.name === "EvaluateScript" || e.name === "FunctionCall") && scriptUrls.has(e.args?.data?.url ?? ""),
    )
    .sort(byThreadThenTime);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of complete) {
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key) ?? [];
    if (list.length === 0) byThread.set(key, list);
    list.push(e);
  }
  const tasks: ScriptTask[] = [];
  let end = -1;
  let thread = "";
  for (const e of candidates) {
    const key = `${e.pid}:${e.tid}`;
    if (key === thread && e.ts < end) continue;
    thread = key;
    end = e.ts + (e.dur ?? 0);
    const inside = (byThread.get(key) ?? []).filter(
      (c) => c !== e && c.ts >= e.ts && c.ts + (c.dur ?? 0) <= end,
    );
    tasks.push({
      kind: e.name === "EvaluateScript" ? "evaluate" : "callback",
      wallMs: (e.dur ?? 0) / 1000,
      cpuMs: cpu(e),
      frame: e.args?.data?.frame ?? "",
      thread: key,
      start: e.ts,
      ...nestedCosts(inside),
    });
  }
  return tasks;
}

const byThreadThenTime = (a: TraceEvent, b: TraceEvent): number =>
  a.pid - b.pid || a.tid - b.tid || a.ts - b.ts;
const cpu = (e: TraceEvent): number => (e.tdur ?? e.dur ?? 0) / 1000;

/** Compile, lazy-compile and style/layout CPU among the events nested in one task. */
function nestedCosts(
  inside: readonly TraceEvent[],
): Pick<ScriptTask, "compileMs" | "lazyCompileMs" | "styleLayoutMs"> {
  const sum = (list: readonly TraceEvent[]): number => list.reduce((s, e) => s + cpu(e), 0);
  const compiles = inside.filter((e) => e.name === "v8.compile");
  // V8.CompileCode also fires inside the script's own v8.compile: only the others are lazy compiles.
  const lazy = inside.filter(
    (e) => e.name === "V8.CompileCode" && !compiles.some((c) => e.ts >= c.ts && e.ts < c.ts + (c.dur ?? 0)),
  );
  const styleLayout = inside.filter((e) => e.name === "Layout" || e.name === "UpdateLayoutTree");
  return { compileMs: sum(compiles), lazyCompileMs: sum(lazy), styleLayoutMs: sum(styleLayout) };
}

/** The trace category that adds the main thread's top-level tasks ("RunTask" events). */
export const RUN_TASK_CATEGORY = "disabled-by-default-devtools.timeline";

/**
 * CPU ms of the top-level task that holds `task` (needs RUN_TASK_CATEGORY in the trace): the promise
 * callbacks and message replies that run after the script's own call, in the same task, count too.
 * Without a RunTask around it, the script's own CPU.
 */
export function enclosingTaskCpu(events: readonly TraceEvent[], task: ScriptTask): number {
  const holder = events.find(
    (e) =>
      e.ph === "X" &&
      e.name === "RunTask" &&
      `${e.pid}:${e.tid}` === task.thread &&
      e.ts <= task.start &&
      task.start < e.ts + (e.dur ?? 0),
  );
  if (!holder) return task.cpuMs;
  return Math.max(cpu(holder) - cpuBefore(events, holder, task), task.cpuMs);
}

/**
 * CPU ms of the work in `holder` that ended before `task` started: the page's own parsing and scripts
 * when an injected script runs at the end of the page's task ("document_end"). It cannot be the
 * script's, so it is not counted against it. Only the outermost such events are summed.
 */
function cpuBefore(events: readonly TraceEvent[], holder: TraceEvent, task: ScriptTask): number {
  const end = (e: TraceEvent): number => e.ts + (e.dur ?? 0);
  const inside = events
    .filter(
      (e) =>
        e !== holder &&
        e.ph === "X" &&
        `${e.pid}:${e.tid}` === task.thread &&
        e.ts >= holder.ts &&
        end(e) <= task.start,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let total = 0;
  let coveredTo = -Infinity;
  for (const e of inside) {
    if (end(e) <= coveredTo) continue;
    total += cpu(e);
    coveredTo = end(e);
  }
  return total;
}

/**
 * Calls that the browser's extension bindings make into a script after it was injected by `task`: a
 * message listener's FunctionCall carries no script URL (the caller is native), so those calls are the
 * url-less ones on the same thread, in the same frame, after the injection.
 */
export function listenerCallsAfter(events: readonly TraceEvent[], task: ScriptTask): ScriptTask[] {
  return events
    .filter(
      (e) =>
        e.ph === "X" &&
        e.name === "FunctionCall" &&
        !e.args?.data?.url &&
        `${e.pid}:${e.tid}` === task.thread &&
        e.args?.data?.frame === task.frame &&
        e.ts > task.start,
    )
    .map((e) => ({
      kind: "callback" as const,
      wallMs: (e.dur ?? 0) / 1000,
      cpuMs: cpu(e),
      frame: task.frame,
      thread: task.thread,
      start: e.ts,
      compileMs: 0,
      lazyCompileMs: 0,
      styleLayoutMs: 0,
    }));
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
