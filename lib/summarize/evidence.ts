// Shared plumbing for the rule files: walk the sentences of every segment, collect scored hits, and
// turn the best ones into evidence. Kept tiny so each rule file still reads on its own.

import { linksWithin } from "../links";
import { sentenceSpans } from "../sentences";
import type { Evidence, LabelledSegment, Link } from "../types";
import type { FoundWords } from "./cue";
import { documentHeadings, endsAsSentence, notAQuote } from "./quote-shape";
import { deniesWhatFollows } from "./statement";

export interface Sentence {
  text: string;
  /** `text` lower-cased once, shared by the rules' keyword pre-tests (cue.ts). */
  lower: string;
  /** The rules' cue words found in `lower`, filled in by cue.ts on first use. */
  cueWords?: FoundWords;
  segment: number;
  /** Position of the segment in the input, used to keep evidence in reading order on ties. */
  order: number;
  heading: string;
  labels: string[];
  categories: string[];
  /**
   * The quote to show when the sentence only introduces what follows ("We use it to:"): the sentence
   * plus the rest of its segment, verbatim, cut at QUOTE_MAX characters with an ellipsis.
   */
  quote?: string;
  /** An introducing sentence with nothing after it in its segment: never shown as evidence. */
  dangling?: boolean;
  /**
   * A table of contents, a menu or a heading on its own: read, never shown as evidence. Decided on
   * first use by pickEvidence (`quotable()`), from `shape`.
   */
  unquotable?: boolean;
  /** What that decision reads: the document's headings and the sentence's segment (one object per segment). */
  shape?: QuoteShape;
  /**
   * In a list whose lead-in denies it ("We never:", a heading "We do not engage in:"): where the
   * denied items start in `text` (0 when the lead-in is a heading or an earlier sentence).
   */
  leadDenied?: number;
  /** The links of its segment whose words are in this sentence (absent when none). */
  links?: Link[];
  /** The sentence before it in the same segment (absent for a segment's first sentence). */
  previous?: Sentence;
}

const INTRODUCES_LIST =
  /(?::|\b(?:to|include|includes|including|such as|as follows|following|are|is|for|of|and|or))\s*$/i;

/**
 * A sentence that stops where a list should start: "… as follows:", "We use your data to". Only the
 * tail is tested (the longest cue is 10 characters): an end-anchored pattern over a whole long
 * sentence would be tried from each of its characters.
 */
export function introducesList(sentence: string): boolean {
  return INTRODUCES_LIST.test(sentence.slice(-24));
}
/** Longest quote built from an introducing sentence and its list. */
export const QUOTE_MAX = 300;

/** The introducing sentence at [a, b) extended over the rest of its segment (bounded), or null. */
function listQuote(text: string, a: number, b: number): string | null {
  const rest = text.slice(b).trim();
  if (!rest) return null;
  return boundedQuote(text.slice(a).trimEnd(), b - a);
}

