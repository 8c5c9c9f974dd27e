/**
 * Sentence-level attribute statements from OPP-115 (Node only, nothing written to disk).
 *
 * Each annotation of a category carries attribute spans (startIndexInSegment/endIndexInSegment,
 * offsets into the raw sanitized segment HTML). A statement is one SENTENCE of a segment that an
 * annotation's spans touch, labelled with the value that annotation gave the attribute of its task:
 * the sentences touched by that attribute's own span, or, when the attribute has no span (a default
 * "Does" or "Unspecified" that was never highlighted), the sentences touched by the annotation's other
 * spans. The three annotators are merged per sentence: a class holds when at least 2 distinct
 * annotator ids gave it (OPP-115's gold rule, as in opp115.ts); the class with most annotators wins,
 * and a tie between two classes drops the sentence.
 *
 * Sentences come from lib/sentences.ts `sentenceSpans`, run line by line over the cleaned segment
 * (segmentHtmlToLines), so a segment's heading line is its own sentence, as in the extension.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sentenceSpans } from "../../lib/sentences.ts";
import {
  type AttributeValue,
  type Opp115Annotation,
  opp115Root,
  readAnnotations,
  segmentHtmlToLines,
} from "./opp115.ts";

export type AttributeTaskId =
  | "sharing-does"
  | "collection-does"
  | "sharing-ad-purpose"
  | "choice-type"
  | "dnt-policy";

export interface AttributeTask {
  id: AttributeTaskId;
  /** OPP-115 category whose annotations are read. */
  category: string;
  /** Attribute name inside the annotation's JSON. */
  attribute: string;
  /** Classes, in a fixed order (the first is the positive class of a binary task). */
  classes: readonly string[];
  /** Class of one attribute value; null drops the annotation from this task. */
  classOf(value: string): string | null;
}

const TPSC = "Third Party Sharing/Collection";
const FPCU = "First Party Collection/Use";

export const OTHER_PURPOSE = "Other purpose";
export const OTHER_CHOICE = "Other choice";
const CHOICES = [
  "Opt-in",
  "Opt-out link",
  "Opt-out via contacting company",
  "Browser/device privacy controls",
] as const;
const DNT_VALUES = ["Honored", "Not honored", "Mentioned, but unclear if honored"] as const;

const doesOrNot = (value: string): string | null => (value === "Does" || value === "Does Not" ? value : null);

export const ATTRIBUTE_TASKS: readonly AttributeTask[] = [
  {
    id: "sharing-does",
    category: TPSC,
    attribute: "Does/Does Not",
    classes: ["Does", "Does Not"],
    classOf: doesOrNot,
  },
  {
    id: "collection-does",
    category: FPCU,
    attribute: "Does/Does Not",
    classes: ["Does", "Does Not"],
    classOf: doesOrNot,
  },
  {
    id: "sharing-ad-purpose",
    category: TPSC,
    attribute: "Purpose",
    classes: ["Advertising/Marketing", OTHER_PURPOSE],
    classOf: (v) => (v === "Advertising" || v === "Marketing" ? "Advertising/Marketing" : OTHER_PURPOSE),
  },
  {
    id: "choice-type",
    category: "User Choice/Control",
    attribute: "Choice Type",
    classes: [...CHOICES, OTHER_CHOICE],
    classOf: (v) => ((CHOICES as readonly string[]).includes(v) ? v : OTHER_CHOICE),
  },
  {
    id: "dnt-policy",
    category: "Do Not Track",
    attribute: "Do Not Track policy",
    classes: DNT_VALUES,
    // "Other" and "Not mentioned" (a handful of annotations) are no stance the summary reports.
    classOf: (v) => ((DNT_VALUES as readonly string[]).includes(v) ? v : null),
  },
];

export function attributeTask(id: AttributeTaskId): AttributeTask {
  const t = ATTRIBUTE_TASKS.find((x) => x.id === id);
  if (!t) throw new Error(`unknown attribute task ${id}`);
  return t;
}

// ---------------------------------------------------------------------------------------------
// Sentences of a segment and the sentences a span touches (pure)

