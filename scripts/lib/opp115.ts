/**
 * Shared OPP-115 loader (Node only): splits, sanitized segments, annotations and the project's
 * 2-of-3 gold rule. Every training/evaluation script reads the corpus through this file so that
 * they all agree on text cleaning and on what "gold" means.
 *
 * Data location: env PRIVACY_GLANCE_DATA, else `../shared/data` relative to the repo root.
 * Nothing here writes to disk; corpus text must never be copied into the repository.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { FINE_LABELS, type FineLabel } from "../../lib/classify/labels.ts";
import { CATEGORIES, type Category } from "../../lib/types.ts";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Root of the shared data folder (contains opp115/, tosdr/, pages/). */
export function dataRoot(): string {
  const fromEnv = process.env.PRIVACY_GLANCE_DATA;
  return fromEnv && fromEnv.length > 0 ? resolve(fromEnv) : resolve(REPO_ROOT, "..", "shared", "data");
}

export function opp115Root(): string {
  return join(dataRoot(), "opp115");
}

/** The policy's published address, recorded in its annotation file (last column of the first row); "" if none. */
export function annotatedUrl(policy: string, root = opp115Root()): string {
  const path = join(root, "annotations", `${policy}.csv`);
  if (!existsSync(path)) return "";
  const firstLine = readFileSync(path, "utf8").split(/\r?\n/, 1)[0] ?? "";
  return /(https?:\/\/[^\s,"]+)\s*$/.exec(firstLine)?.[1] ?? "";
}

/** True when the OPP-115 files are reachable (tests skip otherwise). */
export function hasOpp115(): boolean {
  const root = opp115Root();
  return existsSync(join(root, "splits", "train.txt")) && existsSync(join(root, "annotations"));
}

export type Split = "train" | "dev";

/** Policy names (file stems such as "1017_sci-news.com") of a split, in file order. */
export function readSplit(split: Split): string[] {
  const text = readFileSync(join(opp115Root(), "splits", `${split}.txt`), "utf8");
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

// ---------------------------------------------------------------------------------------------
// Text cleaning

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "\u2019",
  lsquo: "\u2018",
  rdquo: "\u201d",
  ldquo: "\u201c",
  ndash: "\u2013",
  mdash: "\u2014",
  hellip: "\u2026",
  copy: "\u00a9",
  reg: "\u00ae",
  trade: "\u2122",
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, body: string) => {
    if (body[0] === "#") {
      const code =
        body[1] === "x" || body[1] === "X"
          ? Number.parseInt(body.slice(2), 16)
          : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? m;
  });
}

/**
 * Light HTML of one sanitized segment → lines of plain text. Line breaks (<br>, list items,
 * paragraphs) are kept as "\n" because the first short line often acts as the segment's heading.
 */
export function segmentHtmlToLines(html: string): string[] {
  const text = decodeEntities(
    html
      .replace(/<\s*(br|\/?p|\/?li|\/?ul|\/?ol|\/?div|\/?h[1-6])\b[^>]*>/gi, "\n")
      .replace(/<[^>]*>/g, " ")
      // A few segments hold a broken tag such as "<strPBS.org": drop the dangling "<word" start.
      .replace(/<[a-z]+/gi, " "),
  );
  return text
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l.length > 0);
}

/** A short first line without final punctuation looks like a heading ("Use of Cookies"). */
function looksLikeHeading(line: string): boolean {
  const words = line.split(" ").length;
  return words <= 12 && line.length <= 80 && !/[.;,]$/.test(line);
}

// ---------------------------------------------------------------------------------------------
// Segments

export interface Opp115Segment {
  policy: string;
  /** 0-based segment index (matches annotation segment_id and the `|||` piece). */
  index: number;
  /** Segment text without the derived heading line (falls back to the whole segment). */
  text: string;
  /**
   * Derived heading: the segment's own short first line, else the last one seen above it in the
   * same policy ("" before the first). Mirrors what the extension's segmenter passes at run time.
   */
  heading: string;
  /** Whole cleaned segment, heading line included. */
  fullText: string;
}

