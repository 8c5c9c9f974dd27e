/**
 * Summary evaluation on the OPP-115 dev policies (`npm run eval:summary [-- --json] [-- --gold-labels]`).
 *
 * Default: the WHOLE pipeline on each full original page (detect → extract → segment → classify →
 * summarize), scored against the policy-level gold facts of data/README.md. `--gold-labels` instead
 * feeds the sanitized segments with their gold labels to `summarize`, to tune rules without a model.
 * Prints figures only: no corpus text is written anywhere.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyzeDocument, analyzeText, readPageText } from "../lib/analyze.ts";
import type { Model } from "../lib/classify/index.ts";
import { segmentText } from "../lib/segment/index.ts";
import { summarize } from "../lib/summarize/index.ts";
import type { LabelledSegment, Segment, Summary } from "../lib/types.ts";
import { dataDir } from "./lib/data-dir.ts";
import { parseHtmlDocument } from "./lib/dom.ts";
import { readGoldPolicy, readSplit } from "./lib/opp115.ts";
import {
  FACTS,
  type Fact,
  type FactValue,
  goldContacts,
  goldFacts,
  normalizeContact,
  type PolicyFacts,
} from "./lib/summary-gold.ts";

const args = new Set(process.argv.slice(2));
const asJson = args.has("--json");
const goldLabels = args.has("--gold-labels");
// Full page, but no classifier: the rules alone on unlabelled segments (a baseline, and a fallback
// while the bundled model is missing).
const rulesOnly = args.has("--rules-only");

/** The bundled model, loaded lazily so `--gold-labels` runs even before the classifier exists. */
async function loadModel(): Promise<Model> {
  const spec = "../lib/classify/bundled-model.ts";
  const mod = (await import(spec)) as { loadBundledModel: () => Model };
  return mod.loadBundledModel();
}

/** Summary facts in the gold vocabulary (null summary = nothing read: every fact is a miss). */
export function factsOfSummary(summary: Summary | null): PolicyFacts | null {
  if (!summary) return null;
  const choices = summary.optOut.choices;
  return {
    cookies: summary.cookies.uses === true,
    thirdPartyCookies: summary.cookies.thirdParty === true,
    sharing: summary.sharing.thirdParty === true,
    adSharing: summary.sharing.advertising === true,
    optOutLink: choices.includes("opt-out-link"),
    optOutByContact: choices.includes("contact"),
    browserControls: choices.includes("browser-controls"),
    optIn: choices.includes("opt-in"),
    doNotTrack: summary.tracking.doNotTrack,
  };
}

