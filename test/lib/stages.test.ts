// The pipeline's stage hook: each stage reports once, in order, and timing changes nothing of the result.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeDocument } from "../../lib/analyze";
import { loadBundledModel } from "../../lib/classify/bundled-model";
import { parseHtmlDocument } from "../../lib/html-document";
import { labelAndSummarize } from "../../lib/label-and-summarize";
import { readPageHtml } from "../../lib/page-text";
import type { StageName } from "../../lib/stages";

const HTML = readFileSync(path.join(__dirname, "../fixtures/site/privacy.html"), "utf8");
const model = loadBundledModel();

function recorder() {
  const seen: [StageName, number][] = [];
  return { seen, onStage: (stage: StageName, ms: number) => seen.push([stage, ms]) };
}

describe("onStage", () => {
  it("hears the five stages of analyzeDocument, once each and in order, and changes nothing", () => {
    const { seen, onStage } = recorder();
    const url = "https://shop.example/privacy";
    const timed = analyzeDocument(parseHtmlDocument(HTML), url, model, { ownsDocument: true }, onStage);
    expect(seen.map(([stage]) => stage)).toEqual(["detect", "extract", "segment", "classify", "summarize"]);
    for (const [, ms] of seen) expect(ms).toBeGreaterThanOrEqual(0);
    expect(timed).toEqual(analyzeDocument(parseHtmlDocument(HTML), url, model, { ownsDocument: true }));
  });

  it("hears the reader's parse as well, as the extension composes it", () => {
    const { seen, onStage } = recorder();
    const text = readPageHtml(HTML, "text/html", parseHtmlDocument, onStage);
    const result = labelAndSummarize(model, text.segments, null, onStage);
    expect(seen.map(([stage]) => stage)).toEqual(["parse", "extract", "segment", "classify", "summarize"]);
    expect(result).toEqual(
      labelAndSummarize(model, readPageHtml(HTML, "text/html", parseHtmlDocument).segments),
    );
  });

  it("reports no extract or segment for a page refused as too large", () => {
    const { seen, onStage } = recorder();
    const huge = `<html><body><p>${"word ".repeat(500_000)}</p></body></html>`;
    const text = readPageHtml(huge, "text/html", parseHtmlDocument, onStage);
    expect(text.status).toBe("too-large");
    expect(seen.map(([stage]) => stage)).toEqual(["parse", "extract"]);
  });
});
