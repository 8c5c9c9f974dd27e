/**
 * The classifier of one cross-validation fold (scripts/lib/folds.ts): the shipped recipe of
 * scripts/lib/train-model.ts fitted on the fold's `fit` policies, its thresholds and category floor
 * chosen on its `tune` policies; the held-out fold is never read.
 *
 * Training takes a while, so each fold's model file is cached in .cache/folds/ (git-ignored), keyed
 * by a hash of the fold's policy lists and of the code that decides what is trained: lib/classify/
 * (without the generated model-data.ts), the configuration in scripts/lib/train-model.ts,
 * scripts/train.ts, and the OPP-115 loader (text cleaning, the 2-of-3 gold rule). Changing any of
 * them retrains; delete the folder to drop old entries.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { decodeModelFile, type Model, type ModelFile } from "../../lib/classify/model-format.ts";
import { repoRoot } from "./data-dir.ts";
import type { Fold } from "./folds.ts";
import { readGoldPolicy } from "./opp115.ts";
import { SHIPPED_CANDIDATE, toLabelled, trainShippedModel } from "./train-model.ts";

export const FOLD_CACHE_DIR = path.join(repoRoot, ".cache", "folds");
/** Bump when the cached file's layout changes. */
const CACHE_FORMAT = 1;

/** Files whose contents decide the fold models (repository-relative, sorted). */
function trainingCodeFiles(): string[] {
  const classify = readdirSync(path.join(repoRoot, "lib", "classify"))
    .filter((f) => f.endsWith(".ts") && f !== "model-data.ts")
    .map((f) => `lib/classify/${f}`);
  return [...classify, "scripts/lib/opp115.ts", "scripts/lib/train-model.ts", "scripts/train.ts"].sort();
}

/** Cache key of a fold's model: its fit and tune policies and the training code. */
export function foldModelKey(fold: Pick<Fold, "fit" | "tune">): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ format: CACHE_FORMAT, fit: fold.fit, tune: fold.tune }));
  for (const file of trainingCodeFiles()) {
    hash.update(`\n${file}\n`);
    hash.update(readFileSync(path.join(repoRoot, file)));
  }
  return hash.digest("hex").slice(0, 32);
}

export interface FoldModel {
  model: Model;
  file: ModelFile;
  cached: boolean;
  /** Training time (0 when read from the cache). */
  seconds: number;
  /** Category macro-/micro-F1 on the fold's tuning policies, after the chosen thresholds. */
  tuneCategory: { macroF1: number; microF1: number };
}

function loaded(file: ModelFile, cached: boolean, seconds: number): FoldModel {
  const meta = file.meta ?? {};
  return {
    model: decodeModelFile(file),
    file,
    cached,
    seconds,
    tuneCategory: { macroF1: Number(meta.tuneCategoryMacroF1), microF1: Number(meta.tuneCategoryMicroF1) },
  };
}

/** The fold's model, from the cache or trained now (and cached). `log` gets progress lines. */
export function foldModel(fold: Fold, log: (line: string) => void = () => {}): FoldModel {
  const key = foldModelKey(fold);
  const cachePath = path.join(FOLD_CACHE_DIR, `${key}.json`);
  if (existsSync(cachePath)) {
    return loaded(JSON.parse(readFileSync(cachePath, "utf8")) as ModelFile, true, 0);
  }
  const t0 = performance.now();
  log(
    `fold ${fold.index + 1}: training ${SHIPPED_CANDIDATE} on ${fold.fit.length} policies, tuning on ${fold.tune.length}…`,
  );
  const fit = toLabelled(fold.fit.map(readGoldPolicy));
  const tune = toLabelled(fold.tune.map(readGoldPolicy));
  const file = trainShippedModel(fit, tune, (decision) => ({
    candidate: SHIPPED_CANDIDATE,
    trainedOn: `cross-validation fold ${fold.index + 1}: fitted on ${fit.length} policies, thresholds on ${tune.length} (another training fold)`,
    tuneCategoryMacroF1: Number(decision.final.cat.macroF1.toFixed(4)),
    tuneCategoryMicroF1: Number(decision.final.cat.microF1.toFixed(4)),
    fit: fold.fit,
    tune: fold.tune,
  }));
  const seconds = (performance.now() - t0) / 1000;
  mkdirSync(FOLD_CACHE_DIR, { recursive: true });
  // Written whole, then renamed: an interrupted run leaves no half file under the key.
  const tmp = `${cachePath}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(file));
  renameSync(tmp, cachePath);
  log(`fold ${fold.index + 1}: trained in ${seconds.toFixed(1)} s`);
  return loaded(file, false, seconds);
}
