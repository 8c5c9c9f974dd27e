/**
 * Sentence-level ATTRIBUTE classifiers under 5-fold policy-level cross-validation over all 95
 * labelled OPP-115 policies (scripts/lib/folds.ts): per attribute, the model alone, the rules
 * alone, and the two combined, with the fold mean and spread (sd, min, max) and the pooled figures.
 *
 *   npm run eval:attributes            # table
 *   npm run eval:attributes -- --json  # one JSON object
 *   options: --task=sharing-does (repeatable), --no-ablations, --buckets18 (adds the 2^18-bucket variant)
 *
 * Statements: scripts/lib/opp115-statements.ts (sentences an annotation's spans touch, 2-of-3 merge).
 * Inside each fold, the feature variant (negation marking alone, or with the plain word beside it),
 * C, the binary threshold and how model and rules combine (the model's confidence
 * above which it overrides a rule that fired: 0.5 = model alone, 1 = rules whenever they fire) are
 * chosen by leave-one-fold-out over the fold's 4 training folds; the held-out fold is never read
 * for any choice. The final fold model is fitted on all 4 training folds.
 */

import {
  type ClassMetrics,
  chooseSettings,
  classMetrics,
  combinedDecision,
  type Example,
  FEATURE_CANDIDATES,
  type FeatureSettings,
  fitAttributeModel,
  HASH_BITS,
  modelDecision,
  predictProbs,
  ruleDecision,
  type Settings,
  vectorize,
} from "./lib/attribute-train.ts";
import { crossValidationFolds, labelledPolicies, type Spread, spread } from "./lib/folds.ts";
import {
  ATTRIBUTE_TASKS,
  type AttributeTaskId,
  readStatements,
  type Statement,
} from "./lib/opp115-statements.ts";

type RuleFn = (sentence: string) => string[];

interface RuleSet {
  name: string;
  fn: RuleFn | null;
  /** Why there is no rule, when fn is null. */
  missing?: string;
}

/** The project's rule side of each attribute, imported dynamically so a missing export is reported. */
async function loadRules(): Promise<Record<AttributeTaskId, RuleSet>> {
  const statement = (await import("../lib/summarize/statement.ts").catch(() => ({}))) as Record<
    string,
    unknown
  >;
  const sharing = (await import("../lib/summarize/sharing.ts").catch(() => ({}))) as Record<string, unknown>;
  const optOut = (await import("../lib/summarize/opt-out.ts").catch(() => ({}))) as Record<string, unknown>;

  const sharingPolarity = statement.sharingPolarity as
    | ((s: string) => "does" | "does-not" | null)
    | undefined;
  const polarityAt = statement.polarityAt as ((t: string, i: number) => string) | undefined;
  const signalStance = statement.signalStance as ((s: string) => string) | undefined;
  const sharingFinding = sharing.sharingFinding as
    | ((segs: unknown[]) => { advertising: boolean | null; thirdParty: boolean | null; purposes: string[] })
    | undefined;
  const choicesOf = optOut.choicesOf as ((s: { text: string }) => string[]) | undefined;
  const unavailable = (name: string): RuleSet => ({ name, fn: null, missing: "rules: not available yet" });

  // Eval-only baseline (the project has no rule for first-party Does/Does Not): the reading
  // statement.ts gives sharing verbs, applied to collection/use verbs.
  const COLLECT_VERB =
    /\b(?:collect\w*|gather\w*|obtain\w*|receiv\w*|record\w*|stor(?:e|es|ed|ing)|us(?:e|es|ed|ing)|process\w*|track\w*|log(?:s|ged|ging)?|ask(?:s|ed)? for|request\w*|access\w*|retain\w*|keep)\b/giu;
  const collectionPolarity = (s: string): string[] => {
    if (!polarityAt) return [];
    let denied = false;
    for (const m of s.matchAll(COLLECT_VERB)) {
      const p = polarityAt(s, m.index);
      if (p === "affirmed" || p === "denied-with-exception") return ["Does"];
      if (p === "denied") denied = true;
    }
    return denied ? ["Does Not"] : [];
  };
  const CHOICE_NAMES: Record<string, string> = {
    "opt-in": "Opt-in",
    "opt-out-link": "Opt-out link",
    contact: "Opt-out via contacting company",
    "browser-controls": "Browser/device privacy controls",
  };
  const STANCES: Record<string, string> = {
    honored: "Honored",
    "not-honored": "Not honored",
    unclear: "Mentioned, but unclear if honored",
  };
  return {
    "sharing-does": sharingPolarity
      ? {
          name: "statement.ts sharingPolarity",
          fn: (s) => {
            const p = sharingPolarity(s);
            return p === "does" ? ["Does"] : p === "does-not" ? ["Does Not"] : [];
          },
        }
      : unavailable("statement.ts sharingPolarity"),
    "collection-does": polarityAt
      ? { name: "eval-only baseline: statement.ts polarityAt over collect/use verbs", fn: collectionPolarity }
      : unavailable("statement.ts polarityAt"),
    "sharing-ad-purpose": sharingFinding
      ? {
          name: "sharing.ts sharingFinding on the sentence (advertising, or a sharing stance without it)",
          fn: (s) => {
            const f = sharingFinding([{ index: 0, text: s, heading: "", categories: [], labels: [] }]);
            if (f.advertising === true || f.purposes.some((p) => p === "advertising" || p === "marketing"))
              return ["Advertising/Marketing"];
            return f.thirdParty === true ? ["Other purpose"] : [];
          },
        }
      : unavailable("sharing.ts sharingFinding"),
    "choice-type": choicesOf
      ? {
          name: "opt-out.ts choicesOf",
          fn: (s) =>
            choicesOf({ text: s }).flatMap((c) => (CHOICE_NAMES[c] ? [CHOICE_NAMES[c] as string] : [])),
        }
      : unavailable("opt-out.ts choicesOf"),
    "dnt-policy": signalStance
      ? { name: "statement.ts signalStance", fn: (s) => [STANCES[signalStance(s)] ?? ""].filter(Boolean) }
      : unavailable("statement.ts signalStance"),
  };
}

