/**
 * npm run eval:classify [-- --json] — how well the classifier generalises to unseen policies.
 *
 *   1. Policy-level 5-fold cross-validation over all 95 labelled OPP-115 policies (train + dev;
 *      folds in scripts/lib/folds.ts) of the shipped recipe (scripts/lib/train-model.ts): fold k's
 *      model is fitted on the other four folds, its thresholds and category floor chosen on their
 *      out-of-fold predictions (scripts/lib/classifier/cv.ts). Per label: fold mean ± sd of F1;
 *      macro/micro-F1 over the 10 categories and over the finer labels.
 *   2. The baseline (scripts/lib/classifier/baseline.ts: TF-IDF 1–2-grams + one-vs-rest logistic
 *      regression) under the same folds, and the paired per-fold difference.
 *   3. Dev, for comparison with earlier figures: both fitted on the 75 train policies and scored on
 *      the 20 dev policies (the recipe's rule chosen on the train policies' out-of-fold predictions).
 *   4. The bundled model: file size, load time, throughput in Node.
 * Fold models and baseline predictions are cached in .cache/classifier/.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { loadBundledModel } from "../lib/classify/bundled-model.ts";
import { classifySegments, parseModel } from "../lib/classify/index.ts";
import { CATEGORY_COUNT, LABELS } from "../lib/classify/labels.ts";
import { MODEL_JSON } from "../lib/classify/model-data.ts";
import { baselineLearner } from "./lib/classifier/baseline.ts";
import {
  type CvResult,
  crossValidate,
  cvSpreads,
  decisionOn,
  type Learner,
  scoreOn,
} from "./lib/classifier/cv.ts";
import { type DecisionScore, fixedDecision } from "./lib/classifier/decision.ts";
import type { Prf } from "./lib/classifier/metrics.ts";
import { labelledPolicy } from "./lib/classifier/policies.ts";
import { crossValidationFolds, FOLD_COUNT, type Spread, spread } from "./lib/folds.ts";
import { dataRoot, hasOpp115, readSplit } from "./lib/opp115.ts";
import { recipeLearner, SHIPPED_CANDIDATE } from "./lib/train-model.ts";

const MODEL_PATH = join(
  resolve(dirname(fileURLToPath(import.meta.url)), ".."),
  "lib",
  "classify",
  "model-data.ts",
);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Fitted on the train split, scored on dev; `ruleFrom`: the CV run whose out-of-fold predictions choose the rule. */
function devScore(learner: Learner, ruleFrom: CvResult): { score: DecisionScore; rows: Prf[] } {
  const train = readSplit("train").sort();
  const dev = readSplit("dev");
  const decision = learner.tuned ? decisionOn(ruleFrom.oof, train) : fixedDecision();
  return scoreOn(learner.predict(train, dev), dev, decision);
}

