// What changed between two versions of a policy, and, finding by finding of the registry, the level
// before and after and the facts added and removed. Pure and deterministic.
//
// A sentence of one version is "added" (or "removed") when some run of its words, GRAM words long
// (the whole sentence when it is shorter), appears nowhere in the other version's text read as one
// stream of words. So a moved paragraph is not a change, nor is text that another layout cuts into
// sentences differently, while a changed word changes the sentences around it.
import { FINDINGS, type FindingKey, type Level, type Summary } from "../findings/index";
import type { KeyedSentence } from "./normalize";

/** What a version says, finding by finding: the level and facts `analyze` gives it. */
export type FindingFacts = Record<FindingKey, { level: Level; facts: string[] }>;

export interface FindingChange {
  before: Level;
  after: Level;
  factsAdded: string[];
  factsRemoved: string[];
}

export interface PolicyDiff {
  /** True when the text says something new or no longer says something (see normalize.ts). */
  changed: boolean;
  added: string[];
  removed: string[];
  findings: Record<FindingKey, FindingChange>;
}

/** The length of the word runs compared. */
export const GRAM = 5;

/** The level and facts of every finding in `summary`, in the registry's order. */
export function findingFacts(summary: Summary): FindingFacts {
  return Object.fromEntries(
    FINDINGS.map(({ key }) => [key, { level: summary[key].level, facts: [...summary[key].facts] }]),
  ) as FindingFacts;
}

/** A 53-bit hash of words[start, start + n). */
function runHash(words: readonly number[], start: number, n: number): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = start; i < start + n; i++) {
    const w = words[i] ?? 0;
    a = Math.imul(a ^ w, 0x01000193);
    b = Math.imul(b ^ w, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** Every run of 1…GRAM words of the version read as one stream, as hashes, by run length. */
function runsOf(sentences: readonly KeyedSentence[]): Set<number>[] {
  const stream = sentences.flatMap((s) => s.words);
  const runs = Array.from({ length: GRAM + 1 }, () => new Set<number>());
  for (let n = 1; n <= GRAM; n++) {
    const set = runs[n] as Set<number>;
    for (let i = 0; i + n <= stream.length; i++) set.add(runHash(stream, i, n));
  }
  return runs;
}

/** Whether every run of words[from, to) is in the other version. */
function spanCovered(
  words: readonly number[],
  from: number,
  to: number,
  runs: readonly Set<number>[],
): boolean {
  const n = Math.min(GRAM, to - from);
  const set = runs[n] as Set<number>;
  for (let i = from; i + n <= to; i++) if (!set.has(runHash(words, i, n))) return false;
  return true;
}

/**
 * Whether the other version says this sentence: all of it, or a short line and the paragraph after
 * it (at least GRAM words) that it says apart (a layout that joins the line to another paragraph).
 */
function isCovered(sentence: KeyedSentence, runs: readonly Set<number>[]): boolean {
  const { words } = sentence;
  if (spanCovered(words, 0, words.length, runs)) return true;
  return sentence.joins.some(
    (at) =>
      words.length - at >= GRAM &&
      spanCovered(words, 0, at, runs) &&
      spanCovered(words, at, words.length, runs),
  );
}

/** The sentences of `from` that the other version does not say, in order. */
function uncovered(from: readonly KeyedSentence[], other: readonly KeyedSentence[]): string[] {
  const runs = runsOf(other);
  return from.filter((s) => !s.heading && !isCovered(s, runs)).map((s) => s.text);
}

const without = (items: readonly string[], other: readonly string[]): string[] => {
  const set = new Set(other);
  return items.filter((item) => !set.has(item));
};

export function diffVersions(
  before: { sentences: readonly KeyedSentence[]; findings: FindingFacts },
  after: { sentences: readonly KeyedSentence[]; findings: FindingFacts },
): PolicyDiff {
  const added = uncovered(after.sentences, before.sentences);
  const removed = uncovered(before.sentences, after.sentences);
  const findings = Object.fromEntries(
    FINDINGS.map(({ key }) => {
      const old = before.findings[key];
      const now = after.findings[key];
      const change: FindingChange = {
        before: old.level,
        after: now.level,
        factsAdded: without(now.facts, old.facts),
        factsRemoved: without(old.facts, now.facts),
      };
      return [key, change];
    }),
  ) as Record<FindingKey, FindingChange>;
  return { changed: added.length > 0 || removed.length > 0, added, removed, findings };
}

/** Whether a finding's level or facts differ between the versions. */
export function findingChanged(change: FindingChange): boolean {
  return change.before !== change.after || change.factsAdded.length > 0 || change.factsRemoved.length > 0;
}
