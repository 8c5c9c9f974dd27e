// The CPU a trace charges to one of our scripts: its whole top-level task (callbacks after it count),
// but not the page's own work that finished in that task before our script began.
import { describe, expect, it } from "vitest";
import { enclosingTaskCpu, type ScriptTask, type TraceEvent } from "../../scripts/lib/script-trace";

const ms = 1000;
const ev = (name: string, ts: number, dur: number): TraceEvent => ({
  name,
  ph: "X",
  ts: ts * ms,
  dur: dur * ms,
  tdur: dur * ms,
  pid: 1,
  tid: 2,
});
const ours = (start: number, cpuMs: number): ScriptTask => ({
  kind: "evaluate",
  wallMs: cpuMs,
  cpuMs,
  frame: "F",
  thread: "1:2",
  start: start * ms,
  compileMs: 0,
  lazyCompileMs: 0,
  styleLayoutMs: 0,
});

describe("enclosingTaskCpu", () => {
  it("leaves out the page's parsing and scripts that ended before our script started", () => {
    const events = [
      ev("RunTask", 0, 600),
      ev("ParseHTML", 0, 570),
      ev("EvaluateScript", 10, 500), // the page's inline script, inside its parsing
      ev("EvaluateScript", 580, 4), // ours
      ev("FunctionCall", 590, 6), // our promise callback, same task
    ];
    expect(enclosingTaskCpu(events, ours(580, 4))).toBe(30);
  });

  it("counts the whole task when our script opens it, and our own CPU without a task around it", () => {
    const events = [ev("RunTask", 0, 80), ev("EvaluateScript", 0, 70)];
    expect(enclosingTaskCpu(events, ours(0, 70))).toBe(80);
    expect(enclosingTaskCpu([ev("EvaluateScript", 5, 3)], ours(5, 3))).toBe(3);
  });
});
