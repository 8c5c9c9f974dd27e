/**
 * npm run eval:classify [-- --json] — scores the bundled classifier on the OPP-115 dev split:
 * per-label precision/recall/F1, macro/micro-F1 over the 10 categories and, separately, over the
 * finer labels; model file size, load time and throughput in Node.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { loadBundledModel } from "../lib/classify/bundled-model.ts";
import { classifySegments, parseModel } from "../lib/classify/index.ts";
import { CATEGORY_COUNT, LABELS } from "../lib/classify/labels.ts";
import { averages, type Prf, prf } from "../lib/classify/metrics.ts";
import { MODEL_JSON } from "../lib/classify/model-data.ts";
import { dataRoot, hasOpp115, readGoldSplit } from "./lib/opp115.ts";

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

function main(): void {
  const json = process.argv.includes("--json");
  if (!hasOpp115()) {
    console.error(
      `OPP-115 not found under ${dataRoot()} (set PRIVACY_GLANCE_DATA to the shared data folder).`,
    );
    process.exit(1);
  }
  // Cold load first (what a fresh service worker pays), then a median over repeated loads.
  const t0 = performance.now();
  const model = loadBundledModel();
  const coldLoadMs = performance.now() - t0;
  const loads: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    parseModel(JSON.parse(MODEL_JSON));
    loads.push(performance.now() - t);
  }

  const dev = readGoldSplit("dev");
  const counts = LABELS.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  for (const policy of dev) {
    const out = classifySegments(
      model,
      policy.map((s) => ({ text: s.fullText, heading: s.heading })),
    );
    policy.forEach((seg, i) => {
      const predicted = new Set<string>([...(out[i]?.categories ?? []), ...(out[i]?.labels ?? [])]);
      const gold = new Set<string>([...seg.categories, ...seg.labels]);
      LABELS.forEach((label, l) => {
        const c = counts[l];
        if (!c) return;
        if (predicted.has(label) && gold.has(label)) c.tp++;
        else if (predicted.has(label)) c.fp++;
        else if (gold.has(label)) c.fn++;
      });
    });
  }
  const rows: Prf[] = counts.map((c) => prf(c.tp, c.fp, c.fn));

  // Throughput: all dev policies, policy by policy, several rounds after a warm-up.
  const inputs = dev.map((p) => p.map((s) => ({ text: s.fullText, heading: s.heading })));
  const segmentsTotal = inputs.reduce((n, p) => n + p.length, 0);
  for (const p of inputs) classifySegments(model, p);
  const rounds = 5;
  const tp0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const p of inputs) classifySegments(model, p);
  const seconds = (performance.now() - tp0) / 1000;
  const hundred = inputs.flat().slice(0, 100);
  const batch: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    classifySegments(model, hundred);
    batch.push(performance.now() - t);
  }

  const fileBytes = readFileSync(MODEL_PATH).length;
  const report = {
    split: "dev",
    policies: dev.length,
    segments: segmentsTotal,
    categories: {
      ...averages(rows.slice(0, CATEGORY_COUNT)),
      perLabel: Object.fromEntries(LABELS.slice(0, CATEGORY_COUNT).map((l, i) => [l, rows[i]])),
    },
    fineLabels: {
      ...averages(rows.slice(CATEGORY_COUNT)),
      perLabel: Object.fromEntries(LABELS.slice(CATEGORY_COUNT).map((l, i) => [l, rows[CATEGORY_COUNT + i]])),
    },
    model: {
      file: "lib/classify/model-data.ts",
      bytes: fileBytes,
      gzipBytes: gzipSync(readFileSync(MODEL_PATH)).length,
      rows: model.stages.map((st) => st.rowCount),
      coldLoadMs: Number(coldLoadMs.toFixed(2)),
      medianLoadMs: Number(median(loads).toFixed(2)),
    },
    throughput: {
      segmentsPerSecond: Math.round((segmentsTotal * rounds) / seconds),
      ms100Segments: Number(median(batch).toFixed(2)),
    },
  };
  if (json) {
    console.log(JSON.stringify(report));
    return;
  }
  const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);
  const table = (title: string, from: number, to: number): void => {
    console.log(
      `\n${title.padEnd(40)} ${"P".padStart(6)} ${"R".padStart(6)} ${"F1".padStart(6)} ${"gold".padStart(5)}`,
    );
    for (let l = from; l < to; l++) {
      const r = rows[l];
      if (r)
        console.log(
          `${(LABELS[l] ?? "").padEnd(40)} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)} ${String(r.support).padStart(5)}`,
        );
    }
    const a = averages(rows.slice(from, to));
    console.log(`${"macro-F1".padEnd(40)} ${"".padStart(13)} ${pct(a.macroF1)}`);
    console.log(`${"micro-F1".padEnd(40)} ${pct(a.microPrecision)} ${pct(a.microRecall)} ${pct(a.microF1)}`);
  };
  console.log(`OPP-115 dev: ${dev.length} policies, ${segmentsTotal} segments (gold: ≥2 of 3 annotators)`);
  table("Category", 0, CATEGORY_COUNT);
  table("Finer label", CATEGORY_COUNT, LABELS.length);
  const m = report.model;
  console.log(
    `\nmodel: ${m.file} ${(m.bytes / 1024).toFixed(1)} KiB (gzip ${(m.gzipBytes / 1024).toFixed(1)} KiB), ${m.rows.join(" + ")} feature rows (${m.rows.length} stage${m.rows.length > 1 ? "s" : ""})`,
  );
  console.log(`load: cold ${m.coldLoadMs} ms, median ${m.medianLoadMs} ms (JSON.parse + validate + decode)`);
  console.log(
    `throughput: ${report.throughput.segmentsPerSecond} segments/s; 100 segments in ${report.throughput.ms100Segments} ms`,
  );
}

main();
