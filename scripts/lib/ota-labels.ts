/**
 * Hand labels of current policies (eval/labels/*.json, ../shared/docs/LABELS.md) and their scoring
 * against a summary's facts, for scripts/eval-ota.ts. Parsing and scoring are pure; only
 * readLabelDir touches the file system.
 *
 * A label file is one JSON object keyed by the policy's path inside the data folder
 * ("ota/en/privacy/Example.md"); each value holds every LABELS.md fact, "emails", "notPolicy" and
 * "evidence" (fact → short verbatim quote).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import {
  type EmailScore,
  emailRates,
  type FactValue,
  isReversal,
  SCALAR_FACTS,
  type ScalarFact,
  scoreEmails,
} from "./fact-compare.ts";
import type { SummaryFacts } from "./summary-facts.ts";

const Stance = z.enum(["honored", "not-honored", "unclear", "not-mentioned"]);
const EVIDENCE_KEYS = [...SCALAR_FACTS, "emails", "notPolicy"] as const;
/** LABELS.md: each evidence quote is at most this long. */
export const MAX_EVIDENCE = 200;

export const PolicyLabel = z.strictObject({
  cookies: z.boolean(),
  thirdPartyCookies: z.boolean(),
  sharing: z.boolean(),
  adSharing: z.boolean(),
  sale: z.enum(["sells", "does-not-sell", "not-mentioned"]),
  optOutLink: z.boolean(),
  optOutByContact: z.boolean(),
  browserControls: z.boolean(),
  optIn: z.boolean(),
  doNotTrack: Stance,
  gpc: Stance,
  emails: z.array(z.string().regex(/^[^\s@]+@[^\s@]+$/, "not an e-mail address")),
  notPolicy: z.boolean(),
  evidence: z.partialRecord(z.enum(EVIDENCE_KEYS), z.string()).default({}),
  /** A labeller's remark, not scored. */
  note: z.string().optional(),
  /** Why a fact was labelled as it was where LABELS.md leaves the case open; not scored. */
  notes: z.partialRecord(z.enum(EVIDENCE_KEYS), z.string()).optional(),
});
export type PolicyLabel = z.infer<typeof PolicyLabel>;

/** "ota/<lang>/<kind>/<file>.md", no "..": the key names a file inside the data folder. */
const KEY = /^ota\/[a-z]{2}\/[^/]+\/(?:[^/]+\/)*[^/]+\.md$/;

export interface LabelledPolicy {
  key: string;
  /** The label file it came from (base name). */
  file: string;
  label: PolicyLabel;
}

export interface LabelProblems {
  /** Entries or files left out, each with why. */
  errors: string[];
  /** Kept, but worth a look (long evidence, a key labelled twice). */
  warnings: string[];
}

function issuesText(error: z.ZodError, value: unknown): string {
  const given = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const missing: string[] = [];
  const other: string[] = [];
  for (const i of error.issues) {
    const name = i.path.map(String).join(".");
    if (i.path.length === 1 && !(name in given)) missing.push(name);
    else other.push(`${name || "(entry)"}: ${i.message}`);
  }
  return [...(missing.length ? [`missing ${missing.join(", ")}`] : []), ...other].join("; ");
}

/** One label file's text: the valid entries, and a message for everything left out. */
export function parseLabelFile(file: string, text: string): { policies: LabelledPolicy[] } & LabelProblems {
  const errors: string[] = [];
  const warnings: string[] = [];
  const policies: LabelledPolicy[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    errors.push(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)}); file skipped`);
    return { policies, errors, warnings };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    errors.push(`${file}: expected one JSON object keyed by "ota/…/<File>.md"; file skipped`);
    return { policies, errors, warnings };
  }
  for (const [key, value] of Object.entries(json)) {
    if (!KEY.test(key) || key.split("/").includes("..")) {
      errors.push(`${file}: key "${key}" is not a data path like "ota/en/privacy/Example.md"; entry skipped`);
      continue;
    }
    const parsed = PolicyLabel.safeParse(value);
    if (!parsed.success) {
      errors.push(`${file}: "${key}": ${issuesText(parsed.error, value)}; entry skipped`);
      continue;
    }
    for (const [fact, quote] of Object.entries(parsed.data.evidence))
      if (quote && quote.length > MAX_EVIDENCE)
        warnings.push(
          `${file}: "${key}": evidence for ${fact} is ${quote.length} characters (LABELS.md: ≤ ${MAX_EVIDENCE})`,
        );
    policies.push({ key, file, label: parsed.data });
  }
  return { policies, errors, warnings };
}

/** Every *.json in `dir`, in name order; a key labelled in two files keeps the first. */
export function readLabelDir(dir: string): { policies: LabelledPolicy[]; files: string[] } & LabelProblems {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const errors: string[] = [];
  const warnings: string[] = [];
  const byKey = new Map<string, LabelledPolicy>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(path.join(dir, file), "utf8");
    } catch (e) {
      errors.push(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? "error"}); file skipped`);
      continue;
    }
    const r = parseLabelFile(file, text);
    errors.push(...r.errors);
    warnings.push(...r.warnings);
    for (const p of r.policies) {
      const first = byKey.get(p.key);
      if (first)
        warnings.push(`${file}: "${p.key}" is also labelled in ${first.file}; kept the one in ${first.file}`);
      else byKey.set(p.key, p);
    }
  }
  return { policies: [...byKey.values()], files, errors, warnings };
}

