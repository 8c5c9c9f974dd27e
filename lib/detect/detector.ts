/**
 * detectPolicy: is this page a privacy (or cookie) policy? Injected into pages whose address or title
 * may name a policy (first-look.ts), so it first looks only at the URL, the title and a few headings
 * (hints.ts); only a page whose name could be a policy's is read further: a few <meta> tags and a
 * capped text sample (sample.ts). A page that names nothing there (a saved page read without its
 * address, a policy titled with the site's name) gets a second, bounded look: headings that name
 * several of a policy's sections, or a policy's name standing as a line near the start of its text.
 * The score is a logistic of summed evidence (log-odds), so each reason's weight can be read.
 */

import { pageLanguage } from "../lang/identify";
import { ENGLISH, LANGUAGES } from "../lang/index";
import type { DetectTables } from "../lang/types";
import type { Detection } from "../types";
import { hintsAtPolicy } from "./hints";
import {
  mainElement,
  type PageHeading,
  pageRoot,
  readHeadings,
  textParts,
  textSample,
  tidyHeadings,
} from "./sample";
import {
  isArticlePage,
  mayName,
  namedInText,
  nameSignal,
  namesPage,
  type Signal,
  sectionCount,
  termsScore,
  urlSignal,
  vocabularyScore,
} from "./signals";
import { POLICY_NAME, PRIVACY_WORD } from "./vocabulary";

/** The reason given when the first look found no hint of a policy's name (hints.ts). */
const UNNAMED = "unnamed";

/** Log-odds before any evidence: most pages are not policies. */
const PRIOR = -4;
/** Per point of topic / voice vocabulary, each capped so words alone stay moderate evidence. */
const TOPIC_WEIGHT = 0.4;
const VOICE_WEIGHT = 0.5;
const VOCAB_CAP = 8;
export const SAMPLE_CHARS = 3000;
/**
 * A sample shorter than this, read from the heading that names the policy, means the heading is not
 * where the text is (a name repeated in a footer, after the policy): the sample is read from the
 * page's main content instead.
 */
const SHORT_SAMPLE = 400;
/**
 * A page that names no policy in its address, title or headings gets a second look at the start of
 * its text (links, menus and footers skipped): this many characters, in at most OPENING_NODES nodes.
 */
const OPENING_CHARS = 1000;
const OPENING_NODES = 1500;
/** A policy's name standing as a line of text near the start (namedInText). */
const TEXT_NAME_WEIGHT = 2;
/** Headings that name this many distinct policy sections are worth reading without a name. */
const SECTION_HINT = 3;
/** Per distinct section named by the headings, capped. */
const SECTION_WEIGHT = 0.5;
const SECTION_CAP = 6;

/** The probability for log-odds `z`, to three decimals. */
const logistic = (z: number): number => Math.round(1000 / (1 + Math.exp(-z))) / 1000;

/** Sample from the heading that names the policy (skips menus above it), else main content, else body. */
function sampleStart(doc: Document, headings: readonly PageHeading[]): Node | null {
  // Most pages have no heading with a name word: the name patterns are not run at all then.
  const candidates = headings.filter((h) => mayName(h.text));
  const named =
    candidates.find((h) => namesPage(h.text, POLICY_NAME)) ??
    candidates.find((h) =>
      LANGUAGES.some((l) => namesPage(h.text, l.detect.policyName, l.detect.headlineWords)),
    ) ??
    candidates.find((h) => h.level <= 2 && namesPage(h.text, PRIVACY_WORD));
  return named?.el ?? mainElement(doc) ?? pageRoot(doc);
}

/** Of two readings of a name, the one with the larger weight (null when neither names anything). */
function strongest(a: Signal | null, b: Signal | null): Signal | null {
  if (!a || !b) return a ?? b;
  return b.weight > a.weight ? b : a;
}

/** The first few hundred characters of the page's text, as its pieces (links, menus, footers skipped). */
function openingParts(doc: Document): string[] {
  const root = pageRoot(doc);
  return root ? textParts(root, root, OPENING_CHARS, OPENING_NODES) : [];
}

