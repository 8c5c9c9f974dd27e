// Reads one CLI input (an HTML page or a plain-text policy) and runs the pipeline on it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { analyzeDocument, analyzeText, type PageAnalysis } from "../../lib/analyze.ts";
import { loadBundledModel } from "../../lib/classify/bundled-model.ts";
import { parseHtmlDocument } from "./dom.ts";

const MAX_INPUT_BYTES = 25_000_000;
const INPUT_EXTENSIONS = new Set([".html", ".htm", ".xhtml", ".txt", ".text"]);

export interface Input {
  path: string;
  error?: string;
}

export interface InputList {
  inputs: Input[];
  /** Files inside the given folders that are neither HTML nor text, so not read. */
  skipped: string[];
}

/** Expands folders (their .html/.txt files, sorted, recursively) and keeps files as given. */
export function listInputs(paths: string[]): InputList {
  const inputs: Input[] = [];
  const skipped: string[] = [];
  const visit = (p: string, explicit: boolean) => {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(p);
    } catch {
      inputs.push({ path: p, error: "no such file or folder" });
      return;
    }
    if (stats.isDirectory()) {
      for (const name of readdirSync(p).sort()) visit(path.join(p, name), false);
    } else if (explicit || INPUT_EXTENSIONS.has(path.extname(p).toLowerCase())) {
      inputs.push({ path: p });
    } else {
      skipped.push(p);
    }
  };
  for (const p of paths) visit(p, true);
  return { inputs, skipped };
}

export type Outcome = { ok: true; analysis: PageAnalysis } | { ok: false; error: string };

function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0) || bytes.subarray(0, 5).toString("latin1") === "%PDF-";
}

function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(<!doctype html|<html|<head|<body|<\?xml)/i.test(text) ||
    /<(p|div|h[1-6]|article)[\s>]/i.test(text.slice(0, 5000))
  );
}

export function analyzeInput(file: string, url: string | null): Outcome {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { ok: false, error: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"})` };
  }
  if (bytes.length > MAX_INPUT_BYTES)
    return { ok: false, error: `too large to analyse (${bytes.length} bytes, limit ${MAX_INPUT_BYTES})` };
  if (looksBinary(bytes)) return { ok: false, error: "not a text or HTML file (binary content)" };
  const text = bytes.toString("utf8");
  if (!text.trim()) return { ok: false, error: "the file is empty" };
  const model = loadBundledModel();
  const isHtml = /\.x?html?$/i.test(file) || (!/\.te?xt$/i.test(file) && looksLikeHtml(text));
  const analysis = isHtml
    ? analyzeDocument(parseHtmlDocument(text), url, model)
    : analyzeText(text, url, model);
  if (analysis.status === "too-large") return { ok: false, error: "the page is too large to analyse" };
  if (analysis.status !== "ok" || !analysis.summary)
    return { ok: false, error: "no readable text found in the page" };
  return { ok: true, analysis };
}

/** The JSON contract of `analyze --json` (DESIGN.md). */
export function toContractJson(source: string, analysis: PageAnalysis) {
  return {
    source,
    url: analysis.url,
    title: analysis.title,
    detection: analysis.detection,
    extraction: { method: analysis.method, status: analysis.status },
    segments: analysis.segments.map((s) => ({
      index: s.index,
      text: s.text,
      heading: s.heading,
      categories: s.categories,
      labels: s.labels,
    })),
    summary: analysis.summary,
  };
}

/** A short human-readable report for the terminal. */
export function formatAnalysis(source: string, analysis: PageAnalysis): string {
  const lines = [`${source}${analysis.url ? ` (${analysis.url})` : ""}`];
  const d = analysis.detection;
  lines.push(
    `  privacy policy: ${d.isPolicy ? "yes" : "no"} (score ${d.score.toFixed(2)}), ${analysis.segments.length} segments`,
  );
  if (!d.isPolicy && analysis.method !== "text")
    lines.push("  (this page does not look like a privacy policy: read the findings below with care)");
  const summary = analysis.summary;
  if (summary) {
    const rows: [string, { level: string; facts: string[] }][] = [
      ["cookies", summary.cookies],
      ["sharing", summary.sharing],
      ["opt-out", summary.optOut],
      ["tracking", summary.tracking],
    ];
    for (const [name, finding] of rows) {
      lines.push(`  ${name.padEnd(9)} ${finding.level}`);
      for (const fact of finding.facts) lines.push(`            - ${fact}`);
    }
    for (const contact of summary.optOut.contacts)
      lines.push(
        `  contact   ${contact.kind}: ${contact.value}${contact.purpose ? ` (${contact.purpose})` : ""}`,
      );
  }
  return lines.join("\n");
}
