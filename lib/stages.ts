// The pipeline's stage timings: an optional hook (onStage) the stages report their duration to. The
// bench passes one to time the composition that ships; without a hook nothing is timed.

export type StageName = "detect" | "parse" | "extract" | "segment" | "classify" | "summarize";

/** Called once per stage run, with its wall time in milliseconds (performance.now()). */
export type OnStage = (stage: StageName, ms: number) => void;

/** Runs `fn` as `stage`, reporting how long it took when there is a hook. */
export function timed<T>(stage: StageName, onStage: OnStage | undefined, fn: () => T): T {
  if (!onStage) return fn();
  const start = performance.now();
  const value = fn();
  onStage(stage, performance.now() - start);
  return value;
}