// ---------------------------------------------------------------------------------------------

interface FoldResult {
  fold: number;
  n: number;
  settings: Settings;
  model: ClassMetrics;
  rules: ClassMetrics | null;
  combined: ClassMetrics | null;
  ruleCoverage: number;
  ruleAccuracyWhenFired: number;
  ablations: Record<string, ClassMetrics>;
}

interface Summary {
  accuracy: Spread;
  macroF1: Spread;
  /** Per class: fold spread of F1 (folds without the class skipped). */
  f1: Record<string, Spread>;
  /** All held-out predictions pooled over the 95 policies. */
  pooled: ClassMetrics;
}

/** Model-alone variants, each with its own C and threshold chosen inside the training folds. */
const ABLATIONS: Record<string, FeatureSettings[]> = {
  "model, marking only": [{ hashBits: HASH_BITS, negation: "mark" }],
  "model, marking + plain words": [{ hashBits: HASH_BITS, negation: "mark+plain" }],
  "model, no negation marking": [{ hashBits: HASH_BITS, negation: "none" }],
  "model, 2^14 buckets": FEATURE_CANDIDATES.map((f) => ({ ...f, hashBits: 14 })),
};
/** Costly (2^18 × outputs parameters per L-BFGS step): only with --buckets18. */
const WIDE: Record<string, FeatureSettings[]> = {
  "model, 2^18 buckets": FEATURE_CANDIDATES.map((f) => ({ ...f, hashBits: 18 })),
};

