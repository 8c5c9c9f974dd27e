// Shared shapes that flow between the pipeline stages (detect → extract → segment → classify → summarize).

/** Output of the detector: cheap, runs on pages whose address or title may name a policy. */
export interface Detection {
  isPolicy: boolean;
  /** 0–1; ≥ 0.5 means "a privacy policy". */
  score: number;
  /** Short machine-readable reasons, e.g. "url:privacy", "title:privacy policy". */
  reasons: string[];
}

/** A hyperlink in the policy text: its own words and its absolute address (http(s):, mailto: or tel:). */
export interface Link {
  text: string;
  href: string;
}

/** A readable block pulled out of the page by the extractor. */
export interface Block {
  kind: "heading" | "paragraph" | "list-item" | "table-row";
  text: string;
  /** Heading level 1–6 for kind "heading". */
  level?: number;
  /** The links inside the block, in reading order (absent when it has none). */
  links?: Link[];
}

export type ExtractStatus = "ok" | "too-large" | "empty";

export interface Extraction {
  status: ExtractStatus;
  title: string;
  blocks: Block[];
  /** Which path produced the blocks: "readability" or a fallback name. */
  method: string;
}

/** A paragraph-level unit, comparable to an OPP-115 segment. */
export interface Segment {
  index: number;
  text: string;
  /** The nearest heading above this segment ("" when none). */
  heading: string;
  /** The links inside the segment's text, in reading order (absent when it has none). */
  links?: Link[];
}

/** The 10 OPP-115 categories, named exactly as in the corpus (contract for `classify`). */
export const CATEGORIES = [
  "First Party Collection/Use",
  "Third Party Sharing/Collection",
  "User Choice/Control",
  "User Access, Edit and Deletion",
  "Data Retention",
  "Data Security",
  "Policy Change",
  "Do Not Track",
  "International and Specific Audiences",
  "Other",
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Classifier output for one segment. `labels` holds the finer attribute labels the summary uses. */
export interface Classification {
  categories: Category[];
  scores: Record<string, number>;
  labels: string[];
}

export interface LabelledSegment extends Segment {
  categories: Category[];
  labels: string[];
}

// The findings' shapes are declared once, by their schemas in lib/findings/ (one file per finding);
// the summary is one finding per entry of the registry (lib/findings/index.ts).
export type { CookiesFinding } from "./findings/cookies";
export type { Evidence } from "./findings/define";
export type { Summary } from "./findings/index";
export type { Level } from "./findings/levels";
export type { ChoiceType, Contact, ContactKind, OptOutFinding } from "./findings/opt-out";
export type { SharingFinding } from "./findings/sharing";
export type { DoNotTrackStance, TrackingFinding, TrackingNote } from "./findings/tracking";