export function readSegments(policy: string): Opp115Segment[] {
  const html = readFileSync(join(opp115Root(), "sanitized_policies", `${policy}.html`), "utf8");
  const pieces = html.split("|||");
  const out: Opp115Segment[] = [];
  let carried = "";
  pieces.forEach((piece, index) => {
    const lines = segmentHtmlToLines(piece);
    const fullText = lines.join(" ");
    let heading = carried;
    let text = fullText;
    if (lines.length > 1 && lines[0] !== undefined && looksLikeHeading(lines[0])) {
      heading = lines[0];
      text = lines.slice(1).join(" ");
      carried = heading;
    }
    out.push({ policy, index, text, heading, fullText });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Annotations

export interface AttributeValue {
  value: string;
  selectedText: string;
  startIndexInSegment: number;
  endIndexInSegment: number;
}

export interface Opp115Annotation {
  annotationId: string;
  annotatorId: string;
  segmentId: number;
  category: string;
  attributes: Record<string, AttributeValue>;
}

/** Minimal RFC 4180 CSV parser (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += c;
    } else if (c === '"') inQuotes = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function readAnnotations(policy: string): Opp115Annotation[] {
  const text = readFileSync(join(opp115Root(), "annotations", `${policy}.csv`), "utf8");
  const out: Opp115Annotation[] = [];
  for (const cols of parseCsv(text)) {
    if (cols.length < 7) continue;
    const [annotationId, , annotatorId, , segmentId, category, attrJson] = cols as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    let attributes: Record<string, AttributeValue> = {};
    try {
      attributes = JSON.parse(attrJson) as Record<string, AttributeValue>;
    } catch {
      throw new Error(`OPP-115 ${policy}: bad attributes JSON in annotation ${annotationId}`);
    }
    out.push({ annotationId, annotatorId, segmentId: Number(segmentId), category, attributes });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Gold labels

export { FINE_LABELS, type FineLabel };

const TPSC = "Third Party Sharing/Collection";
const UCC = "User Choice/Control";
const CHOICE_LABELS: Record<string, FineLabel> = {
  "Opt-out link": "opt-out-link",
  "Opt-out via contacting company": "opt-out-contact",
  "Browser/device privacy controls": "browser-controls",
  "Opt-in": "opt-in",
};
const DNT_LABELS: Record<string, FineLabel> = {
  Honored: "dnt-honored",
  "Not honored": "dnt-not-honored",
  "Mentioned, but unclear if honored": "dnt-unclear",
};

/** Finer labels one annotation supports (before the 2-of-3 vote). Exact value strings of the corpus. */
export function fineLabelsOfAnnotation(a: Opp115Annotation): FineLabel[] {
  const out = new Set<FineLabel>();
  const val = (name: string): string | undefined => a.attributes[name]?.value;
  const pit = val("Personal Information Type");
  const purpose = val("Purpose");
  if (pit === "Cookies and tracking elements") {
    out.add("cookies");
    if (a.category === TPSC) out.add("third-party-cookies");
  }
  if (pit === "Location") out.add("location");
  if (a.category === TPSC && val("Does/Does Not") === "Does") out.add("sharing");
  if (purpose === "Advertising" || purpose === "Marketing") out.add("advertising");
  if (purpose === "Analytics/Research") out.add("analytics");
  if (a.category === UCC) {
    const choice = CHOICE_LABELS[val("Choice Type") ?? ""];
    if (choice) out.add(choice);
  }
  if (a.category === "Do Not Track") {
    const dnt = DNT_LABELS[val("Do Not Track policy") ?? ""];
    if (dnt) out.add(dnt);
  }
  return [...out];
}

export interface GoldSegment extends Opp115Segment {
  categories: Category[];
  labels: FineLabel[];
  /** Share of the policy's annotators who gave each label (only labels with ≥ 1 vote); training only. */
  votes: Record<string, number>;
}

const CATEGORY_SET = new Set<string>(CATEGORIES);
export const MIN_ANNOTATORS = 2;

/**
 * Segments of one policy with gold labels: a category/label holds when at least 2 distinct
 * annotator_ids gave it to the segment (an annotator often marks the same segment several
 * times, so annotations are not counted, annotators are).
 */
export function readGoldPolicy(policy: string): GoldSegment[] {
  const segments = readSegments(policy);
  const annotations = readAnnotations(policy);
  const gold = goldLabels(segments.length, annotations);
  const votes = voteShares(segments.length, annotations);
  return segments.map((s, i) => ({
    ...s,
    ...(gold[i] ?? { categories: [], labels: [] }),
    votes: votes[i] ?? {},
  }));
}

/** The 2-of-3 vote on already-parsed annotations: per segment, the categories and finer labels that hold. */
export function goldLabels(
  segmentCount: number,
  annotations: readonly Opp115Annotation[],
): { categories: Category[]; labels: FineLabel[] }[] {
  const voters = new Map<string, Set<string>>(); // `${segment}\t${label}` → annotator ids
  const vote = (segment: number, label: string, annotator: string): void => {
    const key = `${segment}\t${label}`;
    let set = voters.get(key);
    if (!set) {
      set = new Set();
      voters.set(key, set);
    }
    set.add(annotator);
  };
  for (const a of annotations) {
    if (CATEGORY_SET.has(a.category)) vote(a.segmentId, a.category, a.annotatorId);
    for (const l of fineLabelsOfAnnotation(a)) vote(a.segmentId, l, a.annotatorId);
  }
  const holds = (segment: number, label: string): boolean =>
    (voters.get(`${segment}\t${label}`)?.size ?? 0) >= MIN_ANNOTATORS;
  return Array.from({ length: segmentCount }, (_, i) => ({
    categories: CATEGORIES.filter((c) => holds(i, c)),
    labels: FINE_LABELS.filter((l) => holds(i, l)),
  }));
}

/**
 * Per segment, the share of the policy's annotators who gave each category/finer label (labels
 * nobody gave are absent). Soft training targets; the 2-of-3 rule stays the gold.
 */
export function voteShares(
  segmentCount: number,
  annotations: readonly Opp115Annotation[],
): Record<string, number>[] {
  const annotators = new Set(annotations.map((a) => a.annotatorId));
  const voters = new Map<string, Set<string>>();
  const vote = (segment: number, label: string, annotator: string): void => {
    const key = `${segment}\t${label}`;
    let set = voters.get(key);
    if (!set) {
      set = new Set();
      voters.set(key, set);
    }
    set.add(annotator);
  };
  for (const a of annotations) {
    if (CATEGORY_SET.has(a.category)) vote(a.segmentId, a.category, a.annotatorId);
    for (const l of fineLabelsOfAnnotation(a)) vote(a.segmentId, l, a.annotatorId);
  }
  const n = Math.max(MIN_ANNOTATORS + 1, annotators.size);
  const out: Record<string, number>[] = Array.from({ length: segmentCount }, () => ({}));
  for (const [key, set] of voters) {
    const [seg, label] = key.split("\t") as [string, string];
    const row = out[Number(seg)];
    if (row) row[label] = Math.min(1, set.size / n);
  }
  return out;
}

/** All gold policies of a split, each as its ordered segment list. */
export function readGoldSplit(split: Split): GoldSegment[][] {
  return readSplit(split).map(readGoldPolicy);
}
