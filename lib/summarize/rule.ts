// Rules as data. A rule is one thing a policy can state: its id, the words every statement of it
// holds, the pattern that finds it, what it sets in its finding, and what a negation does to it. The
// findings read their tables through `readRule`, the same way for every rule, so a rule is added by
// adding a row; test/summarize/rules.test.ts holds each row's stated, denied and out-of-scope forms
// and fails for a row that has none.
import { type Cue, type CueText, cue, firstMatch } from "./cue";
import { negatedAt, notAPracticeAt } from "./statement";

/**
 * What a negation in the statement's clause does to the rule:
 * - "cancels": a denied statement sets nothing ("we do not use Google Analytics");
 * - "flips": a denied statement sets the opposite ("we do not use cookies" → no cookies);
 * - "ignored": the pattern holds its own polarity and mood ("to opt out, visit …" is an offer
 *   even though "opt out of" reads as a right elsewhere): a match is stated.
 */
export type Negation = "cancels" | "flips" | "ignored";

/** A rule is a cue (its words and pattern, see cue.ts) with an id and what it sets. */
export interface Rule<Sets extends string = string> extends Cue {
  /** `<finding>.<name>`, unique across the tables. */
  readonly id: string;
  /** What a stated match sets in its finding (a field, a choice or a fact of it). */
  readonly sets: Sets;
  readonly negation: Negation;
}

/** How a statement reads for a rule: it states it, denies it, or does neither. */
export type Reading = "stated" | "denied" | null;

const REGISTRY = new Map<string, Rule>();

/** Declares a rule (its id must be new) and returns it. */
export function rule<Sets extends string>(
  id: string,
  words: readonly string[],
  pattern: RegExp,
  sets: Sets,
  negation: Negation = "cancels",
): Rule<Sets> {
  if (!/^[a-z-]+\.[a-z0-9-]+$/.test(id)) throw new Error(`A rule id is <finding>.<name>: ${id}`);
  if (REGISTRY.has(id)) throw new Error(`Rule ${id} is declared twice`);
  const made: Rule<Sets> = Object.assign(cue(words, pattern), { id, sets, negation });
  REGISTRY.set(id, made);
  return made;
}

/** Every rule declared so far (each table's module declares its rows when it loads). */
export function allRules(): Rule[] {
  return [...REGISTRY.values()];
}

/** Matches read after the first one reads as no statement (a bound on the work per sentence). */
const LATER_MATCHES = 3;
const RESUMABLE = new WeakMap<RegExp, RegExp>();

/** The rule's pattern as a global expression, to look for a match after a given position. */
function resumable(pattern: RegExp): RegExp {
  let re = RESUMABLE.get(pattern);
  if (!re) {
    re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    RESUMABLE.set(pattern, re);
  }
  return re;
}

/** How a sentence treats one match of a rule. */
function readMatch(r: Rule, text: string, m: RegExpExecArray): Reading {
  if (notAPracticeAt(text, m.index)) return null;
  // The match's first word and its last are both read: "we do not use Google Analytics" denies the
  // start, "third parties may not place cookies" the end.
  const end = m.index + Math.max(0, m[0].length - 1);
  if (!(negatedAt(text, m.index) || negatedAt(text, end))) return "stated";
  return r.negation === "flips" ? "denied" : null;
}

/**
 * The statement's reading for the rule: none when the pattern does not match or the match sits in a
 * right, request or question ("you may ask whether we use …"); otherwise stated or denied, by the
 * negation scope of statement.ts and the rule's `negation`. The first match decides unless it states
 * nothing (in a condition, a right or a question, or cancelled by a negation); then the next match
 * that starts later is read ("To the extent that we use other advertisers, those companies may place
 * cookies").
 */
export function readRule(r: Rule, s: CueText): Reading {
  let m = firstMatch(r, s);
  if (!m) return null;
  if (r.negation === "ignored") return "stated";
  const re = resumable(r.pattern);
  for (let tries = 0; m && tries <= LATER_MATCHES; tries++) {
    const reading = readMatch(r, s.text, m);
    if (reading !== null) return reading;
    re.lastIndex = m.index + 1;
    m = re.exec(s.text);
  }
  re.lastIndex = 0;
  return null;
}

/** The rules of `table` the statement states (in table order). */
export function statedRules<R extends Rule>(table: readonly R[], s: CueText): R[] {
  return table.filter((r) => readRule(r, s) === "stated");
}