export interface FactMiss {
  policy: string;
  fact: ScalarFact;
  expected: FactValue;
  /** null: the pipeline read nothing. */
  got: FactValue | null;
  reversal: boolean;
}

export interface PolicyScore {
  policy: string;
  correct: ScalarFact[];
  misses: FactMiss[];
  /** Facts whose gold value is true or a stated stance. */
  positives: ScalarFact[];
  emails: EmailScore;
}

/** True, or a stated stance. */
const positive = (v: FactValue | null): boolean =>
  v === true || (typeof v === "string" && v !== "not-mentioned");

/** One policy's gold label against the summary's facts (null: nothing read, every fact a miss). */
export function scorePolicy(policy: string, gold: PolicyLabel, got: SummaryFacts | null): PolicyScore {
  const correct: ScalarFact[] = [];
  const misses: FactMiss[] = [];
  for (const fact of SCALAR_FACTS) {
    const g = got ? got[fact] : null;
    if (g === gold[fact]) correct.push(fact);
    else
      misses.push({ policy, fact, expected: gold[fact], got: g, reversal: isReversal(fact, gold[fact], g) });
  }
  const positives = SCALAR_FACTS.filter((f) => positive(gold[f]));
  return { policy, correct, misses, positives, emails: scoreEmails(gold.emails, got?.emails ?? []) };
}

export interface FactFigures {
  accuracy: number;
  correct: number;
  /** Misses with a true / stated gold value; misses where the summary said true / a stance the gold does not. */
  falseNegatives: number;
  falsePositives: number;
  /** Policies whose gold value is true or a stated stance. */
  positives: number;
}

export interface OtaFigures {
  policies: number;
  perFact: Record<ScalarFact, FactFigures>;
  overall: number;
  emails: ReturnType<typeof emailRates>;
  reversals: { total: number; sale: number; doNotTrack: number; gpc: number };
  misses: FactMiss[];
}

export function aggregate(scores: readonly PolicyScore[]): OtaFigures {
  const n = scores.length;
  const misses = scores.flatMap((s) => s.misses);
  const perFact = Object.fromEntries(
    SCALAR_FACTS.map((fact) => {
      const correct = scores.filter((s) => s.correct.includes(fact)).length;
      const mine = misses.filter((m) => m.fact === fact);
      return [
        fact,
        {
          accuracy: n ? correct / n : Number.NaN,
          correct,
          falseNegatives: mine.filter((m) => positive(m.expected)).length,
          falsePositives: mine.filter((m) => !positive(m.expected) && positive(m.got)).length,
          positives: scores.filter((s) => s.positives.includes(fact)).length,
        },
      ];
    }),
  ) as Record<ScalarFact, FactFigures>;
  const count = (f: ScalarFact): number => misses.filter((m) => m.fact === f && m.reversal).length;
  const reversals = { sale: count("sale"), doNotTrack: count("doNotTrack"), gpc: count("gpc") };
  return {
    policies: n,
    perFact,
    overall: n ? scores.reduce((t, s) => t + s.correct.length, 0) / (n * SCALAR_FACTS.length) : Number.NaN,
    emails: emailRates(scores.map((s) => s.emails)),
    reversals: { total: reversals.sale + reversals.doNotTrack + reversals.gpc, ...reversals },
    misses,
  };
}
