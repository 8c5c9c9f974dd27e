/**
 * Summary evaluation on OPP-115 (`npm run eval:summary [-- <mode>] [-- <labels>] [-- --json]`).
 *
 * The WHOLE pipeline on each full original page (detect → extract → segment → classify →
 * summarize), scored against the policy-level gold facts of data/README.md.
 *
 * Modes:
 *   --cv   (default) policy-level 5-fold cross-validation over all 95 labelled policies (train +
 *          dev; folds in scripts/lib/folds.ts): fold k's classifier is the shipped recipe
 *          (scripts/lib/train-model.ts) fitted on the four other folds, its thresholds chosen on
 *          their out-of-fold predictions, never on fold k. Per fold, fold mean and spread; then dev
 *          alone as below. Fold models are cached in .cache/classifier/ (scripts/lib/fold-models.ts).
 *   --dev  the 20 dev policies with the bundled model only (the earlier figures; the bundled model
 *          is now trained on all 95 policies, dev included, so these are not held-out figures).
 * Labels:
 *   (none)         the classifier, as above
 *   --rules-only   no classifier: the rules alone on unlabelled segments (a baseline), same folds
 *   --gold-labels  the sanitized segments with their gold labels fed to `summarize` (to tune rules
 *                  without a model), same folds
 *   --without=L,…  the classifier, but these labels never hold (comma-separated label names;
 *                  "categories" / "fine" = all of them): what each output is worth to the summary
 * Prints figures only: no corpus text is written anywhere.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyzeDocument, analyzeText, readPageText } from "../lib/analyze.ts";
import type { Model } from "../lib/classify/index.ts";
import { segmentText } from "../lib/segment/index.ts";
import { summarize } from "../lib/summarize/index.ts";
import type { LabelledSegment, Segment, Summary } from "../lib/types.ts";
import { ablatedLabels, withoutLabels } from "./lib/classifier/ablate.ts";
import { repoRoot } from "./lib/data-dir.ts";
import { parseHtmlDocument } from "./lib/dom.ts";
import { FOLD_CACHE_DIR, type FoldModel, foldModel } from "./lib/fold-models.ts";
import { crossValidationFolds, FOLD_COUNT, type Fold, type Spread, spread } from "./lib/folds.ts";
import { annotatedUrl, opp115Root, readGoldPolicy, readSplit } from "./lib/opp115.ts";
import { summaryFacts } from "./lib/summary-facts.ts";
import {
  FACTS,
  type Fact,
  type FactValue,
  goldContacts,
  goldFacts,
  normalizeContact,
} from "./lib/summary-gold.ts";
import { SHIPPED_CANDIDATE } from "./lib/train-model.ts";

const KNOWN_FLAGS = ["--cv", "--dev", "--rules-only", "--gold-labels", "--json", "--without=…"];
const args = new Set(process.argv.slice(2));
const without = ablatedLabels(
  [...args]
    .filter((a) => a.startsWith("--without="))
    .map((a) => a.slice("--without=".length))
    .join(","),
);
for (const a of args) {
  if (!KNOWN_FLAGS.includes(a) && !a.startsWith("--without=")) {
    console.error(`unknown option ${a}; known: ${KNOWN_FLAGS.join(" ")}`);
    process.exit(2);
  }
}
if (args.has("--cv") && args.has("--dev")) {
  console.error("--cv and --dev are two modes: give one");
  process.exit(2);
}
const asJson = args.has("--json");
const devOnly = args.has("--dev");
const goldLabels = args.has("--gold-labels");
// Full page, but no classifier: the rules alone on unlabelled segments (a baseline, and a fallback
// while the bundled model is missing).
const rulesOnly = args.has("--rules-only");

/** How a policy's segments get their labels before `summarize`. */
type Labeller = { kind: "model"; model: Model } | { kind: "rules" } | { kind: "gold" };

/** The bundled model, loaded lazily so `--gold-labels` runs even before the classifier exists. */
async function loadBundledModel(): Promise<Model> {
  const spec = "../lib/classify/bundled-model.ts";
  const mod = (await import(spec)) as { loadBundledModel: () => Model };
  return mod.loadBundledModel();
}