function summarise(
  results: readonly ClassMetrics[],
  gold: readonly number[],
  pred: readonly number[],
  classes: readonly string[],
): Summary {
  return {
    accuracy: spread(results.map((r) => r.accuracy)),
    macroF1: spread(results.map((r) => r.macroF1)),
    f1: Object.fromEntries(classes.map((c, i) => [c, spread(results.map((r) => r.f1[i] ?? Number.NaN))])),
    pooled: classMetrics(gold, pred, classes.length),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const ablations = !args.includes("--no-ablations");
  const variants = { ...(ablations ? ABLATIONS : {}), ...(args.includes("--buckets18") ? WIDE : {}) };
  const only = args.filter((a) => a.startsWith("--task=")).map((a) => a.slice(7));
  const tasks = ATTRIBUTE_TASKS.filter((t) => only.length === 0 || only.includes(t.id));
  const started = Date.now();
  const rules = await loadRules();
  const policies = labelledPolicies();
  const folds = crossValidationFolds(policies);
  const foldOf = new Map<string, number>();
  for (const f of folds) for (const p of f.heldOut) foldOf.set(p, f.index);
  const all = readStatements(policies, tasks);

  const report: Record<string, unknown> = {};
  const lines: string[] = [];
  const fmt = (s: Spread): string =>
    Number.isFinite(s.mean)
      ? `${s.mean.toFixed(3)} ± ${s.sd.toFixed(3)} [${s.min.toFixed(3)}–${s.max.toFixed(3)}]`
      : "n/a";

  for (const task of tasks) {
    const K = task.classes.length;
    const ruleSet = rules[task.id];
    const ps = all.get(task.id);
    const statements: Statement[] = ps?.statements ?? [];
    const toExample = (s: Statement): Example => ({
      text: s.text,
      label: task.classes.indexOf(s.label),
      rule: (ruleSet.fn?.(s.text) ?? []).map((c) => task.classes.indexOf(c)).filter((i) => i >= 0),
    });
    const groups: Example[][] = folds.map(() => []);
    for (const s of statements) groups[foldOf.get(s.policy) as number]?.push(toExample(s));

    const foldResults: FoldResult[] = [];
    const pooled: Record<string, { gold: number[]; pred: number[] }> = {};
    const pool = (name: string, gold: readonly number[], pred: readonly number[]): void => {
      const p = pooled[name] ?? { gold: [], pred: [] };
      p.gold.push(...gold);
      p.pred.push(...pred);
      pooled[name] = p;
    };
    for (const fold of folds) {
      const training = groups.filter((_, g) => g !== fold.index);
      const test = groups[fold.index] ?? [];
      const gold = test.map((e) => e.label);
      const trainFlat = training.flat();
      const counts = new Array<number>(K).fill(0);
      for (const e of trainFlat) counts[e.label] = (counts[e.label] ?? 0) + 1;
      const majority = counts.indexOf(Math.max(...counts));
      const fitAndPredict = (candidates: readonly FeatureSettings[], withRules: boolean) => {
        const settings = chooseSettings(training, K, candidates, withRules && ruleSet.fn !== null);
        const f = settings.features;
        const model = fitAttributeModel(
          vectorize(
            trainFlat.map((e) => e.text),
            f,
          ),
          trainFlat.map((e) => e.label),
          K,
          settings.c,
          f,
        );
        const probs = predictProbs(
          model,
          vectorize(
            test.map((e) => e.text),
            f,
          ),
        );
        return { settings, probs, outputs: model.outputs };
      };
      const shipped = fitAndPredict(FEATURE_CANDIDATES, true);
      const modelPred = test.map(
        (_, i) => modelDecision(shipped.probs, i, shipped.outputs, shipped.settings.threshold).cls,
      );
      pool("model", gold, modelPred);
      let rulesM: ClassMetrics | null = null;
      let combinedM: ClassMetrics | null = null;
      const fired = test.filter((e) => e.rule.length > 0);
      if (ruleSet.fn) {
        const rulePred = test.map((e) => ruleDecision(e.rule, majority));
        const combPred = test.map((e, i) =>
          combinedDecision(
            shipped.probs,
            i,
            shipped.outputs,
            shipped.settings.threshold,
            e.rule,
            shipped.settings.override,
          ),
        );
        rulesM = classMetrics(gold, rulePred, K);
        combinedM = classMetrics(gold, combPred, K);
        pool("rules", gold, rulePred);
        pool("combined", gold, combPred);
      }
      const abl: Record<string, ClassMetrics> = {};
      for (const [name, f] of Object.entries(variants)) {
        const r = fitAndPredict(f, false);
        const pred = test.map((_, i) => modelDecision(r.probs, i, r.outputs, r.settings.threshold).cls);
        abl[name] = classMetrics(gold, pred, K);
        pool(name, gold, pred);
      }
      foldResults.push({
        fold: fold.index,
        n: test.length,
        settings: shipped.settings,
        model: classMetrics(gold, modelPred, K),
        rules: rulesM,
        combined: combinedM,
        ruleCoverage: test.length > 0 ? fired.length / test.length : Number.NaN,
        ruleAccuracyWhenFired:
          fired.length > 0 ? fired.filter((e) => e.rule[0] === e.label).length / fired.length : Number.NaN,
        ablations: abl,
      });
    }

    const systems: Record<string, Summary> = {};
    const metricsOf = (name: string): ClassMetrics[] =>
      foldResults.flatMap((r) => {
        const m =
          name === "model"
            ? r.model
            : name === "rules"
              ? r.rules
              : name === "combined"
                ? r.combined
                : r.ablations[name];
        return m ? [m] : [];
      });
    for (const name of Object.keys(pooled)) {
      const p = pooled[name] as { gold: number[]; pred: number[] };
      systems[name] = summarise(metricsOf(name), p.gold, p.pred, task.classes);
    }
    const delta = (a: string, b: string): Spread | null => {
      const ma = metricsOf(a);
      const mb = metricsOf(b);
      return ma.length === mb.length && ma.length > 0
        ? spread(ma.map((m, i) => m.macroF1 - (mb[i]?.macroF1 ?? Number.NaN)))
        : null;
    };
    const classCounts = Object.fromEntries(
      task.classes.map((c) => [c, statements.filter((s) => s.label === c).length]),
    );
    report[task.id] = {
      category: task.category,
      attribute: task.attribute,
      classes: task.classes,
      sentences: statements.length,
      classCounts,
      droppedNoMajority: ps?.dropped ?? 0,
      rules: ruleSet.fn ? ruleSet.name : (ruleSet.missing ?? "rules: not available yet"),
      ruleCoverage: spread(foldResults.map((r) => r.ruleCoverage)),
      ruleAccuracyWhenFired: spread(foldResults.map((r) => r.ruleAccuracyWhenFired)),
      systems,
      macroF1Delta: {
        "model - rules": delta("model", "rules"),
        "combined - rules": delta("combined", "rules"),
        "combined - model": delta("combined", "model"),
      },
      folds: foldResults.map((r) => ({
        fold: r.fold,
        n: r.n,
        chosen: {
          negation: r.settings.features.negation,
          c: r.settings.c,
          threshold: r.settings.threshold,
          override: r.settings.override,
          innerModelMacroF1: r.settings.modelMacroF1,
          innerCombinedMacroF1: r.settings.combinedMacroF1,
        },
        model: r.model,
        rules: r.rules,
        combined: r.combined,
        ablations: r.ablations,
      })),
    };

    lines.push(
      "",
      `## ${task.id}: ${task.category} / ${task.attribute}`,
      `sentences ${statements.length} (${Object.entries(classCounts)
        .map(([c, n]) => `${c} ${n}`)
        .join(", ")}); ${ps?.dropped ?? 0} touched sentences without a 2-of-3 class`,
      `rules: ${ruleSet.fn ? ruleSet.name : (ruleSet.missing ?? "rules: not available yet")}`,
    );
    if (ruleSet.fn) {
      lines.push(
        `rule fires on ${fmt(spread(foldResults.map((r) => r.ruleCoverage)))} of sentences; right when it fires ${fmt(
          spread(foldResults.map((r) => r.ruleAccuracyWhenFired)),
        )}`,
      );
    }
    lines.push(
      `chosen per fold (negation / C / threshold / override): ${foldResults
        .map(
          (r) =>
            `${r.settings.features.negation}/${r.settings.c}/${r.settings.threshold}/${r.settings.override}`,
        )
        .join(", ")}`,
      "system                           accuracy (mean ± sd [min–max])     macro-F1 (mean ± sd [min–max])     pooled acc / macro-F1",
    );
    for (const [name, s] of Object.entries(systems)) {
      lines.push(
        `${name.padEnd(32)} ${fmt(s.accuracy).padEnd(34)} ${fmt(s.macroF1).padEnd(34)} ${s.pooled.accuracy.toFixed(
          3,
        )} / ${s.pooled.macroF1.toFixed(3)}`,
      );
    }
    lines.push("per-class F1, fold mean ± sd (pooled):");
    for (const [name, s] of Object.entries(systems)) {
      lines.push(
        `  ${name.padEnd(30)} ${task.classes
          .map((c, i) => {
            const f = s.f1[c] as Spread;
            const m = Number.isFinite(f.mean) ? `${f.mean.toFixed(3)} ± ${f.sd.toFixed(3)}` : "n/a";
            return `${c}: ${m} (${(s.pooled.f1[i] ?? Number.NaN).toFixed(3)})`;
          })
          .join("; ")}`,
      );
    }
    for (const [a, b] of [
      ["model", "rules"],
      ["combined", "rules"],
      ["combined", "model"],
    ] as const) {
      const d = delta(a, b);
      if (d) lines.push(`macro-F1 ${a} − ${b}, per fold: ${fmt(d)}`);
    }
  }

  const seconds = (Date.now() - started) / 1000;
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ folds: folds.length, policies: policies.length, seconds, tasks: report })}\n`,
    );
  } else {
    process.stdout.write(
      `Attribute classifiers, ${folds.length}-fold policy-level CV over ${policies.length} policies (${seconds.toFixed(0)} s)${lines.join("\n")}\n`,
    );
  }
}

await main();