/** Decides from the page alone (and its URL when known: pass "" otherwise). */
export function detectPolicy(doc: Document, url: string): Detection {
  const title = doc.title ?? "";
  const raw = readHeadings(doc);
  // A page shown under a name is read further; without one, only headings laid out like a policy's
  // sections or a policy's name at the start of its text (a saved page, a name in a styled <div>).
  let headings: PageHeading[] | null = null;
  let opening: string[] | undefined;
  let sections: number | undefined;
  if (!hintsAtPolicy(url, title, raw)) {
    headings = tidyHeadings(raw);
    sections = sectionCount(headings.map((h) => h.text));
    if (sections < SECTION_HINT) {
      opening = openingParts(doc);
      if (!namedInText(opening)) return { isPolicy: false, score: logistic(PRIOR), reasons: [UNNAMED] };
    }
  }

  const signals: Signal[] = [];
  const add = (s: Signal | null): void => {
    if (s) signals.push(s);
  };
  headings ??= tidyHeadings(raw);
  const start = sampleStart(doc, headings);
  const root = pageRoot(doc);
  let sample = start && root ? textSample(start, root, SAMPLE_CHARS) : "";
  if (sample.length < SHORT_SAMPLE && root) {
    const main = mainElement(doc) ?? root;
    if (main !== start) sample = textSample(main, root, SAMPLE_CHARS);
  }
  // The page's own language (declared, else read from the sample) chooses the vocabulary; names are
  // also read in English, as before (a French page may well be titled "Privacy Policy").
  const { language } = pageLanguage(doc, sample);
  const words = language && language !== ENGLISH ? language.detect : undefined;
  const named = (where: string, texts: string[], strong: number): Signal | null =>
    strongest(nameSignal(where, texts, strong), words ? nameSignal(where, texts, strong, words) : null);

  add(urlSignal(url));
  add(named("title", [title], 3));
  const top = headings.filter((h) => h.level <= 2).map((h) => h.text);
  const heading = named("heading", top, 2.5);
  add(
    heading ??
      named(
        "subheading",
        headings.filter((h) => h.level === 3).map((h) => h.text),
        1.5,
      ),
  );
  // No title or heading names the policy: a name standing as a line near the start of the text may.
  let namesItself = signals.some((s) => s.reason.endsWith(":privacy-policy"));
  if (!namesItself && namedInText(opening ?? openingParts(doc))) {
    add({ reason: "text:privacy-policy", weight: TEXT_NAME_WEIGHT });
    namesItself = true;
  }
  sections ??= sectionCount(headings.map((h) => h.text));
  if (sections > 0)
    add({ reason: `sections:${sections}`, weight: SECTION_WEIGHT * Math.min(sections, SECTION_CAP) });
  if (words && language) add({ reason: `lang:${language.code}`, weight: 0 });

  const vocabulary: DetectTables = words ?? ENGLISH.detect;
  const { topic, voice } = vocabularyScore(sample, vocabulary);
  // Topic words without a policy's voice are what articles about privacy look like: count them half,
  // unless the page names itself a policy (a short policy may be all topic and little voice).
  const topicWeight = voice >= 2 || namesItself ? TOPIC_WEIGHT : TOPIC_WEIGHT / 2;
  if (topic > 0) add({ reason: `topic:${topic}`, weight: topicWeight * Math.min(topic, VOCAB_CAP) });
  if (voice > 0) add({ reason: `voice:${voice}`, weight: VOICE_WEIGHT * Math.min(voice, VOCAB_CAP) });
  if (termsScore(sample, vocabulary) >= 3) add({ reason: "vocab:contract-terms", weight: -1.5 });
  if (isArticlePage(doc)) add({ reason: "meta:article", weight: -1.5 });

  const score = logistic(signals.reduce((sum, s) => sum + s.weight, PRIOR));
  return { isPolicy: score >= 0.5, score, reasons: signals.map((s) => s.reason) };
}
