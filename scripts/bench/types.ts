// Shapes shared by the Node driver (scripts/bench.ts) and the page harness (harness.ts).

/** Milliseconds per pipeline stage for one run on one page. */
export interface StageTimes {
  detect: number;
  extract: number;
  segment: number;
  classify: number;
  summarize: number;
  /** detect + extract + segment + classify + summarize, timed around the whole run. */
  total: number;
}

/** Where extract's time goes (the sub-steps of lib/extract/extractor.ts, run on their own). */
export interface ExtractBreakdown {
  countElements: number;
  fallbackWalk: number;
  readabilityParse: number;
  readabilityBlocks: number;
  coverage: number;
}

export interface PipelineRun {
  times: StageTimes;
  segments: number;
  method: string;
  status: string;
  isPolicy: boolean;
}

export interface ModelLoadTimes {
  /** JSON.parse of the bundled model string. */
  parse: number;
  /** Validation (zod/mini) + base64/varint decoding + hash table. */
  decode: number;
  total: number;
}

/** What the harness bundle puts on `window.__pgBench`. */
export interface BenchApi {
  loadModel(): ModelLoadTimes;
  runPipeline(url: string): PipelineRun;
  /** `new Readability(document.cloneNode(true)).parse()` with default options: the reference cost. */
  runReadability(): number;
  extractBreakdown(): ExtractBreakdown;
  modelChars(): number;
}

export const STAGES = ["detect", "extract", "segment", "classify", "summarize", "total"] as const;
export type Stage = (typeof STAGES)[number];
