/**
 * Hand-labelled current policies (`npm run eval:ota [-- --json] [-- --show] [-- --labels <dir>]`).
 *
 * Reads every eval/labels/*.json (or those of --labels <dir>): objects keyed "ota/…/<File>.md" holding
 * the facts of ../shared/docs/LABELS.md (scripts/lib/ota-labels.ts validates them with zod; a bad file
 * or entry is reported and left out, the rest is scored). Each policy is read from the data folder
 * (dataDir()/ota/…) and analysed as the CLI analyses that file (scripts/lib/analyze-input.ts: a
 * Markdown policy is plain text, read as a policy as given), then scored fact by fact.
 *
 * Reports per-fact accuracy, overall accuracy (policies × facts), e-mail recall / precision (micro),
 * and stance reversals (sale / doNotTrack / gpc: the OPPOSITE stance).
 *   --show            the misses (policy, fact, expected, got) and the e-mail differences
 *   --json            one JSON object (figures, misses; no policy text)
 *   --labels <dir>    the label folder (default eval/labels)
 *   --policies-only   leave out documents labelled notPolicy
 *   --lang <code>     only the documents of that language ("ota/<code>/…"; default en, "all" for every one)
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { analyzeInput } from "./lib/analyze-input.ts";
import { dataDir, repoRoot } from "./lib/data-dir.ts";
import { SCALAR_FACTS } from "./lib/fact-compare.ts";
import { aggregate, type PolicyScore, readLabelDir, scorePolicy } from "./lib/ota-labels.ts";
import { summaryFacts } from "./lib/summary-facts.ts";

interface Options {
  json: boolean;
  show: boolean;
  labels: string;
  policiesOnly: boolean;
  lang: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    json: false,
    show: false,
    labels: path.join(repoRoot, "eval", "labels"),
    policiesOnly: false,
    lang: "en",
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--json") o.json = true;
    else if (a === "--show") o.show = true;
    else if (a === "--policies-only") o.policiesOnly = true;
    else if (a === "--lang" || a.startsWith("--lang=")) {
      const code = a === "--lang" ? argv[++i] : a.slice("--lang=".length);
      if (!code || !/^(?:[a-z]{2}|all)$/.test(code))
        throw new Error("--lang needs a language code (en, fr) or all");
      o.lang = code;
    } else if (a === "--labels" || a.startsWith("--labels=")) {
      const dir = a === "--labels" ? argv[++i] : a.slice("--labels=".length);
      if (!dir) throw new Error("--labels needs a folder");
      o.labels = path.resolve(dir);
    } else
      throw new Error(
        `unknown option ${a}; known: --json --show --labels <dir> --policies-only --lang <code>`,
      );
  }
  return o;
}

const shortName = (key: string): string => key.replace(/^ota\//, "");

function main(): number {
  const o = parseArgs(process.argv.slice(2));
  const labelsShown = o.labels.startsWith(repoRoot + path.sep) ? path.relative(repoRoot, o.labels) : o.labels;
  if (!existsSync(o.labels)) throw new Error(`no label folder at ${o.labels}`);
  const started = performance.now();
  const read = readLabelDir(o.labels);
  for (const w of read.warnings) console.error(`eval-ota: warning: ${w}`);
  for (const e of read.errors) console.error(`eval-ota: ${e}`);
  const inLanguage = read.policies.filter((p) => o.lang === "all" || p.key.startsWith(`ota/${o.lang}/`));
  const notPolicy = inLanguage.filter((p) => p.label.notPolicy).map((p) => p.key);
  const chosen = o.policiesOnly ? inLanguage.filter((p) => !p.label.notPolicy) : inLanguage;

  const scores: PolicyScore[] = [];
  const missingFiles: string[] = [];
  const unreadable: { policy: string; error: string }[] = [];
  for (const p of chosen) {
    const file = path.join(dataDir(), p.key);
    if (!existsSync(file)) {
      missingFiles.push(p.key);
      console.error(`eval-ota: ${p.file}: "${p.key}" is not in the data folder (${dataDir()}); left out`);
      continue;
    }
    const outcome = analyzeInput(file, null);
    if (!outcome.ok) {
      // Scored as read: nothing, so every fact is a miss.
      unreadable.push({ policy: p.key, error: outcome.error });
      console.error(`eval-ota: ${p.key}: ${outcome.error}; every fact counted as a miss`);
    }
    scores.push(scorePolicy(p.key, p.label, outcome.ok ? summaryFacts(outcome.analysis.summary) : null));
  }
  const figures = aggregate(scores);
  const emailDiffs = scores
    .filter((s) => s.emails.missing.length || s.emails.extra.length)
    .map((s) => ({ policy: s.policy, missing: s.emails.missing, extra: s.emails.extra }));
  console.error(
    `eval-ota: ${scores.length} policies in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const problems = read.errors.length + missingFiles.length;
  if (o.json) {
    console.log(
      JSON.stringify({
        suite: "ota-hand-labels",
        labels: labelsShown,
        lang: o.lang,
        files: read.files,
        labelErrors: read.errors,
        labelWarnings: read.warnings,
        missingFiles,
        unreadable,
        notPolicy: { labelled: notPolicy.length, included: !o.policiesOnly },
        ...figures,
        emailDiffs,
      }),
    );
    return problems ? 1 : 0;
  }

  const n = figures.policies;
  console.log(
    `Current policies (Open Terms Archive), hand labels — ${n} policies (language: ${o.lang}) from ${read.files.length} label files in ${labelsShown}`,
  );
  console.log(
    `  (${notPolicy.length} labelled notPolicy, ${o.policiesOnly ? "left out" : "included"}; analysed as the CLI reads a text file)`,
  );
  console.log(
    `\n  ${"fact".padEnd(18)} ${"accuracy".padStart(8)} ${"correct".padStart(8)} ${"gold+".padStart(6)} ${"FN".padStart(4)} ${"FP".padStart(4)}`,
  );
  for (const f of SCALAR_FACTS) {
    const r = figures.perFact[f];
    console.log(
      `  ${f.padEnd(18)} ${r.accuracy.toFixed(3).padStart(8)} ${`${r.correct}/${n}`.padStart(8)} ${String(r.positives).padStart(6)} ${String(r.falseNegatives).padStart(4)} ${String(r.falsePositives).padStart(4)}`,
    );
  }
  console.log(`  ${"overall".padEnd(18)} ${figures.overall.toFixed(3).padStart(8)}`);
  console.log(
    "  (gold+: policies whose gold is true or a stated stance; FN: those missed; FP: said where gold is not)",
  );
  const e = figures.emails;
  console.log(
    `\nE-mails (micro): recall ${e.recall.toFixed(3)} (${e.hits}/${e.gold}), precision ${e.precision.toFixed(3)} (${e.hits}/${e.predicted})`,
  );
  const r = figures.reversals;
  console.log(
    `Reversals (opposite stance): ${r.total} — sale ${r.sale}, doNotTrack ${r.doNotTrack}, gpc ${r.gpc}`,
  );
  if (unreadable.length || missingFiles.length || read.errors.length)
    console.log(
      `Problems: ${read.errors.length} label errors, ${missingFiles.length} labelled files not in the data, ${unreadable.length} unreadable (see stderr)`,
    );
  if (o.show) {
    if (figures.misses.length) {
      console.log(`\nMisses (${figures.misses.length}: policy, fact, expected, got):`);
      for (const m of figures.misses)
        console.log(
          `  ${shortName(m.policy)}  ${m.fact}  expected ${m.expected}  got ${m.got ?? "nothing read"}${m.reversal ? "  (REVERSAL)" : ""}`,
        );
    }
    if (emailDiffs.length) {
      console.log("\nE-mail differences:");
      for (const d of emailDiffs)
        console.log(
          `  ${shortName(d.policy)}  missing [${d.missing.join(" ")}]  extra [${d.extra.join(" ")}]`,
        );
    }
  } else
    console.log(
      `${figures.misses.length} fact misses, ${emailDiffs.length} policies with e-mail differences (--show lists them)`,
    );
  return problems ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (e: unknown) {
  console.error(`eval-ota: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
