// Training only: results that take a while (fold models, out-of-fold predictions) cached in
// .cache/classifier/ (git-ignored), keyed by a hash of what decides them: the caller's recipe and
// policy lists, and the source files that turn those into the result (FIT_FILES for a fitted
// classifier, the baseline's own list for the baseline). Changing any of them recomputes; delete
// the folder to drop old entries. Files that only choose thresholds or report figures (cv.ts,
// decision.ts, metrics.ts) are not in the key: they run on every call, after the cache.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../data-dir.ts";

export const CLASSIFIER_CACHE_DIR = path.join(repoRoot, ".cache", "classifier");
/** Bump when a cached file's layout changes. */
const CACHE_FORMAT = 2;

/** Files whose contents decide a fitted classifier (repository-relative). */
export const FIT_FILES = [
  "lib/classify/base64.ts",
  "lib/classify/clusters.ts",
  "lib/classify/featurize.ts",
  "lib/classify/hash.ts",
  "lib/classify/labels.ts",
  "lib/classify/model-format.ts",
  "lib/types.ts",
  "scripts/lib/classifier/export.ts",
  "scripts/lib/classifier/lbfgs.ts",
  "scripts/lib/classifier/linear.ts",
  "scripts/lib/classifier/nb-prior.ts",
  "scripts/lib/classifier/pipeline.ts",
  "scripts/lib/classifier/policies.ts",
  "scripts/lib/classifier/vectors.ts",
  "scripts/lib/classifier/vocab.ts",
  "scripts/lib/opp115.ts",
];

const fileHashes = new Map<string, string>();
function fileHash(file: string): string {
  let h = fileHashes.get(file);
  if (!h) {
    h = createHash("sha256")
      .update(readFileSync(path.join(repoRoot, file)))
      .digest("hex");
    fileHashes.set(file, h);
  }
  return h;
}

/** Cache key of `parts` (any JSON) under the current contents of `files`. */
export function cacheKey(parts: unknown, files: readonly string[]): string {
  const code = [...files].sort().map((f) => [f, fileHash(f)]);
  return createHash("sha256")
    .update(JSON.stringify({ format: CACHE_FORMAT, code, parts }))
    .digest("hex")
    .slice(0, 32);
}

export interface Cached<T> {
  value: T;
  cached: boolean;
  /** Compute time (0 when read from the cache). */
  seconds: number;
}

/** The JSON value under `parts`, from the cache or computed now (and cached). */
export function cachedJson<T>(parts: unknown, files: readonly string[], compute: () => T): Cached<T> {
  const file = path.join(CLASSIFIER_CACHE_DIR, `${cacheKey(parts, files)}.json`);
  if (existsSync(file))
    return { value: JSON.parse(readFileSync(file, "utf8")) as T, cached: true, seconds: 0 };
  const t0 = performance.now();
  const value = compute();
  const seconds = (performance.now() - t0) / 1000;
  mkdirSync(CLASSIFIER_CACHE_DIR, { recursive: true });
  // Written whole, then renamed: an interrupted run leaves no half file under the key.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, file);
  return { value, cached: false, seconds };
}
