/**
 * `npm run eval:changes [-- --json]`: the change alerts on the recorded histories of real policies
 * (ota/<lang>/history/<service>/, Open Terms Archive, oldest first). Every version is analysed once;
 * every consecutive pair is diffed, and these checks are counted:
 * - deterministic: diffing the pair again gives the same JSON;
 * - levels: each finding's before/after level is what `analyze` says of each version;
 * - identical: a version against itself is not a change;
 * - cosmetic: a version against its cosmetic copy (scripts/lib/cosmetic-copy.ts: other date, list
 *   markers, spacing, hard wraps) is not a change, and neither is a copy with two paragraphs swapped.
 * It also prints how many recorded pairs were found changed (the archive also records changes of
 * layout only, so not every recorded pair is a change).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyzeInput } from "./lib/analyze-input.ts";
import { type HistoryReport, historyChecks } from "./lib/change-checks.ts";
import { dataDir } from "./lib/data-dir.ts";

const json = process.argv.includes("--json");
const root = path.join(dataDir(), "ota");
if (!existsSync(root)) {
  console.error(`eval:changes: ${root} not found (set PRIVACY_GLANCE_DATA)`);
  process.exit(2);
}
const scratch = mkdtempSync(path.join(os.tmpdir(), "pg-changes-"));
try {
  const report: HistoryReport = historyChecks(root, {
    analyze: analyzeInput,
    scratch,
    copies: process.argv.includes("--latest") ? "latest" : "all",
  });
  if (json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`services: ${report.services}, versions: ${report.versions}, pairs diffed: ${report.pairs}`);
    console.log(`recorded pairs found changed: ${report.changedPairs} of ${report.pairs}`);
    for (const line of report.unreadable) console.log(`  not read (no pair made with it): ${line}`);
    for (const [name, c] of Object.entries(report.checks))
      console.log(`  ${name.padEnd(14)} ${c.passed}/${c.total}`);
    console.log(
      `checks passed: ${report.passed}/${report.total} = ${(report.passed / report.total).toFixed(3)}`,
    );
    for (const failure of report.failures.slice(0, 30)) console.log(`  fail: ${failure}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
