/**
 * ToS;DR stance suite (`npm run eval:stance [-- --json] [-- --show N]`).
 *
 * Every quote of ../shared/data/tosdr/points.jsonl whose case is in scripts/lib/stance-cases.ts is
 * analysed ALONE with the bundled model (analyzeText(quote, null, model)), read as LABELS.md facts
 * (scripts/lib/summary-facts.ts) and scored on the ONE fact its case states. Quotes that are empty or
 * longer than MAX_QUOTE characters are skipped and counted.
 *
 * Reports per case n and accuracy; overall accuracy (micro over quotes) and macro over cases; and
 * reversals: on sale / doNotTrack / gpc, the summary stating the OPPOSITE stance.
 *   --json     one JSON object (figures, and for --show the examples by point id: no quote text)
 *   --show N   up to N worst examples (reversals first, then misses of the weakest cases) with their
 *              quote, printed to the terminal only
 *   --half tune|test  only the services of one half (a fixed hash of the service name splits them):
 *              rule changes are studied on "tune" and checked on "test", which nobody reads
 * Deterministic: the same data and model give the same figures.
 */
import { analyzeText } from "../lib/analyze.ts";
import { loadBundledModel } from "../lib/classify/bundled-model.ts";
import { STANCE_FACTS, type StanceFact } from "./lib/fact-compare.ts";
import { factName, STANCE_CASES, type StanceCase, scoreCase } from "./lib/stance-cases.ts";
import { summaryFacts } from "./lib/summary-facts.ts";
import { hasTosdr, readTosdrPoints, type TosdrPoint, tosdrPointsFile } from "./lib/tosdr.ts";

/** Quotes longer than this are not short statements: skipped and counted. */
const MAX_QUOTE = 2000;

type Half = "tune" | "test" | null;

/** A service's half: FNV-1a of its name, so the split is fixed and independent of the data order. */
export function halfOf(service: string): "tune" | "test" {
  let h = 0x811c9dc5;
  for (let i = 0; i < service.length; i++) h = Math.imul(h ^ service.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 === 0 ? "tune" : "test";
}

function parseArgs(argv: string[]): { json: boolean; show: number; half: Half } {
  let json = false;
  let show = 0;
  let half: Half = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--json") json = true;
    else if (a === "--show" || a.startsWith("--show=")) {
      const raw = a === "--show" ? argv[++i] : a.slice("--show=".length);
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 0)
        throw new Error(`--show needs a count, like --show 20 (got "${raw ?? ""}")`);
      show = n;
    } else if (a === "--half" || a.startsWith("--half=")) {
      const raw = a === "--half" ? argv[++i] : a.slice("--half=".length);
      if (raw !== "tune" && raw !== "test") throw new Error(`--half is tune or test (got "${raw ?? ""}")`);
      half = raw;
    } else throw new Error(`unknown option ${a}; known: --json --show N --half tune|test`);
  }
  return { json, show, half };
}

interface Example {
  id: string;
  service: string;
  case: string;
  fact: string;
  expected: string;
  got: string;
  reversal: boolean;
  quote: string;
}

interface CaseResult {
  case: string;
  fact: string;
  expected: string;
  note?: string;
  /** Quotes scored. */
  n: number;
  correct: number;
  accuracy: number;
  reversals: number;
  skipped: { empty: number; long: number };
  /** What the summary gave, value → quotes. */
  got: Record<string, number>;
}

const show = (v: unknown): string => (v === null || v === undefined ? "nothing read" : String(v));

function evaluateCase(
  c: StanceCase,
  points: readonly TosdrPoint[],
  model: ReturnType<typeof loadBundledModel>,
  examples: Example[],
): CaseResult {
  let correct = 0;
  let reversals = 0;
  let empty = 0;
  let long = 0;
  const got: Record<string, number> = {};
  let n = 0;
  for (const p of points) {
    if (!p.quote.trim()) {
      empty++;
      continue;
    }
    if (p.quote.length > MAX_QUOTE) {
      long++;
      continue;
    }
    n++;
    const outcome = scoreCase(c, summaryFacts(analyzeText(p.quote, null, model).summary));
    const value = show(outcome.got);
    got[value] = (got[value] ?? 0) + 1;
    if (outcome.correct) correct++;
    else
      examples.push({
        id: p.id,
        service: p.service,
        case: c.case,
        fact: factName(c),
        expected: String(c.expected),
        got: value,
        reversal: outcome.reversal,
        quote: p.quote,
      });
    if (outcome.reversal) reversals++;
  }
  const sortedGot = Object.fromEntries(
    Object.entries(got).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  );
  return {
    case: c.case,
    fact: factName(c),
    expected: String(c.expected),
    ...(c.note ? { note: c.note } : {}),
    n,
    correct,
    accuracy: n ? correct / n : Number.NaN,
    reversals,
    skipped: { empty, long },
    got: sortedGot,
  };
}

const pct = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : "  –  ");
const cut = (s: string, w: number): string => (s.length <= w ? s.padEnd(w) : `${s.slice(0, w - 1)}…`);

