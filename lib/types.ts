// Shared shapes that flow between the pipeline stages (DESIGN.md: detect → extract → segment → classify → summarize).

/** Output of the detector: cheap, runs on pages whose address or title may name a policy. */
export interface Detection {
  isPolicy: boolean;
  /** 0–1; ≥ 0.5 means "a privacy policy". */
  score: number;
  /** Short machine-readable reasons, e.g. "url:privacy", "title:privacy policy". */
  reasons: string[];
}

/** A readable block pulled out of the page by the extractor. */
export interface Block {
  kind: "heading" | "paragraph" | "list-item" | "table-row";
  text: string;
  /** Heading level 1–6 for kind "heading". */
  level?: number;
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

export type Level = "good" | "caution" | "bad" | "unknown";

export interface Evidence {
  text: string;
  /** Index of the segment the sentence comes from. */
  segment: number;
}

export interface CookiesFinding {
  level: Level;
  uses: boolean | null;
  thirdParty: boolean | null;
  advertising: boolean | null;
  analytics: boolean | null;
  /** How to refuse cookies: "browser-settings" | "consent-tool" | "opt-out-link". */
  refuse: string[];
  facts: string[];
  evidence: Evidence[];
}

export interface SharingFinding {
  level: Level;
  thirdParty: boolean | null;
  advertising: boolean | null;
  sells: boolean | null;
  purposes: string[];
  namedThirdParties: string[];
  facts: string[];
  evidence: Evidence[];
}

export type ContactKind = "email" | "url" | "phone" | "postal" | "form";
export interface Contact {
  kind: ContactKind;
  value: string;
  purpose: string;
  segment: number;
}

export type ChoiceType = "opt-out-link" | "contact" | "browser-controls" | "opt-in";

export interface OptOutFinding {
  level: Level;
  choices: ChoiceType[];
  contacts: Contact[];
  facts: string[];
  evidence: Evidence[];
}

export type DoNotTrackStance = "honored" | "not-honored" | "unclear" | "not-mentioned";

export interface TrackingNote {
  kind: string;
  text: string;
  segment: number;
}

export interface TrackingFinding {
  level: Level;
  doNotTrack: DoNotTrackStance;
  globalPrivacyControl: DoNotTrackStance;
  notes: TrackingNote[];
  facts: string[];
  evidence: Evidence[];
}

export interface Summary {
  cookies: CookiesFinding;
  sharing: SharingFinding;
  optOut: OptOutFinding;
  tracking: TrackingFinding;
}