function main(): void {
  const json = process.argv.includes("--json");
  if (!hasOpp115()) {
    console.error(
      `OPP-115 not found under ${dataRoot()} (set PRIVACY_GLANCE_DATA to the shared data folder).`,
    );
    process.exit(1);
  }
  const log = (line: string): void => console.error(line);
  const folds = crossValidationFolds();
  const ours = recipeLearner(SHIPPED_CANDIDATE, log);
  const base = baselineLearner(log);
  const cvOurs = crossValidate(ours, folds);
  const cvBase = crossValidate(base, folds);
  const sOurs = cvSpreads(cvOurs);
  const sBase = cvSpreads(cvBase);
  const paired = (of: (x: DecisionScore) => number): Spread =>
    spread(cvOurs.folds.map((f, i) => of(f.score) - of(cvBase.folds[i]?.score ?? f.score)));
  const gain = {
    catMacro: paired((x) => x.cat.macroF1),
    catMicro: paired((x) => x.cat.microF1),
  };
  const devOurs = devScore(ours, cvOurs);
  const devBase = devScore(base, cvBase);

  // The bundled model: cold load first (what a fresh service worker pays), then repeated loads.
  const t0 = performance.now();
  const model = loadBundledModel();
  const coldLoadMs = performance.now() - t0;
  const loads: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    parseModel(JSON.parse(MODEL_JSON));
    loads.push(performance.now() - t);
  }
  const inputs = readSplit("dev").map((n) =>
    labelledPolicy(n).map((s) => ({ text: s.text, heading: s.heading })),
  );
  const segmentsTotal = inputs.reduce((n, p) => n + p.length, 0);
  for (const p of inputs) classifySegments(model, p);
  const rounds = 5;
  const tp0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const p of inputs) classifySegments(model, p);
  const seconds = (performance.now() - tp0) / 1000;
  const perPolicy: number[] = [];
  for (const p of inputs) {
    const t = performance.now();
    classifySegments(model, p);
    perPolicy.push(performance.now() - t);
  }
  const fileBytes = readFileSync(MODEL_PATH).length;
  const perLabel = (rows: Prf[] | null, s: ReturnType<typeof cvSpreads>, from: number, to: number) =>
    Object.fromEntries(
      LABELS.slice(from, to).map((l, i) => [
        l,
        { cv: s.perLabel[from + i], ...(rows ? { dev: rows[from + i] } : {}) },
      ]),
    );
  const report = {
    crossValidation: {
      folds: FOLD_COUNT,
      policies: folds.reduce((n, f) => n + f.heldOut.length, 0),
      candidate: SHIPPED_CANDIDATE,
      categories: {
        macroF1: sOurs.catMacro,
        microF1: sOurs.catMicro,
        perLabel: perLabel(null, sOurs, 0, CATEGORY_COUNT),
      },
      fineLabels: {
        macroF1: sOurs.fineMacro,
        microF1: sOurs.fineMicro,
        perLabel: perLabel(null, sOurs, CATEGORY_COUNT, LABELS.length),
      },
      perFold: cvOurs.folds.map((f) => ({
        fold: f.index + 1,
        categoryFloor: f.decision.categoryFloor,
        ...f.score,
      })),
      baseline: {
        categories: {
          macroF1: sBase.catMacro,
          microF1: sBase.catMicro,
          perLabel: perLabel(null, sBase, 0, CATEGORY_COUNT),
        },
        fineLabels: { macroF1: sBase.fineMacro, microF1: sBase.fineMicro },
        perFold: cvBase.folds.map((f) => ({ fold: f.index + 1, ...f.score })),
      },
      gainOverBaseline: gain,
    },
    dev: {
      note: "fitted on the 75 train policies, scored on the 20 dev policies",
      ours: devOurs.score,
      baseline: devBase.score,
    },
    model: {
      file: "lib/classify/model-data.ts",
      bytes: fileBytes,
      gzipBytes: gzipSync(readFileSync(MODEL_PATH)).length,
      rows: model.rowCount,
      coldLoadMs: Number(coldLoadMs.toFixed(2)),
      medianLoadMs: Number(median(loads).toFixed(2)),
    },
    throughput: {
      segmentsPerSecond: Math.round((segmentsTotal * rounds) / seconds),
      medianMsPerDevPolicy: Number(median(perPolicy).toFixed(2)),
    },
  };
  if (json) {
    console.log(JSON.stringify(report));
    return;
  }
  const ms = (x: Spread | undefined): string =>
    x && Number.isFinite(x.mean)
      ? `${(x.mean * 100).toFixed(1).padStart(5)} ± ${(x.sd * 100).toFixed(1).padStart(4)}`
      : "    –        ";
  const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);
  console.log(
    `Classifier, policy-level ${FOLD_COUNT}-fold cross-validation over ${report.crossValidation.policies} OPP-115 policies (F1 %, fold mean ± sd)`,
  );
  console.log(
    `\n${"".padEnd(40)} ${SHIPPED_CANDIDATE.padStart(13)} ${"baseline".padStart(13)}   ${"dev".padStart(6)} ${"dev base".padStart(8)}`,
  );
  const line = (name: string, a: Spread | undefined, b: Spread | undefined, d?: number, db?: number): void =>
    console.log(
      `${name.padEnd(40)} ${ms(a)} ${ms(b)}   ${d === undefined ? "".padStart(6) : pct(d)} ${db === undefined ? "".padStart(8) : pct(db).padStart(8)}`,
    );
  for (let l = 0; l < LABELS.length; l++) {
    if (l === CATEGORY_COUNT) console.log("");
    line(LABELS[l] ?? "", sOurs.perLabel[l], sBase.perLabel[l], devOurs.rows[l]?.f1, devBase.rows[l]?.f1);
  }
  console.log("");
  line(
    "categories macro-F1",
    sOurs.catMacro,
    sBase.catMacro,
    devOurs.score.cat.macroF1,
    devBase.score.cat.macroF1,
  );
  line(
    "categories micro-F1",
    sOurs.catMicro,
    sBase.catMicro,
    devOurs.score.cat.microF1,
    devBase.score.cat.microF1,
  );
  line(
    "finer labels macro-F1",
    sOurs.fineMacro,
    sBase.fineMacro,
    devOurs.score.fine.macroF1,
    devBase.score.fine.macroF1,
  );
  line(
    "finer labels micro-F1",
    sOurs.fineMicro,
    sBase.fineMicro,
    devOurs.score.fine.microF1,
    devBase.score.fine.microF1,
  );
  console.log(
    `\ngain over the baseline, paired by fold: categories macro ${ms(gain.catMacro)}, micro ${ms(gain.catMicro)} (points)`,
  );
  console.log(
    "dev: fitted on the 75 train policies, scored on the 20 dev policies (rule from train out-of-fold)",
  );
  const m = report.model;
  console.log(
    `\nbundled model: ${m.file} ${(m.bytes / 1024).toFixed(1)} KiB (gzip ${(m.gzipBytes / 1024).toFixed(1)} KiB), ${m.rows} feature rows`,
  );
  console.log(`load: cold ${m.coldLoadMs} ms, median ${m.medianLoadMs} ms (JSON.parse + validate + decode)`);
  console.log(
    `throughput: ${report.throughput.segmentsPerSecond} segments/s; median ${report.throughput.medianMsPerDevPolicy} ms per dev policy`,
  );
}

main();
