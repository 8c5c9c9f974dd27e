// Shapes shared by the Node driver (scripts/bench.ts) and the page harness (harness.ts).

/** Milliseconds per pipeline stage for one run on one page. */
export interface StageTimes {
  /** In the policy page (the detector). */
  detect: number;
  /** In the reader (Chrome's offscreen document). */
  extract: number;
  segment: number;
  /** In the background. */
  classify: number;
  summarize: number;
  /** detect + extract + segment + classify + summarize. */
  total: number;
}

/** What the policy page itself does: the detector, then serialising its HTML for the reader. */
export interface PageSideRun {
  detect: number;
  serialize: number;
  /** What the extension sends the reader (lib/page-html.ts). */
  html: string;
  /** The whole documentElement.outerHTML (untimed): Readability alone reads the whole page. */
  wholeHtml: string;
  isPolicy: boolean;
}

/** One run of the reader and background stages on a page's HTML. */
export interface ReaderRun {
  /** DOMParser on the page's HTML: the reader's private copy of the page. */
  parse: number;
  extract: number;
  segment: number;
  classify: number;
  summarize: number;
  segments: number;
  method: string;
  status: string;
}

/** Where extract's time goes (the sub-steps of lib/extract/extractor.ts, run on their own). */
export interface ExtractBreakdown {
  countElements: number;
  fallbackWalk: number;
  readabilityParse: number;
  readabilityBlocks: number;
  coverage: number;
}

/** One composed run: the page side's detect with a reader run, and the transport between them. */
export interface PipelineRun {
  times: StageTimes;
  /** Serialising in the page + parsing in the reader: the cost of reading off the page's thread. */
  transport: { serialize: number; parse: number };
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
  /** `withHtml`: return the serialised HTML too (once per page is enough). */
  runPageSide(url: string, withHtml: boolean): PageSideRun;
  runReader(html: string): ReaderRun;
  /** `new Readability(doc).parse()` with default options on a fresh parse: the reference cost. */
  runReadability(html: string): number;
  extractBreakdown(html: string): ExtractBreakdown;
  modelChars(): number;
}

export const STAGES = ["detect", "extract", "segment", "classify", "summarize", "total"] as const;
export type Stage = (typeof STAGES)[number];
