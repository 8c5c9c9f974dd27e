import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cacheKey, FIT_FILES } from "../../scripts/lib/classifier/cache";
import { repoRoot } from "../../scripts/lib/data-dir";
import { candidateConfig, SHIPPED_CANDIDATE } from "../../scripts/lib/train-model";

/** Repository-relative files `file` imports at run time, transitively (relative, not type-only). */
function importClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(path.join(repoRoot, file), "utf8");
  for (const m of source.matchAll(/^(?:import|export)(?! type )[^;]*?from "(\.[^"]+)";/gms)) {
    let target = path.join(path.dirname(file), m[1] ?? "");
    if (!target.endsWith(".ts")) target += ".ts";
    importClosure(target, seen);
  }
  return seen;
}

describe("classifier cache key", () => {
  it("covers every file that decides a fitted model", () => {
    const deciding = [
      ...importClosure("scripts/lib/classifier/pipeline.ts"),
      ...importClosure("scripts/lib/classifier/policies.ts"),
    ];
    // infer.ts only predicts with a fitted model: it does not change what is fitted.
    const missing = deciding.filter((f) => f !== "lib/classify/infer.ts" && !FIT_FILES.includes(f));
    expect(missing).toEqual([]);
  });

  it("changes with the recipe and the policies", () => {
    const cfg = candidateConfig(SHIPPED_CANDIDATE);
    const key = cacheKey({ cfg, fit: ["a", "b"] }, FIT_FILES);
    expect(cacheKey({ cfg, fit: ["a", "b"] }, FIT_FILES)).toBe(key);
    expect(cacheKey({ cfg: { ...cfg, minDf: cfg.minDf + 1 }, fit: ["a", "b"] }, FIT_FILES)).not.toBe(key);
    expect(cacheKey({ cfg, fit: ["a", "c"] }, FIT_FILES)).not.toBe(key);
    expect(cacheKey({ cfg, fit: ["a", "b"] }, FIT_FILES.slice(1))).not.toBe(key);
  });
});
