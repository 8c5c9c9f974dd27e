// The checks of the change alerts on recorded policy histories (ota/<lang>/history/<service>/, oldest
// first), shared by scripts/eval-changes.ts and its test. Each version is analysed as `analyze` reads
// it; consecutive pairs are diffed; copies made here (identical, cosmetic, two paragraphs swapped) must
// not count as changes.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PageAnalysis } from "../../lib/analyze.ts";
import { FINDINGS } from "../../lib/findings/index.ts";
import { type Outcome, toContractJson } from "./analyze-input.ts";
import { cosmeticCopy } from "./cosmetic-copy.ts";
import { diffAnalyses } from "./diff-input.ts";

export interface Check {
  passed: number;
  total: number;
}

export interface HistoryReport {
  services: number;
  versions: number;
  pairs: number;
  changedPairs: number;
  /** Versions `analyze` cannot read (an empty recorded file), with its reason: no pair is made with them. */
  unreadable: string[];
  checks: Record<"deterministic" | "levels" | "identical" | "cosmetic" | "reordered", Check>;
  passed: number;
  total: number;
  failures: string[];
}

/** Every history folder under `otaRoot` (ota/<lang>/history/<service>), sorted, with its versions. */
export function listHistories(otaRoot: string): { service: string; versions: string[] }[] {
  const out: { service: string; versions: string[] }[] = [];
  for (const lang of readdirSync(otaRoot).sort()) {
    const dir = path.join(otaRoot, lang, "history");
    if (!existsSync(dir)) continue;
    for (const service of readdirSync(dir).sort()) {
      const versions = readdirSync(path.join(dir, service))
        .filter((f) => f.endsWith(".md"))
        .sort()
        .map((f) => path.join(dir, service, f));
      if (versions.length) out.push({ service: `${lang}/${service}`, versions });
    }
  }
  return out;
}

/** The text with its two longest prose paragraphs (blank-line blocks ending a sentence) swapped. */
export function swapParagraphs(text: string): string | null {
  const blocks = text.split(/\n{2,}/);
  const prose = blocks
    .map((block, i) => ({ block, i }))
    .filter(({ block }) => /^\p{Lu}/u.test(block) && /[.!?]$/.test(block.trim()) && !block.includes("\n"))
    .sort((a, b) => b.block.length - a.block.length || a.i - b.i);
  const [a, b] = prose;
  if (!a || !b) return null;
  const swapped = [...blocks];
  swapped[a.i] = b.block;
  swapped[b.i] = a.block;
  return swapped.join("\n\n");
}

interface Options {
  analyze: (file: string, url: string | null) => Outcome;
  /** A folder for the copies. */
  scratch: string;
  /** Which versions get copies made of them: all, or only each service's latest (faster). */
  copies?: "all" | "latest";
}

export function historyChecks(otaRoot: string, options: Options): HistoryReport {
  const checks: HistoryReport["checks"] = {
    deterministic: { passed: 0, total: 0 },
    levels: { passed: 0, total: 0 },
    identical: { passed: 0, total: 0 },
    cosmetic: { passed: 0, total: 0 },
    reordered: { passed: 0, total: 0 },
  };
  const failures: string[] = [];
  const unreadable: string[] = [];
  const count = (name: keyof HistoryReport["checks"], ok: boolean, what: string) => {
    checks[name].total++;
    if (ok) checks[name].passed++;
    else failures.push(`${name}: ${what}`);
  };
  const histories = listHistories(otaRoot);
  let versions = 0;
  let pairs = 0;
  let changedPairs = 0;
  let copyNumber = 0;
  const analyseCopy = (text: string): PageAnalysis | null => {
    const file = path.join(options.scratch, `copy-${copyNumber++}.md`);
    writeFileSync(file, text);
    const outcome = options.analyze(file, null);
    return outcome.ok ? outcome.analysis : null;
  };
  for (const { service, versions: files } of histories) {
    const analyses = files.map((file) => {
      versions++;
      const outcome = options.analyze(file, null);
      if (!outcome.ok) unreadable.push(`${file}: ${outcome.error}`);
      return outcome.ok ? outcome.analysis : null;
    });
    for (let i = 1; i < files.length; i++) {
      const before = analyses[i - 1];
      const after = analyses[i];
      if (!before || !after) continue;
      pairs++;
      const name = `${service} ${path.basename(files[i - 1] ?? "")} → ${path.basename(files[i] ?? "")}`;
      const diff = diffAnalyses(before, after);
      if (diff.changed) changedPairs++;
      const again = diffAnalyses(structuredClone(before), structuredClone(after));
      const back = diffAnalyses(after, before);
      count(
        "deterministic",
        JSON.stringify(diff) === JSON.stringify(again) &&
          JSON.stringify(back.added) === JSON.stringify(diff.removed) &&
          JSON.stringify(back.removed) === JSON.stringify(diff.added),
        name,
      );
      const said = [before, after].map((a) => toContractJson("", a).summary);
      const levelsAgree = FINDINGS.every(
        ({ key }) =>
          diff.findings[key].before === said[0]?.[key].level &&
          diff.findings[key].after === said[1]?.[key].level,
      );
      count("levels", levelsAgree, name);
    }
    const copied = options.copies === "latest" ? [files.length - 1] : files.map((_, i) => i);
    for (const i of copied) {
      const file = files[i] ?? "";
      const original = analyses[i];
      if (!original) continue;
      const text = readFileSync(file, "utf8");
      const identical = analyseCopy(text);
      count("identical", identical !== null && !diffAnalyses(original, identical).changed, file);
      const cosmetic = analyseCopy(cosmeticCopy(text));
      const cosmeticDiff = cosmetic ? diffAnalyses(original, cosmetic) : null;
      count(
        "cosmetic",
        cosmeticDiff !== null && !cosmeticDiff.changed,
        `${file}${cosmeticDiff ? ` (+${cosmeticDiff.added.length} −${cosmeticDiff.removed.length}: ${cosmeticDiff.added[0] ?? cosmeticDiff.removed[0]})` : ""}`,
      );
      const swappedText = swapParagraphs(text);
      if (swappedText === null) continue;
      const swapped = analyseCopy(swappedText);
      const swappedDiff = swapped ? diffAnalyses(original, swapped) : null;
      count(
        "reordered",
        swappedDiff !== null && !swappedDiff.changed,
        `${file}${swappedDiff ? ` (+${swappedDiff.added.length} −${swappedDiff.removed.length}: ${swappedDiff.added[0] ?? ""})` : ""}`,
      );
    }
  }
  const all = Object.values(checks);
  return {
    services: histories.length,
    versions,
    pairs,
    changedPairs,
    unreadable,
    checks,
    passed: all.reduce((n, c) => n + c.passed, 0),
    total: all.reduce((n, c) => n + c.total, 0),
    failures,
  };
}