/** `full` cut at QUOTE_MAX characters (at a space after its first `keep` characters) with an ellipsis. */
function boundedQuote(full: string, keep: number): string {
  if (full.length <= QUOTE_MAX) return full;
  const cut = full.slice(0, QUOTE_MAX);
  const space = cut.lastIndexOf(" ");
  return `${(space > keep ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}

/** A sentence this short ("Usually we don't.") means nothing quoted alone. */
const TERSE_WORDS = 4;
/** No sentence of TERSE_WORDS words is this long (a long word is under 40 characters). */
const TERSE_CHARS = 4 * 40;
/**
 * At most TERSE_WORDS words, for a sentence without surrounding whitespace (sentenceSpans trims it):
 * the same count as `text.split(/\s+/).length`, without building the array.
 */
const AT_MOST_TERSE_WORDS = new RegExp(String.raw`^\S+(?:\s+\S+){0,${TERSE_WORDS - 1}}$`);

/**
 * A sentence that leans on the one before it: it opens with a pronoun or a back-reference ("It may
 * share…", "These partners…", "If you do so, …", "In that case…"). "This Privacy Policy…" names
 * what it means, so it stands alone.
 */
const LEANS_BACK =
  /^(?:(?:it|they|them|these|those|such|he|she)\b|this\b(?!\s+(?:privacy|policy|notice|statement|web ?site|site|app|service|document|section)\b)|if (?:you do|you have done|so)\b|(?:in (?:that|this|such|either) case|doing so|otherwise)\b)/i;

/** Does this sentence need the one before it to be read? */
export function leansBack(sentence: string): boolean {
  return LEANS_BACK.test(sentence.slice(0, 40));
}

/** All sentences of all segments (long runaway "sentences" are still kept whole: they are verbatim). */
/**
 * A paragraph that reads as the next item of a list whose lead-in stood alone ("Windstream does not:"
 * then "Sell any customer data …", "Share your address …"): it starts with a verb, not with a subject.
 */
function continuesItems(text: string): boolean {
  const m = /^\W*([A-Z][a-z]+)\s+(\S+)/u.exec(text);
  if (!m) return false;
  return !ITEM_SUBJECT.test(m[1] ?? "") && !ITEM_SECOND_WORD.test(m[2] ?? "");
}
const ITEM_SUBJECT =
  /^(?:We|Our|Us|You|Your|The|This|These|That|Those|It|Its|They|Their|In|If|For|When|Where|As|At|On|To|By|With|From|All|Any|Some|Each|Please|Note|However|Unless|Except)$/u;
/** A subject's verb as the second word ("Windstream may …", "Partners are …"): no item. */
const ITEM_SECOND_WORD =
  /^(?:is|are|was|were|may|might|will|would|shall|should|can|could|does|do|did|has|have|had|uses?|collects?|shares?|sells?)$/u;
/** How many paragraphs after a lone lead-in are read as its items, at most. */
const MAX_CARRIED_ITEMS = 8;

export function sentencesOf(segments: LabelledSegment[]): Sentence[] {
  const out: Sentence[] = [];
  const headings = documentHeadings(segments.map((s) => s.heading));
  // A denying lead-in that is a paragraph of its own denies the item paragraphs after it.
  let carried = 0;
  let carriedHeading = "";
  segments.forEach((s, order) => {
    const spans = sentenceSpans(s.text);
    // A table of contents or a menu is no quote, nor is any sentence of it (decided when quoted).
    const shape: QuoteShape = { headings, segment: s };
    const carries = carried > 0 && s.heading === carriedHeading && continuesItems(s.text);
    carried = carries ? carried - 1 : 0;
    let leadDenied = carries || (s.heading.includes(":") && deniesWhatFollows(s.heading));
    let previous: Sentence | undefined;
    spans.forEach(([a, b], i) => {
      const text = s.text.slice(a, b);
      const intro = introducesList(text);
      // A terse answer is quoted with the sentence after it, which says what it answers.
      const next = spans[i + 1];
      // (Counting words only in short sentences: splitting every sentence was a visible cost.)
      const terse = !intro && next && text.length < TERSE_CHARS && AT_MOST_TERSE_WORDS.test(text);
      // A sentence that leans back is quoted with the sentence before it, verbatim from the segment.
      const before = i > 0 ? spans[i - 1] : undefined;
      const quote = intro
        ? listQuote(s.text, a, b)
        : terse
          ? boundedQuote(s.text.slice(a, next[1]), b - a)
          : before && leansBack(text)
            ? s.text.slice(before[0], b)
            : null;
      // Built in place (no spread of temporary objects: this runs for every sentence of the policy).
      const sentence: Sentence = {
        text,
        lower: text.toLowerCase(),
        cueWords: undefined,
        segment: s.index,
        order,
        heading: s.heading,
        labels: s.labels,
        categories: s.categories,
      };
      if (previous) sentence.previous = previous;
      previous = sentence;
      if (quote) sentence.quote = quote;
      else if (intro) sentence.dangling = true;
      sentence.shape = shape;
      if (leadDenied) sentence.leadDenied = 0;
      else {
        // "We will never do the following: sell …" holds its own lead-in.
        const colon = text.indexOf(":");
        if (colon > 0 && colon < text.length - 1 && deniesWhatFollows(text.slice(0, colon + 1))) {
          sentence.leadDenied = colon + 1;
          leadDenied = true;
        }
      }
      if (s.links) {
        const links = linksWithin(text, s.links);
        if (links.length) sentence.links = links;
      }
      out.push(sentence);
      // A denying lead-in inside the paragraph denies the rest of it.
      if (intro && text.includes(":") && deniesWhatFollows(text)) leadDenied = true;
    });
    // A lead-in in the paragraph's text (not its heading) still denying at its end goes on to the item
    // paragraphs after it.
    const ownLead = leadDenied && !(s.heading.includes(":") && deniesWhatFollows(s.heading));
    if (ownLead && !carries) {
      carried = MAX_CARRIED_ITEMS;
      carriedHeading = s.heading;
    }
  });
  return out;
}

/** The context quotable() reads, shared by the sentences of one segment. */
export interface QuoteShape {
  headings: ReadonlySet<string>;
  segment: Pick<LabelledSegment, "text" | "links">;
  /** The segment is a table of contents or a menu (undefined until asked). */
  menu?: boolean;
}

/** May this sentence be shown as a quote? (Not a table of contents, a menu or a heading alone.) */
export function quotable(s: Sentence): boolean {
  if (s.unquotable === undefined) {
    const shape = s.shape;
    if (!shape) return true;
    shape.menu ??= notAQuote(shape.segment.text, shape.headings, shape.segment.links);
    // (A full sentence inside such a segment still reads: "You may opt out of … advertising.")
    s.unquotable = (shape.menu && !endsAsSentence(s.text)) || notAQuote(s.quote ?? s.text, shape.headings);
  }
  return !s.unquotable;
}

export interface Hit {
  sentence: Sentence;
  score: number;
}

/** The best `max` hits as evidence, most informative first, each text once. */
export function pickEvidence(hits: Hit[], max = 4): Evidence[] {
  const out: Evidence[] = [];
  const sorted = [...hits].sort((a, b) => b.score - a.score || a.sentence.order - b.sentence.order);
  for (const h of sorted) {
    if (h.sentence.dangling || !quotable(h.sentence)) continue;
    // A policy that repeats a sentence (in two sections) is quoted once, and a quote that holds
    // another of its segment (a terse answer with the sentence after it) stands for both.
    const text = h.sentence.quote ?? h.sentence.text;
    const repeats = (e: Evidence): boolean =>
      e.text === text ||
      (e.segment === h.sentence.segment && (e.text.includes(text) || text.includes(e.text)));
    if (out.some(repeats)) continue;
    out.push({ text, segment: h.sentence.segment });
    if (out.length >= max) break;
  }
  return out;
}

/** True when any segment carries one of the classifier labels. */
export function anyLabel(segments: LabelledSegment[], ...labels: string[]): boolean {
  return segments.some((s) => s.labels.some((l) => labels.includes(l)));
}

/** Adds a string once, keeping first-seen order. */
export function pushUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}
