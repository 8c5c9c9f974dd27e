// `privacy-glance diff OLD NEW`: both versions read as `analyze` reads them, then compared
// (lib/changes/diff.ts). The readable report puts the findings that changed first, then the sentences.

import type { PageAnalysis } from "../../lib/analyze.ts";
import { diffVersions, findingChanged, findingFacts, type PolicyDiff } from "../../lib/changes/diff.ts";
import { keyedSentences } from "../../lib/changes/normalize.ts";
import { FINDINGS } from "../../lib/findings/index.ts";
import { wrapText } from "./analyze-input.ts";
import { levelWord } from "./cli-words.ts";

/** The diff of two analysed versions (the `diff --json` contract). */
export function diffAnalyses(before: PageAnalysis, after: PageAnalysis): PolicyDiff {
  const version = (analysis: PageAnalysis) => {
    if (!analysis.summary) throw new Error("a version without a summary cannot be compared");
    return {
      sentences: keyedSentences(analysis.segments),
      findings: findingFacts(analysis.summary),
    };
  };
  return diffVersions(version(before), version(after));
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Sentences listed per side in the readable report; --json has them all. */
const SENTENCES_SHOWN = 10;

export function formatDiff(oldPath: string, newPath: string, diff: PolicyDiff, width = 100): string {
  const lines = [`${oldPath} → ${newPath}`];
  if (!diff.changed) {
    lines.push('  no material change (only spacing, list markers, order or the "last updated" date differ)');
  } else {
    lines.push(`  changed: ${plural(diff.added.length, "sentence")} added, ${diff.removed.length} removed`);
  }
  for (const { key, reportName } of FINDINGS) {
    const change = diff.findings[key];
    if (!findingChanged(change)) continue;
    const level =
      change.before === change.after
        ? levelWord(change.after)
        : `${levelWord(change.before)} → ${levelWord(change.after)}`;
    lines.push("", `  ${reportName}: ${level}`);
    for (const fact of change.factsAdded) lines.push(`    + ${fact}`);
    for (const fact of change.factsRemoved) lines.push(`    - ${fact}`);
  }
  const list = (title: string, sign: string, sentences: string[]) => {
    if (!sentences.length) return;
    lines.push("", `  ${title}:`);
    for (const sentence of sentences.slice(0, SENTENCES_SHOWN)) {
      const [first, ...rest] = wrapText(sentence, Math.max(width - 6, 20), 2);
      lines.push(`    ${sign} ${first ?? ""}`, ...rest.map((line) => `      ${line}`));
    }
    if (sentences.length > SENTENCES_SHOWN)
      lines.push(`    (${plural(sentences.length - SENTENCES_SHOWN, "more sentence")} in --json)`);
  };
  list("added", "+", diff.added);
  list("removed", "-", diff.removed);
  return lines.join("\n");
}
