// Harness bundled by esbuild (scripts/bench/bundle.ts) and evaluated in Chromium pages: the same lib/
// code the extension runs, exposed on window.__pgBench so the driver can time each stage with
// performance.now() where the extension runs it (the policy page, or its long-lived reader).
import { Readability } from "@mozilla/readability";
import type { Model } from "../../lib/classify/index";
import { MODEL_JSON } from "../../lib/classify/model-data";
import { decodeModelFile } from "../../lib/classify/model-format";
import { detectPolicy } from "../../lib/detect/index";
import { collectBlocks } from "../../lib/extract/blocks";
import { createBudget } from "../../lib/extract/budget";
import { preferReadability } from "../../lib/extract/choose";
import { countElements, DEFAULT_MAX_ELEMENTS, removeForReadability } from "../../lib/extract/extractor";
import { fallbackBlocks } from "../../lib/extract/fallback";
import { readArticle } from "../../lib/extract/readability";
import { labelAndSummarize } from "../../lib/label-and-summarize";
import { MAX_PAGE_ELEMENTS } from "../../lib/limits";
import { parseHtmlNatively } from "../../lib/native-html-document";
import { pageHtml } from "../../lib/page-html";
import { readPageHtml } from "../../lib/page-text";
import { hasTooMuchText } from "../../lib/page-text-size";
import type { OnStage, StageName } from "../../lib/stages";
import type { BenchApi, ExtractBreakdown, ModelLoadTimes, PageSideRun, ReaderRun } from "./types";

let model: Model | null = null;

function loadModel(): ModelLoadTimes {
  const t0 = performance.now();
  const data: unknown = JSON.parse(MODEL_JSON);
  const t1 = performance.now();
  model = decodeModelFile(data);
  const t2 = performance.now();
  return { parse: t1 - t0, decode: t2 - t1, total: t2 - t0 };
}

/**
 * The page side, in the live page as the extension runs it there (code fresh in each page, like the
 * injected scripts): the detector's verdict, then serialising the page for the reader.
 */
function runPageSide(url: string, withHtml: boolean): PageSideRun {
  const t0 = performance.now();
  const detection = detectPolicy(document, url);
  const t1 = performance.now();
  // The extractor's checks before it serialises (entrypoints/extractor.ts currentPage).
  const tooLarge = document.getElementsByTagName("*").length > MAX_PAGE_ELEMENTS || hasTooMuchText(document);
  const html = pageHtml(document);
  const t2 = performance.now();
  if (tooLarge) throw new Error("a policy page in the bench is too large for the extension");
  return {
    detect: t1 - t0,
    serialize: t2 - t1,
    html: withHtml ? html : "",
    wholeHtml: withHtml ? document.documentElement.outerHTML : "",
    isPolicy: detection.isPolicy,
  };
}

/**
 * The rest, in a long-lived page as the extension runs it in its reader (Chrome's offscreen
 * document: lib/page-text.ts readPageHtml, parse → extract → segment) and its background
 * (lib/label-and-summarize.ts, classify → summarize): the shipped functions, timed through their
 * onStage hook. Each run parses the HTML afresh: extraction rewrites the private document it owns, as
 * the reader's does.
 */
function runReader(html: string): ReaderRun {
  if (!model) loadModel();
  const m = model;
  if (!m) throw new Error("model failed to load");
  const times: Record<StageName, number> = {
    detect: 0,
    parse: 0,
    extract: 0,
    segment: 0,
    classify: 0,
    summarize: 0,
  };
  const onStage: OnStage = (stage, ms) => {
    times[stage] += ms;
  };
  const text = readPageHtml(html, "text/html", parseHtmlNatively, onStage);
  const { segments, summary } = labelAndSummarize(
    m,
    text.status === "ok" ? text.segments : [],
    null,
    onStage,
  );
  if (segments.length && !summary) throw new Error("no summary");
  return {
    parse: times.parse,
    extract: times.extract,
    segment: times.segment,
    classify: times.classify,
    summarize: times.summarize,
    segments: segments.length,
    method: text.method,
    status: text.status,
  };
}

/**
 * `new Readability(doc).parse()` with default options on a fresh private parse of the whole page's
 * HTML (what a reader view pays; the pipeline gets the leaner lib/page-html.ts serialisation).
 */
function runReadability(html: string): number {
  const doc = parseHtmlNatively(html);
  const t0 = performance.now();
  new Readability(doc).parse();
  return performance.now() - t0;
}

/** extract's sub-steps on their own, on a fresh parse (the order lib/extract/extractor.ts runs them). */
function extractBreakdown(html: string): ExtractBreakdown {
  const doc = parseHtmlNatively(html);
  const budget = createBudget(60_000, () => performance.now());
  const t0 = performance.now();
  countElements(doc, DEFAULT_MAX_ELEMENTS + 1);
  const t1 = performance.now();
  const skipped: Element[] = [];
  const fallback = fallbackBlocks(doc, budget, skipped, true);
  removeForReadability(skipped);
  const t2 = performance.now();
  const article = readArticle(doc, DEFAULT_MAX_ELEMENTS);
  const t3 = performance.now();
  const readable = article ? collectBlocks(article.content, { budget, deferLinks: true }) : null;
  const t4 = performance.now();
  // The choice, then the kept walk's links resolved (as extractPolicy does; counted with the choice).
  const useReadability = readable ? preferReadability(readable.blocks, fallback.blocks) : false;
  if (useReadability && readable) readable.withLinks(readable.blocks);
  else fallback.withLinks(fallback.blocks);
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
  runPageSide,
  runReader,
  runReadability,
  extractBreakdown,
  modelChars: () => MODEL_JSON.length,
};
(globalThis as unknown as { __pgBench: BenchApi }).__pgBench = api;