export interface SegmentSentences {
  /** Cleaned segment: its lines joined by single spaces (as opp115.ts `fullText`). */
  text: string;
  /** [start, end) offsets of each sentence into `text`. */
  spans: Array<[number, number]>;
}

/** Cleaned text of a raw segment piece, and its sentences (split line by line). */
export function segmentSentences(pieceHtml: string): SegmentSentences {
  const lines = segmentHtmlToLines(pieceHtml);
  const spans: Array<[number, number]> = [];
  let offset = 0;
  for (const line of lines) {
    for (const [a, b] of sentenceSpans(line)) spans.push([offset + a, offset + b]);
    offset += line.length + 1;
  }
  return { text: lines.join(" "), spans };
}

/** Length of the cleaned text of a raw HTML prefix: where a raw offset lands in the cleaned text. */
function cleanedOffset(pieceHtml: string, rawOffset: number): number {
  const lines = segmentHtmlToLines(pieceHtml.slice(0, Math.max(0, rawOffset)));
  const joined = lines.join(" ");
  // A prefix ending in whitespace or a tag break starts a new word: count the joining space.
  return joined.length > 0 && /[\s>]/.test(pieceHtml.charAt(rawOffset - 1))
    ? joined.length + 1
    : joined.length;
}

/**
 * [start, end) of a span in the cleaned segment text: the occurrence of its cleaned selectedText
 * nearest to where its raw offsets land (the same phrase often recurs in a segment); the raw
 * offsets' landing points when the text is not found. null for an unselected attribute (-1).
 */
export function locateSpan(
  pieceHtml: string,
  cleaned: string,
  span: AttributeValue,
): [number, number] | null {
  if (span.startIndexInSegment < 0 || span.endIndexInSegment <= span.startIndexInSegment) return null;
  const estimate = cleanedOffset(pieceHtml, span.startIndexInSegment);
  const needle = segmentHtmlToLines(span.selectedText ?? "").join(" ");
  if (needle.length > 0) {
    let best = -1;
    for (let i = cleaned.indexOf(needle); i >= 0; i = cleaned.indexOf(needle, i + 1)) {
      if (best < 0 || Math.abs(i - estimate) < Math.abs(best - estimate)) best = i;
    }
    if (best >= 0) return [best, best + needle.length];
  }
  const end = Math.max(estimate + 1, cleanedOffset(pieceHtml, span.endIndexInSegment));
  return [Math.min(estimate, cleaned.length), Math.min(end, cleaned.length)];
}

/** Indices of the sentences overlapping [start, end). */
export function sentencesTouched(spans: ReadonlyArray<[number, number]>, range: [number, number]): number[] {
  const out: number[] = [];
  spans.forEach(([a, b], i) => {
    if (a < range[1] && range[0] < b) out.push(i);
  });
  return out;
}

/**
 * Sentences of the segment one annotation speaks of for `attribute`: those its span touches, else
 * (no span) those any of its spans touch.
 */
export function annotationSentences(
  pieceHtml: string,
  seg: SegmentSentences,
  annotation: Pick<Opp115Annotation, "attributes">,
  attribute: string,
): number[] {
  const own = annotation.attributes[attribute];
  const ownRange = own ? locateSpan(pieceHtml, seg.text, own) : null;
  const ranges = ownRange
    ? [ownRange]
    : Object.values(annotation.attributes)
        .map((v) => locateSpan(pieceHtml, seg.text, v))
        .filter((r): r is [number, number] => r !== null);
  const out = new Set<number>();
  for (const r of ranges) for (const i of sentencesTouched(seg.spans, r)) out.add(i);
  return [...out].sort((a, b) => a - b);
}

/**
 * The 2-of-3 merge: per key, the class most annotators gave, when at least `min` gave it; null when
 * none reaches `min` or two classes tie at the top.
 */
export function majorityClass(votes: ReadonlyMap<string, ReadonlySet<string>>, min = 2): string | null {
  let best: string | null = null;
  let bestCount = 0;
  let tie = false;
  for (const [cls, annotators] of votes) {
    const n = annotators.size;
    if (n > bestCount) {
      best = cls;
      bestCount = n;
      tie = false;
    } else if (n === bestCount) tie = true;
  }
  return best !== null && bestCount >= min && !tie ? best : null;
}