function policyUrl(policy: string): string | null {
  const csv = readFileSync(path.join(dataDir(), "opp115", "annotations", `${policy}.csv`), "utf8");
  const m = /(https?:\/\/[^\s",]+)\s*$/m.exec(csv.split("\n")[0] ?? "");
  return m?.[1] ?? null;
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

function pipelineSummary(policy: string, model: Model | null): { summary: Summary | null; source: string } {
  const dir = path.join(dataDir(), "opp115", "original_policies");
  const html = path.join(dir, `${policy}.html`);
  const url = policyUrl(policy);
  const unlabelled = (segments: Segment[]): Summary | null =>
    segments.length ? summarize(segments.map((s) => ({ ...s, categories: [], labels: [] }))) : null;
  if (existsSync(html)) {
    const doc = parseHtmlDocument(readFileSync(html, "utf8"));
    if (!model)
      return { summary: unlabelled(readPageText(doc, { ownsDocument: true }).segments), source: "html" };
    return { summary: analyzeDocument(doc, url, model, { ownsDocument: true }).summary, source: "html" };
  }
  // One dev policy was saved as a PDF: its text export is the page we can read.
  const text = readFileSync(path.join(dir, `${policy}.txt`), "utf8");
  if (!model) return { summary: unlabelled(segmentText(text)), source: "txt" };
  return { summary: analyzeText(text, url, model).summary, source: "txt" };
}

interface Miss {
  policy: string;
  fact: Fact;
  expected: FactValue;
  got: FactValue | null;
}

async function main(): Promise<void> {
  const policies = readSplit("dev");
  const model = goldLabels || rulesOnly ? null : await loadModel();
  const correct: Record<string, number> = {};
  const misses: Miss[] = [];
  let dntStated = 0;
  let dntExact = 0;
  let goldContactCount = 0;
  let predictedContactCount = 0;
  let contactHits = 0;
  const contactMisses: Array<{ policy: string; missing: string[]; extra: string[] }> = [];
  const sources: Record<string, string> = {};

  for (const policy of policies) {
    let summary: Summary | null;
    if (!goldLabels) {
      const r = pipelineSummary(policy, model);
      summary = r.summary;
      sources[policy] = r.source;
    } else {
      summary = summarize(goldLabelled(policy));
      sources[policy] = "gold-labels";
    }
    const gold = goldFacts(policy);
    const got = factsOfSummary(summary);
    for (const fact of FACTS) {
      const g = got ? got[fact] : null;
      if (g === gold[fact]) correct[fact] = (correct[fact] ?? 0) + 1;
      else misses.push({ policy, fact, expected: gold[fact], got: g });
    }
    if (gold.doNotTrack !== "not-mentioned") {
      dntStated++;
      if (got?.doNotTrack === gold.doNotTrack) dntExact++;
    }
    const goldSet = goldContacts(policy);
    const predSet = new Set(
      (summary?.optOut.contacts ?? [])
        .filter((c) => c.kind === "email" || c.kind === "url")
        .map((c) => normalizeContact(c.value)),
    );
    goldContactCount += goldSet.size;
    predictedContactCount += predSet.size;
    const missing = [...goldSet].filter((c) => !predSet.has(c));
    const extra = [...predSet].filter((c) => !goldSet.has(c));
    contactHits += goldSet.size - missing.length;
    if (missing.length || extra.length) contactMisses.push({ policy, missing, extra });
  }

  const n = policies.length;
  const perFact = Object.fromEntries(FACTS.map((f) => [f, (correct[f] ?? 0) / n]));
  const overall = FACTS.reduce((s, f) => s + (correct[f] ?? 0), 0) / (n * FACTS.length);
  const result = {
    mode: goldLabels ? "gold-labels" : rulesOnly ? "pipeline, rules only (no classifier)" : "pipeline",
    policies: n,
    perFact,
    overall,
    doNotTrack: { stated: dntStated, exact: dntExact },
    contacts: {
      gold: goldContactCount,
      predicted: predictedContactCount,
      recall: goldContactCount ? contactHits / goldContactCount : 1,
      precision: predictedContactCount ? contactHits / predictedContactCount : 1,
    },
    misses,
    contactMisses,
    sources,
  };
  if (asJson) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(`Summary evaluation — ${result.mode}, ${n} dev policies`);
  for (const f of FACTS) console.log(`  ${f.padEnd(18)} ${(perFact[f] ?? 0).toFixed(3)}`);
  console.log(`  ${"overall".padEnd(18)} ${overall.toFixed(3)}`);
  console.log(`Do Not Track stance exact: ${dntExact}/${dntStated} dev policies that state one`);
  console.log(
    `Contacts: recall ${result.contacts.recall.toFixed(3)} precision ${result.contacts.precision.toFixed(3)} (gold ${goldContactCount}, predicted ${predictedContactCount})`,
  );
  if (misses.length) {
    console.log("Misses (policy, fact, expected, got):");
    for (const m of misses) console.log(`  ${m.policy}  ${m.fact}  expected ${m.expected}  got ${m.got}`);
  }
  if (contactMisses.length) {
    console.log("Contact differences:");
    for (const m of contactMisses)
      console.log(`  ${m.policy}  missing [${m.missing.join(" ")}]  extra [${m.extra.join(" ")}]`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
