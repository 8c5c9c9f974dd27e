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

/**
 * A 30-bit hash of words[start, start + n): small integers keep the sets fast. Two different runs
 * share one about once in a billion lookups, and a changed sentence has several runs to miss.
 */
function runHash(words: readonly number[], start: number, n: number): number {
  let h = 0x811c9dc5 ^ n;
  for (let i = start; i < start + n; i++) {
    h = Math.imul(h ^ (words[i] ?? 0), 0x01000193);
    h ^= h >>> 13;
  }
  return (h ^ (h >>> 16)) & 0x3fffffff;
}

/** A set of 30-bit hashes: open addressing over a typed array, several times faster than a Set here. */
class HashSet {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  add(hash: number): void {
    const stored = hash + 1;
    let i = hash & this.mask;
    while (this.slots[i] !== 0 && this.slots[i] !== stored) i = (i + 1) & this.mask;
    this.slots[i] = stored;
  }

  has(hash: number): boolean {
    const stored = hash + 1;
    for (let i = hash & this.mask; this.slots[i] !== 0; i = (i + 1) & this.mask)
      if (this.slots[i] === stored) return true;
    return false;
  }
}

/** The runs of a version read as one stream of words, by run length, each set made when first needed. */
class Runs {
  private readonly stream: number[];
  private readonly byLength = new Map<number, HashSet>();

  constructor(sentences: readonly KeyedSentence[]) {
    const stream: number[] = [];
    for (const s of sentences) for (const w of s.words) stream.push(w);
    this.stream = stream;
  }

  of(n: number): HashSet {
    let set = this.byLength.get(n);
    if (!set) {
      set = new HashSet(this.stream.length);
      for (let i = 0; i + n <= this.stream.length; i++) set.add(runHash(this.stream, i, n));
      this.byLength.set(n, set);
    }
    return set;
  }
}

/** Whether every run of words[from, to) is in the other version. */
function spanCovered(words: readonly number[], from: number, to: number, runs: Runs): boolean {
  const n = Math.min(GRAM, to - from);
  const set = runs.of(n);
  for (let i = from; i + n <= to; i++) if (!set.has(runHash(words, i, n))) return false;
  return true;
}

/**
 * Whether the other version says this sentence: all of it, or a short line and the paragraph after
 * it (at least GRAM words) that it says apart (a layout that joins the line to another paragraph).
 */
function isCovered(sentence: KeyedSentence, runs: Runs): boolean {
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
  // Most sentences are word for word in the other version: only the rest need their runs looked up.
  const same = new Set(other.map((s) => s.key));
  let runs: Runs | null = null;
  const out: string[] = [];
  for (const sentence of from) {
    if (sentence.heading || same.has(sentence.key)) continue;
    runs ??= new Runs(other);
    if (!isCovered(sentence, runs)) out.push(sentence.text);
  }
  return out;
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