function goldLabelled(policy: string): LabelledSegment[] {
  return readGoldPolicy(policy).map((s) => ({
    index: s.index,
    text: s.text,
    heading: s.heading,
    categories: s.categories,
    labels: s.labels,
  }));
}

/** A summary with the text it read (lower-cased), to tell addresses written there from link-only ones. */
interface Read {
  summary: Summary | null;
  source: string;
  text: string;
}

const textOf = (segments: readonly Segment[]): string =>
  segments
    .map((s) => s.text)
    .join("\n")
    .toLowerCase();

function policySummary(policy: string, labeller: Labeller): Read {
  if (labeller.kind === "gold") {
    const segments = goldLabelled(policy);
    return { summary: summarize(segments), source: "gold-labels", text: textOf(segments) };
  }
  const model = labeller.kind === "model" ? labeller.model : null;
  const dir = path.join(opp115Root(), "original_policies");
  const html = path.join(dir, `${policy}.html`);
  const url = annotatedUrl(policy) || null;
  const unlabelled = (segments: Segment[]): Summary | null =>
    segments.length ? summarize(segments.map((s) => ({ ...s, categories: [], labels: [] }))) : null;
  if (existsSync(html)) {
    const doc = parseHtmlDocument(readFileSync(html, "utf8"));
    if (!model) {
      const segments = readPageText(doc, { ownsDocument: true }).segments;
      return { summary: unlabelled(segments), source: "html", text: textOf(segments) };
    }
    const a = analyzeDocument(doc, url, model, { ownsDocument: true });
    return { summary: a.summary, source: "html", text: textOf(a.segments) };
  }
  // One dev policy was saved as a PDF: its text export is the page we can read.
  const text = readFileSync(path.join(dir, `${policy}.txt`), "utf8");
  if (!model) {
    const segments = segmentText(text);
    return { summary: unlabelled(segments), source: "txt", text: textOf(segments) };
  }
  const a = analyzeText(text, url, model);
  return { summary: a.summary, source: "txt", text: textOf(a.segments) };
}

interface Miss {
  policy: string;
  fact: Fact;
  expected: FactValue;
  got: FactValue | null;
}

interface ContactMiss {
  policy: string;
  missing: string[];
  extra: string[];
}

/** One policy's outcome. */
interface PolicyScore {
  policy: string;
  source: string;
  correct: Fact[];
  misses: Miss[];
  /** Gold stance stated (not "not-mentioned"), and whether the summary gave exactly it. */
  dnt: { stated: boolean; exact: boolean };
  contacts: { gold: number; predicted: number; hits: number; miss: ContactMiss | null };
  /** The e-mail addresses alone (the gold lists only addresses written in the text; links are extra there). */
  emails: { gold: number; predicted: number; hits: number };
  /** The same with only the predicted addresses written in the text (a mailto: link's hidden address left out). */
  writtenEmails: { gold: number; predicted: number; hits: number };
}

function scorePolicy(policy: string, labeller: Labeller): PolicyScore {
  const { summary, source, text } = policySummary(policy, labeller);
  const gold = goldFacts(policy);
  const got = summaryFacts(summary);
  const correct: Fact[] = [];
  const misses: Miss[] = [];
  for (const fact of FACTS) {
    const g = got ? got[fact] : null;
    if (g === gold[fact]) correct.push(fact);
    else misses.push({ policy, fact, expected: gold[fact], got: g });
  }
  const stated = gold.doNotTrack !== "not-mentioned";
  const goldSet = goldContacts(policy);
  const predSet = new Set(
    (summary?.optOut.contacts ?? [])
      .filter((c) => c.kind === "email" || c.kind === "url")
      .map((c) => normalizeContact(c.value)),
  );
  const missing = [...goldSet].filter((c) => !predSet.has(c));
  const extra = [...predSet].filter((c) => !goldSet.has(c));
  const isEmail = (c: string): boolean => c.includes("@");
  const goldEmails = [...goldSet].filter(isEmail);
  const predEmails = [...predSet].filter(isEmail);
  return {
    policy,
    source,
    correct,
    misses,
    dnt: { stated, exact: stated && got?.doNotTrack === gold.doNotTrack },
    contacts: {
      gold: goldSet.size,
      predicted: predSet.size,
      hits: goldSet.size - missing.length,
      miss: missing.length || extra.length ? { policy, missing, extra } : null,
    },
    emails: {
      gold: goldEmails.length,
      predicted: predEmails.length,
      hits: goldEmails.filter((e) => predSet.has(e)).length,
    },
    writtenEmails: {
      gold: goldEmails.length,
      // (A gold address is written in the text by definition, perhaps as "name [at] host".)
      predicted: predEmails.filter((e) => text.includes(e) || goldSet.has(e)).length,
      hits: goldEmails.filter((e) => predSet.has(e)).length,
    },
  };
}

