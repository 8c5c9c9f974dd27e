// The classifier and the model in Node (tsx): model load time and classifier throughput over the
// OPP-115 segments (train + dev policies, in document order, with their derived headings).
import { performance } from "node:perf_hooks";
import { classifySegments, type Model } from "../../lib/classify/index.ts";
import { decodeModelFile } from "../../lib/classify/model-format.ts";
import { readSegments, readSplit } from "../lib/opp115.ts";
import { median, round } from "./stats.ts";

export interface NodeModelLoad {
  /** Importing the generated module that holds the model JSON string. */
  importMs: number;
  /** First JSON.parse + decodeModelFile in this process (what loadBundledModel does once). */
  firstMs: number;
  firstParseMs: number;
  firstDecodeMs: number;
  /** Median of 5 further loads (warm code). */
  warmMs: number;
  modelChars: number;
  /** Bytes of the decoded typed arrays (weights, idf, hash table, …). */
  decodedBytes: number;
}

export interface NodeThroughput {
  policies: number;
  segments: number;
  seconds: number;
  segmentsPerSecond: number;
  /** Per-policy classifySegments time (ms), median and max. */
  perPolicyMedianMs: number;
  perPolicyMaxMs: number;
}

function decodedBytes(m: Model): number {
  return [m.table, m.denseRows, m.idf, m.weights, m.weightScales, m.bias, m.thresholds].reduce(
    (sum, a) => sum + (a?.byteLength ?? 0),
    0,
  );
}

export async function nodeModelLoad(): Promise<{ load: NodeModelLoad; model: Model }> {
  const t0 = performance.now();
  const { MODEL_JSON } = await import("../../lib/classify/model-data.ts");
  const t1 = performance.now();
  const data: unknown = JSON.parse(MODEL_JSON);
  const t2 = performance.now();
  const model = decodeModelFile(data);
  const t3 = performance.now();
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    decodeModelFile(JSON.parse(MODEL_JSON));
    warm.push(performance.now() - s);
  }
  return {
    model,
    load: {
      importMs: round(t1 - t0),
      firstMs: round(t3 - t1),
      firstParseMs: round(t2 - t1),
      firstDecodeMs: round(t3 - t2),
      warmMs: round(median(warm)),
      modelChars: MODEL_JSON.length,
      decodedBytes: decodedBytes(model),
    },
  };
}

export function classifierThroughput(model: Model, maxPolicies: number): NodeThroughput {
  const names = [...readSplit("train"), ...readSplit("dev")].slice(0, maxPolicies);
  const policies = names.map((name) => readSegments(name).map((s) => ({ text: s.text, heading: s.heading })));
  // Warm-up: the figures are for a running background, not the first call after start.
  for (const p of policies.slice(0, 3)) classifySegments(model, p);
  const perPolicy: number[] = [];
  let segments = 0;
  const t0 = performance.now();
  for (const p of policies) {
    const s = performance.now();
    classifySegments(model, p);
    perPolicy.push(performance.now() - s);
    segments += p.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  return {
    policies: policies.length,
    segments,
    seconds: round(seconds),
    segmentsPerSecond: Math.round(segments / seconds),
    perPolicyMedianMs: round(median(perPolicy)),
    perPolicyMaxMs: round(Math.max(...perPolicy)),
  };
}
