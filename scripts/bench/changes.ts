// Change alerts in Node (tsx), over the recorded policy histories and the current policies of the
// shared Open Terms Archive data:
// - diff: diffVersions (lib/changes) of each consecutive pair, both versions' sentences keyed beforehand
//   (the background keys the new version to fingerprint it and the old one when it unpacks it);
// - key: keyedSentences of one version (split into sentences, words, hashes);
//   each timed 5 times per pair after one warm-up run: the fastest run (the one least disturbed by
//   other processes on a shared machine) and the median, then percentiles across pairs;
// - remember: the whole PolicyHistory.remember of the newer version over an in-memory storage that
//   holds the older one (hash, pack, unpack, diff, bounds), median of 3 runs per pair;
// - storage: the JSON bytes one remembered policy takes (its key and record, as PolicyHistory writes
//   it) for every current privacy policy (ota/<lang>/privacy/*.md), and for a record holding a change
//   not yet seen (two versions).
import { readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { PageAnalysis } from "../../lib/analyze.ts";
import { diffVersions, findingFacts } from "../../lib/changes/diff.ts";
import { keyedSentences } from "../../lib/changes/normalize.ts";
import { PolicyHistory } from "../../lib/changes/policy-history.ts";
import type { PolicyRecords } from "../../lib/changes/record.ts";
import { analyzeInput } from "../lib/analyze-input.ts";
import { listHistories } from "../lib/change-checks.ts";
import type { Row } from "./report.ts";
import { median, round, summarize } from "./stats.ts";

export interface ChangeFigures {
  pairs: number;
  /** Fastest of 5 runs per pair. */
  diffMs: ReturnType<typeof summarize>;
  /** Median of 5 runs per pair. */
  diffMedianRunMs: ReturnType<typeof summarize>;
  keyMs: ReturnType<typeof summarize>;
  /** The machine's 1-minute load average when the runs ended (other processes share the CPUs). */
  loadAverage: number;
  rememberMs: ReturnType<typeof summarize>;
  storage: {
    policies: number;
    meanBytes: number;
    p95Bytes: number;
    maxBytes: number;
    /** A policy with a change not yet seen keeps both versions. */
    meanBytesWithPendingChange: number;
  };
}

function memoryStorage() {
  let value: unknown;
  return {
    getValue: async () => value,
    setValue: async (next: PolicyRecords) => {
      value = next;
    },
    bytes: () =>
      Object.entries((value ?? {}) as PolicyRecords).reduce(
        (sum, [key, record]) => sum + key.length + JSON.stringify(record).length + 4,
        0,
      ),
  };
}

const analysed = (file: string): PageAnalysis | null => {
  const outcome = analyzeInput(file, null);
  return outcome.ok && outcome.analysis.summary ? outcome.analysis : null;
};

const URL_KEY = "https://policy.example/privacy";

async function rememberBoth(a: PageAnalysis, b: PageAnalysis) {
  const storage = memoryStorage();
  const history = new PolicyHistory(
    storage,
    async () => true,
    () => {},
  );
  if (!a.summary || !b.summary) throw new Error("no summary");
  await history.remember(URL_KEY, a.segments, a.summary, false, 1);
  const single = storage.bytes();
  const t = performance.now();
  const change = await history.remember(URL_KEY, b.segments, b.summary, false, 2);
  return { ms: performance.now() - t, single, withChange: change ? storage.bytes() : null };
}

export async function changeFigures(
  otaRoot: string,
  maxPairs: number,
  log: (s: string) => void,
): Promise<ChangeFigures> {
  const pairs: [PageAnalysis, PageAnalysis][] = [];
  for (const { versions } of listHistories(otaRoot)) {
    const done = versions.map(analysed);
    for (let i = 1; i < done.length; i++) {
      const [a, b] = [done[i - 1], done[i]];
      if (a && b) pairs.push([a, b]);
    }
    if (pairs.length >= maxPairs) break;
  }
  log(`changes: diff and remember over ${pairs.length} recorded version pairs`);
  const timed = (job: () => unknown) => {
    job();
    const runs = Array.from({ length: 5 }, () => {
      const t = performance.now();
      job();
      return performance.now() - t;
    });
    return { fastest: Math.min(...runs), median: median(runs) };
  };
  const diffMs: number[] = [];
  const diffMedianRunMs: number[] = [];
  const keyMs: number[] = [];
  const rememberMs: number[] = [];
  const pendingBytes: number[] = [];
  for (const [a, b] of pairs) {
    if (!a.summary || !b.summary) continue;
    const before = { sentences: keyedSentences(a.segments), findings: findingFacts(a.summary) };
    const after = { sentences: keyedSentences(b.segments), findings: findingFacts(b.summary) };
    const diff = timed(() => diffVersions(before, after));
    diffMs.push(diff.fastest);
    diffMedianRunMs.push(diff.median);
    keyMs.push(timed(() => keyedSentences(b.segments)).fastest);
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await rememberBoth(a, b));
    rememberMs.push(median(runs.map((r) => r.ms)));
    const withChange = runs[0]?.withChange;
    if (withChange) pendingBytes.push(withChange);
  }

  const current = ["en", "fr"].flatMap((lang) => {
    const dir = path.join(otaRoot, lang, "privacy");
    try {
      return readdirSync(dir)
        .filter((f) => f.endsWith(".md"))
        .sort()
        .map((f) => path.join(dir, f));
    } catch {
      return [];
    }
  });
  log(`changes: storage of ${current.length} current privacy policies`);
  const bytes: number[] = [];
  for (const file of current) {
    const analysis = analysed(file);
    if (!analysis?.summary) continue;
    const storage = memoryStorage();
    await new PolicyHistory(
      storage,
      async () => true,
      () => {},
    ).remember(URL_KEY, analysis.segments, analysis.summary, false);
    bytes.push(storage.bytes());
  }
  const sizes = summarize(bytes, 0);
  return {
    pairs: pairs.length,
    diffMs: summarize(diffMs),
    diffMedianRunMs: summarize(diffMedianRunMs),
    keyMs: summarize(keyMs),
    loadAverage: round(os.loadavg()[0] ?? Number.NaN, 1),
    rememberMs: summarize(rememberMs),
    storage: {
      policies: bytes.length,
      meanBytes: round(sizes.mean, 0),
      p95Bytes: sizes.p95,
      maxBytes: sizes.max,
      meanBytesWithPendingChange: round(summarize(pendingBytes, 0).mean, 0),
    },
  };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function changeRows(c: ChangeFigures): Row[] {
  return [
    {
      section: "changes",
      metric: `diff a policy version pair, p95 (${c.pairs} pairs; p50 ${c.diffMs.p50} ms; fastest of 5)`,
      value: `${c.diffMs.p95} ms`,
      goal: "≤ 5 ms",
      ok: c.diffMs.p95 <= 5,
    },
    {
      section: "changes",
      metric: `  the same, median of 5 runs (load average ${c.loadAverage})`,
      value: `${c.diffMedianRunMs.p95} ms`,
    },
    {
      section: "changes",
      metric: `key one version's sentences, p95 (p50 ${c.keyMs.p50} ms)`,
      value: `${c.keyMs.p95} ms`,
    },
    {
      section: "changes",
      metric: `remember + diff, whole (hash, pack, unpack), p95 (p50 ${c.rememberMs.p50} ms)`,
      value: `${c.rememberMs.p95} ms`,
    },
    {
      section: "changes",
      metric: `storage per policy, mean (${c.storage.policies} policies; p95 ${kb(c.storage.p95Bytes)}, max ${kb(c.storage.maxBytes)})`,
      value: kb(c.storage.meanBytes),
      goal: "≤ 20 KB",
      ok: c.storage.meanBytes <= 20 * 1024,
    },
    {
      section: "changes",
      metric: "storage per policy with a change not yet seen, mean",
      value: kb(c.storage.meanBytesWithPendingChange),
    },
  ];
}