/** Figures over a set of policies (the old report's shape). */
interface Evaluation {
  policies: number;
  perFact: Record<Fact, number>;
  overall: number;
  doNotTrack: { stated: number; exact: number };
  contacts: { gold: number; predicted: number; recall: number; precision: number };
  emails: { gold: number; predicted: number; recall: number; precision: number };
  writtenEmails: { gold: number; predicted: number; recall: number; precision: number };
  misses: Miss[];
  contactMisses: ContactMiss[];
  sources: Record<string, string>;
}

function rates(gold: number, predicted: number, hits: number) {
  return { gold, predicted, recall: gold ? hits / gold : 1, precision: predicted ? hits / predicted : 1 };
}

function aggregate(scores: readonly PolicyScore[]): Evaluation {
  const n = scores.length;
  const count = (fact: Fact): number => scores.filter((s) => s.correct.includes(fact)).length;
  const sum = (f: (s: PolicyScore) => number): number => scores.reduce((t, s) => t + f(s), 0);
  const gold = sum((s) => s.contacts.gold);
  const predicted = sum((s) => s.contacts.predicted);
  const hits = sum((s) => s.contacts.hits);
  return {
    policies: n,
    perFact: Object.fromEntries(FACTS.map((f) => [f, count(f) / n])) as Record<Fact, number>,
    overall: sum((s) => s.correct.length) / (n * FACTS.length),
    doNotTrack: { stated: sum((s) => +s.dnt.stated), exact: sum((s) => +s.dnt.exact) },
    contacts: {
      gold,
      predicted,
      recall: gold ? hits / gold : 1,
      precision: predicted ? hits / predicted : 1,
    },
    emails: rates(
      sum((s) => s.emails.gold),
      sum((s) => s.emails.predicted),
      sum((s) => s.emails.hits),
    ),
    writtenEmails: rates(
      sum((s) => s.writtenEmails.gold),
      sum((s) => s.writtenEmails.predicted),
      sum((s) => s.writtenEmails.hits),
    ),
    misses: scores.flatMap((s) => s.misses),
    contactMisses: scores.flatMap((s) => (s.contacts.miss ? [s.contacts.miss] : [])),
    sources: Object.fromEntries(scores.map((s) => [s.policy, s.source])),
  };
}

function modeName(): string {
  if (goldLabels) return "gold-labels";
  if (rulesOnly) return "pipeline, rules only (no classifier)";
  return without.length ? `pipeline, classifier without ${without.join(", ")}` : "pipeline";
}

/** Dev alone, as the script has always reported it. */
function evaluateDev(labeller: Labeller): Evaluation {
  return aggregate(readSplit("dev").map((p) => scorePolicy(p, labeller)));
}

