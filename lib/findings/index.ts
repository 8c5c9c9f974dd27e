// The registry of findings: the one ordered list everything iterates (summarize(), the summary schema,
// the popup's cards, the toolbar tooltip, the Markdown copy, the command line's report).
// Adding a finding: its file in this folder (see define.ts), and one entry in FINDINGS.
import type { z } from "zod/mini";
import type { MessageKey } from "../i18n";
import { cookies } from "./cookies";
import type { Admitted, FindingDefinition } from "./define";
import { optOut } from "./opt-out";
import { sharing } from "./sharing";
import { tracking } from "./tracking";

/** The findings, in the order they are shown and reported (and the summary's key order). */
export const FINDINGS = [cookies, sharing, optOut, tracking] as const;

type Registered = (typeof FINDINGS)[number];
export type FindingKey = Registered["key"];

/** A summary: one finding per registry entry, under its key. */
export type Summary = { [F in Registered as F["key"]]: z.output<F["schema"]> };

/** Any finding's definition, for code that handles every finding alike. */
export type AnyFinding = FindingDefinition;

const BY_KEY = new Map<string, AnyFinding>(FINDINGS.map((finding) => [finding.key, finding]));

/** The finding registered under `key`. */
export function findingOf(key: FindingKey): AnyFinding {
  const finding = BY_KEY.get(key);
  if (!finding) throw new Error(`no finding "${key}"`);
  return finding;
}

/** What `summary` admits, for the verdicts that word a reason from another finding. */
export function admittedIn(summary: Summary): Admitted {
  return { sells: summary.sharing?.sells === true };
}

/** The message (and its substitutions) of a finding's verdict in `summary`. */
export function verdictMessage(
  summary: Summary,
  key: FindingKey,
): { key: MessageKey; substitutions: (string | number)[] } {
  const finding = findingOf(key);
  const verdict = finding.verdict(summary[key], admittedIn(summary));
  const [name, ...substitutions] = typeof verdict === "string" ? [verdict] : verdict;
  const message = finding.messages.verdicts[name];
  if (!message) throw new Error(`finding "${key}" has no verdict "${name}"`);
  return { key: message, substitutions };
}

/** The contacts a finding in `summary` lists (none for most findings). */
export function contactsOf(summary: Summary, key: FindingKey) {
  return findingOf(key).contacts?.(summary[key]) ?? [];
}

export type { FindingBase, FindingDefinition, IconShape } from "./define";
export { LEVEL_WORD, LEVELS, type Level } from "./levels";