function main(): void {
  const { json, show: showN, half } = parseArgs(process.argv.slice(2));
  if (!hasTosdr()) throw new Error(`no ToS;DR data at ${tosdrPointsFile()} (set PRIVACY_GLANCE_DATA)`);
  const started = performance.now();
  const { points: all, bad } = readTosdrPoints();
  const points = half ? all.filter((p) => halfOf(p.service) === half) : all;
  const byCase = new Map<string, TosdrPoint[]>();
  for (const p of points) byCase.set(p.case, [...(byCase.get(p.case) ?? []), p]);
  const missingCases = STANCE_CASES.filter((c) => !byCase.has(c.case)).map((c) => c.case);
  for (const c of missingCases) console.error(`eval-stance: case not in the data: "${c}"`);

  const model = loadBundledModel();
  const examples: Example[] = [];
  const results = STANCE_CASES.map((c) => evaluateCase(c, byCase.get(c.case) ?? [], model, examples));

  const quotes = results.reduce((t, r) => t + r.n, 0);
  const correct = results.reduce((t, r) => t + r.correct, 0);
  const scored = results.filter((r) => r.n > 0);
  const macro = scored.reduce((t, r) => t + r.accuracy, 0) / (scored.length || 1);
  const reversalsBy = Object.fromEntries(
    STANCE_FACTS.map((f) => [f, results.filter((r) => r.fact === f).reduce((t, r) => t + r.reversals, 0)]),
  ) as Record<StanceFact, number>;
  const stanceQuotes = Object.fromEntries(
    STANCE_FACTS.map((f) => [f, results.filter((r) => r.fact === f).reduce((t, r) => t + r.n, 0)]),
  ) as Record<StanceFact, number>;
  const reversals = STANCE_FACTS.reduce((t, f) => t + reversalsBy[f], 0);
  const skipped = {
    empty: results.reduce((t, r) => t + r.skipped.empty, 0),
    long: results.reduce((t, r) => t + r.skipped.long, 0),
  };
  const facts = [...new Set(results.map((r) => r.fact))].map((fact) => {
    const rs = results.filter((r) => r.fact === fact);
    const n = rs.reduce((t, r) => t + r.n, 0);
    const ok = rs.reduce((t, r) => t + r.correct, 0);
    return { fact, cases: rs.length, n, correct: ok, accuracy: n ? ok / n : Number.NaN };
  });

  // Worst first: reversals, then misses of the weakest cases, in data order within a case.
  const accuracyOf = new Map(results.map((r) => [r.case, r.accuracy]));
  const worst = examples
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) =>
        Number(b.e.reversal) - Number(a.e.reversal) ||
        (accuracyOf.get(a.e.case) ?? 0) - (accuracyOf.get(b.e.case) ?? 0) ||
        a.i - b.i,
    )
    .slice(0, showN)
    .map(({ e }) => e);
  const seconds = (performance.now() - started) / 1000;
  console.error(`eval-stance: ${quotes} quotes in ${seconds.toFixed(1)} s`);

  if (json) {
    console.log(
      JSON.stringify({
        suite: "tosdr-stance",
        half,
        maxQuoteChars: MAX_QUOTE,
        badLines: bad,
        missingCases,
        cases: results,
        facts,
        overall: {
          cases: scored.length,
          quotes,
          correct,
          accuracy: quotes ? correct / quotes : Number.NaN,
          macroAccuracy: macro,
          reversals: { total: reversals, ...reversalsBy, stanceQuotes },
          skipped,
        },
        // By point id only: no corpus text goes into output that may be saved.
        ...(showN ? { worst: worst.map(({ quote: _q, ...rest }) => rest) } : {}),
      }),
    );
    return;
  }

  const W = 62;
  console.log(
    `ToS;DR stance suite — ${STANCE_CASES.length} cases, each quote analysed alone with the bundled model${half ? ` (half: ${half})` : ""}`,
  );
  console.log(
    `\n  ${"case".padEnd(W)} ${"fact".padEnd(17)} ${"expected".padEnd(14)} ${"n".padStart(4)} ${"acc".padStart(6)} ${"rev".padStart(4)}  got (quotes)`,
  );
  for (const r of results) {
    const gotText = Object.entries(r.got)
      .slice(0, 3)
      .map(([v, k]) => `${v} ${k}`)
      .join(", ");
    const fact = r.fact.startsWith("optOutLink|") ? "any opt-out" : r.fact;
    console.log(
      `  ${cut(r.case, W)} ${cut(fact, 17)} ${cut(r.expected, 14)} ${String(r.n).padStart(4)} ${pct(r.accuracy).padStart(6)} ${String(r.reversals).padStart(4)}  ${gotText}`,
    );
  }
  console.log("\n  per fact:");
  for (const f of facts)
    console.log(
      `    ${cut(f.fact.startsWith("optOutLink|") ? "any opt-out" : f.fact, 18)} ${String(f.cases).padStart(2)} cases ${String(f.n).padStart(5)} quotes  accuracy ${pct(f.accuracy)}`,
    );
  console.log(
    `\nOverall: accuracy ${pct(quotes ? correct / quotes : Number.NaN)} (${correct}/${quotes} quotes, micro); macro over ${scored.length} cases ${pct(macro)}`,
  );
  console.log(
    `Reversals (opposite stance): ${reversals} — ${STANCE_FACTS.map((f) => `${f} ${reversalsBy[f]}/${stanceQuotes[f]}`).join(", ")}`,
  );
  console.log(
    `Skipped: ${skipped.empty} empty, ${skipped.long} over ${MAX_QUOTE} characters${bad ? `; ${bad} unreadable lines` : ""}${missingCases.length ? `; ${missingCases.length} cases not in the data` : ""}`,
  );
  if (worst.length) {
    console.log(`\nWorst ${worst.length} examples (reversals first):`);
    for (const e of worst) {
      const quote = e.quote.replace(/\s+/g, " ").trim();
      console.log(
        `\n  [${e.id} ${e.service}] ${cut(e.case, 70).trimEnd()}\n  ${e.fact}: expected ${e.expected}, got ${e.got}${e.reversal ? "  (REVERSAL)" : ""}\n  “${quote.length > 400 ? `${quote.slice(0, 399)}…` : quote}”`,
      );
    }
  }
}

try {
  main();
} catch (e: unknown) {
  console.error(`eval-stance: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
