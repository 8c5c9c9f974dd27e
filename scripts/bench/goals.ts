// Every performance and size goal of the extension, in one table: the bench's rows take their goal text
// and their check from here, and `npm run bench` prints the table with each goal met or OVER.

export interface Goal {
  /** As printed in the table's goal column. */
  text: string;
  met(value: number): boolean;
}

const atMost = (limit: number, text: string): Goal => ({ text, met: (value) => value <= limit });
const KB = 1024;
const MB = 1024 * 1024;

export const GOALS = {
  /** Bytes of the manifest's content scripts (code that would run on every page). */
  everyPageCode: atMost(10 * KB, "≤ 10 KB"),
  /** Bytes of the detector injected where a tab's address or title may name a policy. */
  detectorCode: atMost(10 * KB, "≤ 10 KB"),
  /** The extension's main-thread CPU per ordinary page, p95 (ms). */
  ordinaryPageCpuP95: atMost(1, "p95 ≤ 1 ms"),
  /** Bytes of the bundled model (lib/classify/model-data.ts). */
  modelBytes: atMost(1.5 * MB, "≤ 1.5 MB"),
  /** Bytes of each store zip. */
  storeZip: atMost(2 * MB, "≤ 2 MB"),
  /** The five stages (detect … summarize) ÷ Readability.parse alone: median per-page ratio, same run. */
  stagesToReadability: atMost(2, "≤ 2.0×"),
  /** End to end (stages + serialise + parse), p50 (ms). */
  endToEndP50: atMost(25, "p50 ≤ 25 ms"),
  /** End to end (stages + serialise + parse), p95 (ms). */
  endToEndP95: atMost(80, "p95 ≤ 80 ms"),
} satisfies Record<string, Goal>;