// ---------------------------------------------------------------------------------------------
// Statements of a policy (reads the corpus)

export interface Statement {
  policy: string;
  segment: number;
  /** Index of the sentence in its segment. */
  sentence: number;
  text: string;
  label: string;
  /** Distinct annotators per class (before the merge). */
  votes: Record<string, number>;
}

export interface PolicyStatements {
  statements: Statement[];
  /** Sentences some annotator labelled that no class reached 2 annotators on, or that tied. */
  dropped: number;
}

function readPieces(policy: string): string[] {
  return readFileSync(join(opp115Root(), "sanitized_policies", `${policy}.html`), "utf8").split("|||");
}

/** Merge one policy's annotations into labelled sentences for each task (one pass over the files). */
export function policyStatements(
  policy: string,
  tasks: readonly AttributeTask[] = ATTRIBUTE_TASKS,
): Map<AttributeTaskId, PolicyStatements> {
  const pieces = readPieces(policy);
  const annotations = readAnnotations(policy);
  const segCache = new Map<number, SegmentSentences>();
  const segOf = (i: number): SegmentSentences => {
    let s = segCache.get(i);
    if (!s) {
      s = segmentSentences(pieces[i] ?? "");
      segCache.set(i, s);
    }
    return s;
  };
  const out = new Map<AttributeTaskId, PolicyStatements>();
  for (const task of tasks) {
    // `${segment}\t${sentence}` → class → annotator ids
    const votes = new Map<string, Map<string, Set<string>>>();
    for (const a of annotations) {
      if (a.category !== task.category) continue;
      const value = a.attributes[task.attribute]?.value;
      const cls = value === undefined ? null : task.classOf(value);
      if (cls === null) continue;
      const piece = pieces[a.segmentId];
      if (piece === undefined) continue;
      for (const s of annotationSentences(piece, segOf(a.segmentId), a, task.attribute)) {
        const key = `${a.segmentId}\t${s}`;
        let byClass = votes.get(key);
        if (!byClass) {
          byClass = new Map();
          votes.set(key, byClass);
        }
        let who = byClass.get(cls);
        if (!who) {
          who = new Set();
          byClass.set(cls, who);
        }
        who.add(a.annotatorId);
      }
    }
    const statements: Statement[] = [];
    let dropped = 0;
    const keys = [...votes.keys()].sort((x, y) => {
      const [xs, xi] = x.split("\t").map(Number) as [number, number];
      const [ys, yi] = y.split("\t").map(Number) as [number, number];
      return xs - ys || xi - yi;
    });
    for (const key of keys) {
      const byClass = votes.get(key) as Map<string, Set<string>>;
      const label = majorityClass(byClass);
      if (label === null) {
        dropped++;
        continue;
      }
      const [segment, sentence] = key.split("\t").map(Number) as [number, number];
      const seg = segOf(segment);
      const [a, b] = seg.spans[sentence] as [number, number];
      statements.push({
        policy,
        segment,
        sentence,
        text: seg.text.slice(a, b),
        label,
        votes: Object.fromEntries([...byClass].map(([c, s]) => [c, s.size])),
      });
    }
    out.set(task.id, { statements, dropped });
  }
  return out;
}

/** Labelled sentences of every task over `policies` (in the given policy order). */
export function readStatements(
  policies: readonly string[],
  tasks: readonly AttributeTask[] = ATTRIBUTE_TASKS,
): Map<AttributeTaskId, PolicyStatements> {
  const out = new Map<AttributeTaskId, PolicyStatements>(
    tasks.map((t) => [t.id, { statements: [], dropped: 0 }]),
  );
  for (const policy of policies) {
    for (const [id, ps] of policyStatements(policy, tasks)) {
      const acc = out.get(id) as PolicyStatements;
      acc.statements.push(...ps.statements);
      acc.dropped += ps.dropped;
    }
  }
  return out;
}
