// Reads one CLI input (an HTML page or a plain-text policy) and runs the pipeline on it.

import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { analyzeDocument, analyzeText, detectionWasRun, type PageAnalysis } from "../../lib/analyze.ts";
import { loadBundledModel } from "../../lib/classify/bundled-model.ts";
import { contactsOf, FINDINGS } from "../../lib/findings/index.ts";
import { languageOf } from "../../lib/lang/index.ts";
import { withBase } from "../../lib/page-html";
import type { ThirdParty } from "../../lib/third-parties/compare.ts";
import { savedPageResources, savedPageThirdParties } from "../../lib/third-parties/saved-page.ts";
import type { Contact, Evidence } from "../../lib/types.ts";
import { levelWord } from "./cli-words.ts";
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

/** `thirdParties`: for HTML inputs only, from the page's own tags (lib/third-parties/saved-page.ts). */
export type Outcome =
  | { ok: true; analysis: PageAnalysis; thirdParties?: ThirdParty[] }
  | { ok: false; error: string };

function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0) || bytes.subarray(0, 5).toString("latin1") === "%PDF-";
}

function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(<!doctype html|<html|<head|<body|<\?xml)/i.test(text) ||
    /<(p|div|h[1-6]|article)[\s>]/i.test(text.slice(0, 5000))
  );
}

/** The --url value as given, or why it is not usable: it must be a full http(s) address. */
export function checkUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `--url "${url}" is not a web address (write it in full, like https://example.com/privacy)`;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    return `--url "${url}" is not a web address (it should start with http:// or https://)`;
  return null;
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
  // With --url, the page's relative links are read against it (a saved page has lost its address).
  const doc = isHtml ? parseHtmlDocument(url ? withBase(text, url) : text) : null;
  const resources = doc ? savedPageResources(doc, text, url) : null;
  const analysis = doc
    ? analyzeDocument(doc, url, model, { ownsDocument: true })
    : analyzeText(text, url, model);
  if (analysis.status === "too-large") return { ok: false, error: "the page is too large to analyse" };
  if (analysis.status !== "ok" || !analysis.summary)
    return { ok: false, error: "no readable text found in the page" };
  if (!resources) return { ok: true, analysis };
  return { ok: true, analysis, thirdParties: savedPageThirdParties(resources, analysis.segments) };
}

/** The JSON contract of `analyze --json` (README "Command line"). */
export function toContractJson(source: string, analysis: PageAnalysis, thirdParties?: ThirdParty[]) {
  return {
    source,
    url: analysis.url,
    title: analysis.title,
    /** The language the text was read in ("en", "fr"): an added field, the contract's others unchanged. */
    language: analysis.language,
    // `checked: false`: plain text is read as a policy as given; the detector did not look at it.
    detection: { ...analysis.detection, checked: detectionWasRun(analysis.detection) },
    extraction: { method: analysis.method, status: analysis.status },
    segments: analysis.segments.map((s) => ({
      index: s.index,
      text: s.text,
      heading: s.heading,
      categories: s.categories,
      labels: s.labels,
    })),
    summary: analysis.summary,
    ...(thirdParties ? { thirdParties } : {}),
  };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Evidence quotes shown per finding in the readable report; the JSON has them all. */
const QUOTES_SHOWN = 3;
/** Each quote is cut to this many terminal lines. */
const QUOTE_LINES = 2;

/** Word-wraps `text` to `width` columns, keeping at most `maxLines` lines (the last ends in "…" if cut). */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  // A word longer than a line (a long address) is broken into line-sized pieces.
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => word.match(new RegExp(`.{1,${width}}`, "gu")) ?? []);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = "";
      if (lines.length > maxLines) break;
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${(kept[maxLines - 1] ?? "").slice(0, width - 1).trimEnd()}…`;
  return kept;
}

function quoteLines(evidence: Evidence[], indent: string, width: number): string[] {
  const quotes = [...new Set(evidence.map((e) => e.text.replace(/\s+/g, " ").trim()))].filter(Boolean);
  const lines: string[] = [];
  for (const quote of quotes.slice(0, QUOTES_SHOWN)) {
    const wrapped = wrapText(quote, Math.max(width - indent.length - 2, 20), QUOTE_LINES);
    const last = wrapped.length - 1;
    wrapped.forEach((text, i) => {
      const open = i === 0 ? "“" : " ";
      const close = i === last ? (text.endsWith("…") ? "" : "”") : "";
      lines.push(`${indent}${open}${text}${close}`);
    });
  }
  if (quotes.length > QUOTES_SHOWN)
    lines.push(`${indent}(${plural(quotes.length - QUOTES_SHOWN, "more quote")} in --json)`);
  return lines;
}

function contactLine(contact: Contact): string {
  const words =
    contact.kind === "url" && contact.text && contact.text !== contact.value ? `${contact.text}: ` : "";
  return `${contact.kind.padEnd(6)} ${words}${contact.value}${contact.purpose ? `  (${contact.purpose})` : ""}`;
}

/** A short human-readable report for the terminal: findings with their facts, evidence and contacts. */
export function formatAnalysis(source: string, analysis: PageAnalysis, width = 100): string {
  const lines = [`${source}${analysis.url ? ` (${analysis.url})` : ""}`];
  if (analysis.title) lines.push(`  title: ${analysis.title}`);
  const d = analysis.detection;
  const verdict = !detectionWasRun(d)
    ? "not checked (plain text is read as a policy)"
    : `${d.isPolicy ? "yes" : "no"} (score ${d.score.toFixed(2)})`;
  lines.push(`  privacy policy: ${verdict}, ${plural(analysis.segments.length, "segment")}`);
  lines.push(
    `  language: ${languageOf(analysis.language)?.name ?? analysis.language} (${analysis.language})`,
  );
  if (!d.isPolicy)
    lines.push("  (this page does not look like a privacy policy: read the findings below with care)");
  const summary = analysis.summary;
  if (summary) {
    for (const { key, reportName } of FINDINGS) {
      const finding = summary[key];
      lines.push("", `  ${reportName}: ${levelWord(finding.level)}`);
      for (const fact of finding.facts) lines.push(`    - ${fact}`);
      const contacts = contactsOf(summary, key);
      if (contacts.length) {
        lines.push("    contacts:");
        for (const contact of contacts) lines.push(`      ${contactLine(contact)}`);
      }
      if (finding.evidence.length) {
        lines.push("    evidence:");
        lines.push(...quoteLines(finding.evidence, "      ", width));
      }
    }
  }
  return lines.join("\n");
}
