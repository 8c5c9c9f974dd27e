// Page-side harness, bundled by esbuild (scripts/bench/bundle.ts) and added to each page with
// page.addScriptTag: the same lib/ code the extension runs, exposed on window.__pgBench so the driver
// can time each stage inside a real Chromium page with performance.now().
import { Readability } from "@mozilla/readability";
import { classifySegments, type Model } from "../../lib/classify/index";
import { MODEL_JSON } from "../../lib/classify/model-data";
import { decodeModelFile } from "../../lib/classify/model-format";
import { detectPolicy } from "../../lib/detect/index";
import { collectBlocks } from "../../lib/extract/blocks";
import { createBudget } from "../../lib/extract/budget";
import { coverage } from "../../lib/extract/choose";
import { countElements, DEFAULT_MAX_ELEMENTS, extractPolicy } from "../../lib/extract/extractor";
import { fallbackBlocks } from "../../lib/extract/fallback";
import { readArticle } from "../../lib/extract/readability";
import { segmentBlocks } from "../../lib/segment/index";
import { summarize } from "../../lib/summarize/index";
import type { LabelledSegment } from "../../lib/types";
import type { BenchApi, ExtractBreakdown, ModelLoadTimes, PipelineRun } from "./types";

let model: Model | null = null;

function loadModel(): ModelLoadTimes {
  const t0 = performance.now();
  const data: unknown = JSON.parse(MODEL_JSON);
  const t1 = performance.now();
  model = decodeModelFile(data);
  const t2 = performance.now();
  return { parse: t1 - t0, decode: t2 - t1, total: t2 - t0 };
}

/** The stages exactly as lib/analyze.ts chains them (readPageText, then labelAndSummarize). */
function runPipeline(url: string): PipelineRun {
  if (!model) loadModel();
  const m = model;
  if (!m) throw new Error("model failed to load");
  const t0 = performance.now();
  const detection = detectPolicy(document, url);
  const t1 = performance.now();
  const extraction = extractPolicy(document);
  const t2 = performance.now();
  const segments = extraction.status === "ok" ? segmentBlocks(extraction.blocks) : [];
  const t3 = performance.now();
  const classifications = classifySegments(m, segments);
  const t4 = performance.now();
  const labelled: LabelledSegment[] = segments.map((segment, i) => ({
    ...segment,
    categories: classifications[i]?.categories ?? [],
    labels: classifications[i]?.labels ?? [],
  }));
  const summary = labelled.length ? summarize(labelled) : null;
  const t5 = performance.now();
  if (labelled.length && !summary) throw new Error("no summary");
  return {
    times: {
      detect: t1 - t0,
      extract: t2 - t1,
      segment: t3 - t2,
      classify: t4 - t3,
      summarize: t5 - t4,
      total: t5 - t0,
    },
    segments: segments.length,
    method: extraction.method,
    status: extraction.status,
    isPolicy: detection.isPolicy,
  };
}

function runReadability(): number {
  const t0 = performance.now();
  const clone = document.cloneNode(true) as Document;
  new Readability(clone).parse();
  return performance.now() - t0;
}

function extractBreakdown(): ExtractBreakdown {
  const budget = createBudget(60_000, () => performance.now());
  const t0 = performance.now();
  countElements(document, DEFAULT_MAX_ELEMENTS + 1);
  const t1 = performance.now();
  const fallback = fallbackBlocks(document, budget);
  const t2 = performance.now();
  const article = readArticle(document, DEFAULT_MAX_ELEMENTS);
  const t3 = performance.now();
  const readable = article ? collectBlocks(article.content, { budget }) : null;
  const t4 = performance.now();
  if (readable) coverage(readable.blocks, fallback.blocks);
  const t5 = performance.now();
  return {
    countElements: t1 - t0,
    fallbackWalk: t2 - t1,
    readabilityParse: t3 - t2,
    readabilityBlocks: t4 - t3,
    coverage: t5 - t4,
  };
}

const api: BenchApi = {
  loadModel,
  runPipeline,
  runReadability,
  extractBreakdown,
  modelChars: () => MODEL_JSON.length,
};
(globalThis as unknown as { __pgBench: BenchApi }).__pgBench = api;
