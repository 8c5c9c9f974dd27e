// What a finding is: everything the extension, the command line and the tests need to know about one of
// the summary's findings, declared once in its own file (lib/findings/<name>.ts) and listed in the
// registry (lib/findings/index.ts). Pure data and pure functions: no DOM, no browser APIs, so the same
// definition serves the background, the popup and Node.
import { z } from "zod/mini";
import type { MessageKey } from "../i18n";
import { type Level, levelSchema } from "./levels";
import type { Contact } from "./opt-out";

/** A quoted sentence that backs a finding. */
export const evidenceSchema = z.object({
  text: z.string(),
  /** Index of the segment the sentence comes from. */
  segment: z.number(),
});
export type Evidence = z.output<typeof evidenceSchema>;

/** The fields every finding has: a level, readable facts and the quotes that prove them. */
export interface FindingBase {
  level: Level;
  facts: string[];
  evidence: Evidence[];
}

/**
 * A finding's schema: `level`, then its own fields, then `facts` and `evidence` (the order the rule
 * files return them in, so a summary read back from storage keeps its key order).
 */
export function findingSchema<T extends z.core.$ZodLooseShape>(fields: T) {
  return z.object({
    level: levelSchema,
    ...fields,
    facts: z.array(z.string()),
    evidence: z.array(evidenceSchema),
  });
}

/** One shape of a finding's 20×20 line icon (stroked with the text colour; `filled` circles are dots). */
export type IconShape =
  | { readonly path: string }
  | { readonly circle: readonly [cx: number, cy: number, r: number]; readonly filled?: true };

/**
 * What the rest of the summary establishes that a verdict may need to word its reason exactly: a
 * verdict never names a practice its own finding does not hold.
 */
export interface Admitted {
  /** The sharing finding says the policy sells personal data (a CCPA/CPRA sale or sharing included). */
  readonly sells: boolean;
}

/** A verdict: the name of one of the finding's verdict messages, with its substitutions if it has any. */
export type Verdict<V extends string> = V | readonly [V, ...(string | number)[]];

export interface FindingDefinition<
  K extends string = string,
  S extends z.ZodMiniType<FindingBase> = z.ZodMiniType<FindingBase>,
  V extends string = string,
> {
  /** The finding's key in the summary (`summary.<key>`, `data-finding="<key>"`, the JSON contract). */
  readonly key: K;
  /** Checks the finding when a summary is read back from storage or received by the popup. */
  readonly schema: S;
  /** Its name in the command line's readable report. */
  readonly reportName: string;
  readonly messages: {
    /** The card title, the Markdown heading and the badge tooltip line. */
    readonly title: MessageKey;
    /** The one-line verdicts `verdict` chooses from. */
    readonly verdicts: Readonly<Record<V, MessageKey>>;
  };
  /** What makes each level, in a sentence (what the rule file's level code does). */
  readonly rubric: Readonly<Record<Level, string>>;
  readonly icon: readonly IconShape[];
  /**
   * The most telling thing the finding holds, worded from its structured fields (so it can be
   * translated), never from page text. "unknown" always means the policy doesn't mention it.
   */
  verdict(finding: z.output<S>, admitted: Admitted): Verdict<V>;
  /** The contacts the finding lists, if it lists any (shown under the facts everywhere). */
  contacts?(finding: z.output<S>): Contact[];
}

/** Declares a finding: returns it as given, with its key and message names typed exactly. */
export function defineFinding<const K extends string, S extends z.ZodMiniType<FindingBase>, V extends string>(
  definition: FindingDefinition<K, S, V>,
): FindingDefinition<K, S, V> {
  return definition;
}