function printDev(result: Evaluation): void {
  const n = result.policies;
  console.log(`Summary evaluation — ${modeName()}, ${n} dev policies`);
  for (const f of FACTS) console.log(`  ${f.padEnd(18)} ${result.perFact[f].toFixed(3)}`);
  console.log(`  ${"overall".padEnd(18)} ${result.overall.toFixed(3)}`);
  const { stated, exact } = result.doNotTrack;
  console.log(`Do Not Track stance exact: ${exact}/${stated} dev policies that state one`);
  const c = result.contacts;
  console.log(
    `Contacts: recall ${c.recall.toFixed(3)} precision ${c.precision.toFixed(3)} (gold ${c.gold}, predicted ${c.predicted})`,
  );
  const e = result.emails;
  console.log(
    `E-mails: recall ${e.recall.toFixed(3)} precision ${e.precision.toFixed(3)} (gold ${e.gold}, predicted ${e.predicted})`,
  );
  const w = result.writtenEmails;
  console.log(
    `E-mails written in the text: recall ${w.recall.toFixed(3)} precision ${w.precision.toFixed(3)} (predicted ${w.predicted})`,
  );
  if (result.misses.length) {
    console.log("Misses (policy, fact, expected, got):");
    for (const m of result.misses)
      console.log(`  ${m.policy}  ${m.fact}  expected ${m.expected}  got ${m.got}`);
  }
  if (result.contactMisses.length) {
    console.log("Contact differences:");
    for (const m of result.contactMisses)
      console.log(`  ${m.policy}  missing [${m.missing.join(" ")}]  extra [${m.extra.join(" ")}]`);
  }
}

interface FoldResult extends Evaluation {
  fold: number;
  heldOut: string[];
  /** The fold's classifier (absent without one). */
  model?: {
    fit: number;
    tune: number;
    cached: boolean;
    trainSeconds: number;
    tuneCategory: FoldModel["tuneCategory"];
  };
}

/** The figures reported per fold, with the fold mean and spread of each. */
const FIGURES: [string, (e: Evaluation) => number][] = [
  ...FACTS.map((f): [string, (e: Evaluation) => number] => [f, (e) => e.perFact[f]]),
  ["overall", (e) => e.overall],
  // A fold whose policies state no stance has no rate (skipped by spread).
  ["DNT stance exact", (e) => (e.doNotTrack.stated ? e.doNotTrack.exact / e.doNotTrack.stated : Number.NaN)],
  ["contacts recall", (e) => e.contacts.recall],
  ["contacts precision", (e) => e.contacts.precision],
  ["e-mail recall", (e) => e.emails.recall],
  ["e-mail precision", (e) => e.emails.precision],
  ["written e-mail prec.", (e) => e.writtenEmails.precision],
];

interface CrossValidation {
  folds: FoldResult[];
  /** Fold mean and spread of each of FIGURES. */
  spreads: Record<string, Spread>;
  /** Every held-out policy together (each policy is held out exactly once). */
  pooled: Evaluation;
}

/** Each fold's held-out policies scored with the labeller made for that fold. */
function crossValidate(labellerFor: (fold: Fold) => { labeller: Labeller; fm?: FoldModel }): CrossValidation {
  const results: FoldResult[] = [];
  const all: PolicyScore[] = [];
  for (const fold of crossValidationFolds()) {
    const { labeller, fm } = labellerFor(fold);
    const scores = fold.heldOut.map((p) => scorePolicy(p, labeller));
    all.push(...scores);
    results.push({
      fold: fold.index + 1,
      heldOut: fold.heldOut,
      ...(fm
        ? {
            model: {
              fit: fold.training.length,
              tune: fold.training.length,
              cached: fm.cached,
              trainSeconds: Number(fm.seconds.toFixed(1)),
              tuneCategory: fm.tuneCategory,
            },
          }
        : {}),
      ...aggregate(scores),
    });
  }
  const spreads: Record<string, Spread> = Object.fromEntries(
    FIGURES.map(([name, of]) => [name, spread(results.map(of))]),
  );
  return { folds: results, spreads, pooled: aggregate(all) };
}

