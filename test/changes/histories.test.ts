// The change alerts on the recorded histories of real policies (Open Terms Archive, in the shared data
// folder): every consecutive pair diffed, twice and both ways; levels as `analyze` gives them; copies of
// each service's latest version (identical, cosmetic, two paragraphs swapped) are not changes.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeInput } from "../../scripts/lib/analyze-input";
import { historyChecks } from "../../scripts/lib/change-checks";
import { dataDir } from "../../scripts/lib/data-dir";

const ota = path.join(dataDir(), "ota");
const present = existsSync(ota);
if (!present) console.warn(`change histories: ${ota} not found — skipped (set PRIVACY_GLANCE_DATA)`);

describe.skipIf(!present)("recorded policy histories (needs ../shared/data/ota)", () => {
  it("diffs every consecutive pair deterministically, with analyze's levels, and no copy is a change", () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), "pg-histories-"));
    try {
      const report = historyChecks(ota, { analyze: analyzeInput, scratch, copies: "latest" });
      expect(report.pairs).toBeGreaterThan(0);
      expect(report.checks.deterministic.total).toBe(report.pairs);
      expect(report.checks.levels.total).toBe(report.pairs);
      expect(report.failures).toEqual([]);
      // Recorded versions differ: most pairs are changes (the archive also records layout-only edits).
      expect(report.changedPairs).toBeGreaterThan(report.pairs / 2);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 600_000);
});