function printCv(cv: CrossValidation, seconds: number): void {
  const policies = cv.pooled.policies;
  console.log(
    `Summary evaluation — ${modeName()}, policy-level ${FOLD_COUNT}-fold cross-validation over ${policies} OPP-115 policies (train + dev)`,
  );
  for (const f of cv.folds) {
    const m = f.model;
    const model = m
      ? `; model ${SHIPPED_CANDIDATE} fitted on ${m.fit}, thresholds on ${m.tune} out-of-fold (categories there: macro ${m.tuneCategory.macroF1.toFixed(3)}, micro ${m.tuneCategory.microF1.toFixed(3)}), ${m.cached ? "cached" : `trained in ${m.trainSeconds} s`}`
      : "";
    console.log(`  fold ${f.fold}: ${f.policies} held out${model}`);
  }
  const w = 8;
  const head = [...cv.folds.map((f) => `fold ${f.fold}`), "mean", "sd", "min", "max"];
  console.log(`\n  ${"".padEnd(20)}${head.map((h) => h.padStart(w)).join("")}`);
  const num = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : "–").padStart(w);
  for (const [name, of] of FIGURES) {
    const s = cv.spreads[name] ?? spread([]);
    console.log(
      `  ${name.padEnd(20)}${cv.folds.map((f) => num(of(f))).join("")}${[s.mean, s.sd, s.min, s.max].map(num).join("")}`,
    );
  }
  const dnt = cv.folds.map((f) => `${f.doNotTrack.exact}/${f.doNotTrack.stated}`.padStart(w)).join("");
  console.log(`  ${"DNT exact / stated".padEnd(20)}${dnt}`);
  const p = cv.pooled;
  console.log(
    `\nAll ${policies} held-out policies pooled: overall ${p.overall.toFixed(3)}; Do Not Track stance exact ${p.doNotTrack.exact}/${p.doNotTrack.stated}; contacts recall ${p.contacts.recall.toFixed(3)} precision ${p.contacts.precision.toFixed(3)} (gold ${p.contacts.gold}, predicted ${p.contacts.predicted}); e-mails recall ${p.emails.recall.toFixed(3)} precision ${p.emails.precision.toFixed(3)} (gold ${p.emails.gold}, predicted ${p.emails.predicted}); e-mails written in the text recall ${p.writtenEmails.recall.toFixed(3)} precision ${p.writtenEmails.precision.toFixed(3)} (predicted ${p.writtenEmails.predicted}: the gold holds no address a link hides)`,
  );
  console.log(
    `${p.misses.length} fact misses, ${p.contactMisses.length} policies with contact differences (--json lists them)`,
  );
  console.log(`(sd: sample standard deviation over the ${FOLD_COUNT} folds; ${seconds.toFixed(1)} s)`);
}

const DEV_NOTE = "the bundled model, trained on all 95 policies: dev is not held out";

async function main(): Promise<void> {
  const started = performance.now();
  const plain: Labeller | null = goldLabels ? { kind: "gold" } : rulesOnly ? { kind: "rules" } : null;
  const devLabeller: Labeller = plain ?? {
    kind: "model",
    model: withoutLabels(await loadBundledModel(), without),
  };
  if (devOnly) {
    const result = evaluateDev(devLabeller);
    if (asJson) console.log(JSON.stringify({ mode: modeName(), ...result }));
    else printDev(result);
    return;
  }
  const log = (line: string): void => console.error(line);
  const cv = crossValidate((fold) => {
    if (plain) return { labeller: plain };
    const fm = foldModel(fold, log);
    return { labeller: { kind: "model", model: withoutLabels(fm.model, without) }, fm };
  });
  const dev = evaluateDev(devLabeller);
  const seconds = (performance.now() - started) / 1000;
  if (asJson) {
    console.log(
      JSON.stringify({
        mode: modeName(),
        crossValidation: {
          folds: FOLD_COUNT,
          policies: cv.pooled.policies,
          ...(plain ? {} : { cache: path.relative(repoRoot, FOLD_CACHE_DIR) }),
          spread: cv.spreads,
          perFold: cv.folds,
          pooled: cv.pooled,
        },
        dev: { ...(plain ? {} : { note: DEV_NOTE }), ...dev },
      }),
    );
    return;
  }
  printCv(cv, seconds);
  console.log(`\nDev alone, for comparison with earlier figures${plain ? "" : ` (${DEV_NOTE})`}:`);
  printDev(dev);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
