// Anti-tracking notes: Do Not Track and Global Privacy Control stances, web beacons, fingerprinting,
// analytics providers (with their opt-out), cross-site/interest-based tracking, location and device
// sensors. Level: bad = DNT/GPC ignored while tracking across sites, or fingerprinting/sensors;
// caution = some tracking noted; good = DNT/GPC honored and no cross-site tracking; unknown = nothing.
import type { DoNotTrackStance, LabelledSegment, TrackingFinding, TrackingNote } from "../types";
import { extractUrls } from "./contacts";
import { type Cue, type CueText, cue, matches } from "./cue";
import { type Hit, pickEvidence, type Sentence, sentencesOf } from "./evidence";
import { readRule, rule } from "./rule";
import { negatedAt, signalStance } from "./statement";
import { ANALYTICS_PROVIDERS } from "./tracker-names";

const DNT = cue(["track", "dnt"], /do[- ]not[- ]track|\bDNT\b/i);
// GPC and the laws' wider names for it ("opt-out preference signal", "universal opt-out mechanism").
const GPC = cue(
  ["global privacy control", "gpc", "preference signal", "universal opt", "opt-out signal"],
  /global privacy control|\bGPC\b|opt[- ]out preference signals?|preference signals?|universal opt[- ]out (?:mechanism|signal)s?|opt[- ]out signals?/i,
);
/** Location wording a note needs: an IP address alone is not location tracking. */
const EXPLICIT_LOCATION = /\blocations?\b|geo-?locat|geographic(?:al)? position|\bGPS\b|where you are\b/i;

/** What tracking evidence may be about: signals, beacons, fingerprinting, analytics, cross-site, location, sensors. */
const TRACKING_TOPIC =
  /do[- ]not[- ]track|\bDNT\b|global privacy control|\bGPC\b|\bsignals?\b|beacon|pixel|clear gif|web bug|\be-?tags?\b|spotlight tag|flash cookie|local shared object|fingerprint|device (?:recognition|identification)|probabilistic|canvas|analytic|gaoptout|interest[- ]based|behaviou?ral|targeted|across|over time|retarget|remarketing|cross[- ](?:site|device|context)|\btrack(?:s|ed|ing)?\b|locat|geographic|\bposition\b|\bGPS\b|camera|microphone|webcam|snapshot|accelerometer|gyroscope|biometric|facial|face ?print/i;
/** A list of who the company shares with: sharing evidence, not tracking, unless it names tracking outright. */
const SHARING_LIST =
  /\b(?:share|disclose|provide|transfer)\b[^.]{0,80}\b(?:with|to)\b[^.]{0,40}\b(?:third[- ]part|service providers?|vendors|affiliates|partners|contractors)/i;
const OUTRIGHT_TRACKING =
  /interest[- ]based|behaviou?ral (?:ad|target)|across (?:other |different |multiple )?(?:web ?sites|sites|services|apps|devices)|over time|\btrack(?:s|ed|ing)?\b|do[- ]not[- ]track|beacon|pixel|fingerprint|geo-?locat|\bGPS\b/i;

/** Tracking evidence must be about tracking. */
function onTopic(s: CueText): boolean {
  const text = s.text;
  if (!TRACKING_TOPIC.test(text) && !namesAnalyticsProvider(s)) return false;
  return !SHARING_LIST.test(text) || OUTRIGHT_TRACKING.test(text);
}

/** An analytics opt-out note is about analytics: it names a provider, analytics, or a browser add-on. */
function aboutAnalytics(s: CueText): boolean {
  const text = s.text;
  const named = namesAnalyticsProvider(s) || /analytic|gaoptout/i.test(text);
  if (named) return true;
  return (
    /add-?on|plug-?in/i.test(text) &&
    !/e-?mail|newsletter|unsubscrib|marketing|promotional|communications|cookies/i.test(text)
  );
}

/** Any provider name as written (the names are plain words): one scan instead of one per name. */
const ANY_ANALYTICS_PROVIDER = cue(
  ANALYTICS_PROVIDERS.map((name) => name.toLowerCase()),
  new RegExp(ANALYTICS_PROVIDERS.join("|")),
);

function namesAnalyticsProvider(s: CueText): boolean {
  return matches(ANY_ANALYTICS_PROVIDER, s);
}

/** The kinds of tracking a note is about. */
type NoteKind = "web-beacons" | "fingerprinting" | "cross-site" | "location" | "device-sensors";

// Each kind of tracking the policy states as a practice: a note (a denial or a question is none:
// "we do not fingerprint devices" never shows as fingerprinting).
export const NOTE_RULES = [
  rule<NoteKind>(
    "tracking.web-beacons",
    ["beacon", "pixel", "gif", "web bug", "tags", "flash cookie", "local shared"],
    /web beacons?|pixel tags?|tracking pixels?|clear gifs?|single[- ]pixel|\bpixels?\b|web bugs?|\be-?tags\b|spotlight tags|flash cookies|local shared objects/i,
    "web-beacons",
  ),
  rule<NoteKind>(
    "tracking.fingerprinting",
    ["fingerprint", "device", "probabilistic", "canvas"],
    /fingerprint|device (?:recognition|identification)|probabilistic (?:matching|identif)|canvas/i,
    "fingerprinting",
  ),
  rule<NoteKind>(
    "tracking.cross-site",
    ["interest", "behavio", "target", "cross", "remarketing"],
    /interest[- ]based|behaviou?ral(?:ly)? (?:advertising|targeting|targeted)|targeted (?:ads|advertis)|across (?:other |different |third[- ]party |non-affiliated |multiple )?(?:web ?sites|sites|services|apps|devices)|over time and across|retarget|remarketing|cross[- ](?:site|device|context)/i,
    "cross-site",
  ),
  rule<NoteKind>(
    "tracking.location",
    ["locat", "geographic", "gps"],
    /geo-?locat|geographic(?:al)? (?:location|position)|precise location|\bGPS\b|location (?:data|information|services|-based)|(?:track|collect|use|determine)[^.]{0,30}\b(?:your |the )?(?:physical |device'?s? )?location/i,
    "location",
  ),
  rule<NoteKind>(
    "tracking.device-sensors",
    [
      "camera",
      "microphone",
      "webcam",
      "snapshot",
      "photo",
      "picture",
      "accelerometer",
      "gyroscope",
      "biometric",
      "facial",
      "face",
    ],
    /\bcamera\b|microphone|(?:webcam|camera|screen) snapshots?|takes? (?:a )?(?:photo|picture)|\bwebcam\b|accelerometer|gyroscope|biometric|facial recognition|face ?prints?/i,
    "device-sensors",
  ),
];

/** The service reaching a sensor: access, use, collect, record, take, or a permission for it. */
const SENSOR_ACCESS =
  /\b(?:access(?:es|ed|ing)?|us(?:e|es|ed|ing)|collect(?:s|ed|ing)?|record(?:s|ed|ing)?|captur(?:e|es|ed|ing)|tak(?:e|es|ing)|enabl(?:e|es|ed|ing)|activat(?:e|es|ed|ing)|permissions?|scan(?:s|ned|ning)?|process(?:es|ed|ing)?|snapshots?|your (?:device'?s? )?(?:camera|microphone|webcam))\b/i;

/** Hourly or periodic collection ("every hour", "continuously"). */
const PERIODIC = cue(
  ["every", "hourly", "continuous"],
  /\bevery (?:hour|\d+ minutes|few minutes|minute)|\bhourly\b|\bcontinuous(?:ly)?\b/i,
);

/** The stance one sentence states about a signal, or "unclear" (statement.ts reads it). */
export function sentenceStance(text: string): DoNotTrackStance {
  return signalStance(text);
}

/**
 * The stance a sentence states about the signal mentioned at `index`: the clause holding the mention
 * when it states one ("We do not respond to DNT, but we honor GPC"), else the whole sentence.
 */
function stanceAt(text: string, index: number): DoNotTrackStance {
  const parts = clauseSpans(text);
  const part = parts.find(([a, b]) => index >= a && index < b);
  if (part && parts.length > 1) {
    const here = signalStance(text.slice(part[0], part[1]));
    if (here !== "unclear") return here;
    // Another clause speaking of a different signal does not lend its stance to this one.
    const others = parts.filter((p) => p !== part).map(([a, b]) => text.slice(a, b));
    if (others.some((o) => DNT.pattern.test(o) !== GPC.pattern.test(o))) {
      const mine = DNT.pattern.test(text.slice(part[0], part[1]));
      const rest = others.filter((o) => (mine ? !GPC.pattern.test(o) : !DNT.pattern.test(o)));
      return rest.length ? signalStance(rest.join(" ; ")) : "unclear";
    }
  }
  return signalStance(text);
}

/** Strong clause breaks inside a sentence (";", "but", "however", "whereas", "while"). */
function clauseSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(/;|\s[–—]\s|,?\s+\b(?:but|however|whereas|while)\b/giu)) {
    spans.push([start, m.index]);
    start = m.index;
  }
  spans.push([start, text.length]);
  return spans;
}

/** Stance of the sentences mentioning a signal (DNT or GPC); not-honored wins over honored. */
function stanceOf(mentioning: Sentence[], hits: Hit[], signal: Cue): DoNotTrackStance {
  let stance: DoNotTrackStance = "not-mentioned";
  for (const s of mentioning) {
    const here = stanceAt(s.text, signal.pattern.exec(s.text)?.index ?? 0);
    hits.push({ sentence: s, score: here === "unclear" ? 3 : 6 });
    if (
      here === "not-honored" ||
      (here === "honored" && stance !== "not-honored") ||
      stance === "not-mentioned"
    ) {
      stance = here;
    }
  }
  return stance;
}

/**
 * A sentence after the first DNT mention often carries the stance ("We do not respond to such
 * signals."), so the segment's other sentences count when they speak of signals.
 */
function dntContext(sentences: Sentence[], mentions: Set<Sentence>): Sentence[] {
  // Pointers are left out; only mentions and their segments' signal sentences can be in the context,
  // so only those are checked for being pointers.
  const segs = new Set(sentences.filter((s) => mentions.has(s) && !isPointer(s.text)).map((s) => s.segment));
  return sentences.filter(
    (s) =>
      (mentions.has(s) ||
        (segs.has(s.segment) && /\bsignals?\b|\bsuch (?:requests|settings)\b|\bheaders?\b/i.test(s.text))) &&
      !isPointer(s.text),
  );
}

/** A DNT mention in parentheses ("… (including Do Not Track)"). */
const DNT_IN_PARENS = new RegExp(`\\([^()]*(?:${DNT.pattern.source})[^()]*\\)`, "i");

/**
 * A mention that only points elsewhere ("see our cookie page (including Do Not Track)") says nothing
 * about the policy's stance, and the corpus does not count it as mentioning DNT.
 */
function isPointer(text: string): boolean {
  const inParens = DNT_IN_PARENS.test(text);
  return (
    (inParens || /\b(?:for more information|to learn more|learn more|more details)\b/i.test(text)) &&
    signalStance(text) === "unclear" &&
    /\b(?:visit|see|read|refer to|go to|click)\b/i.test(text)
  );
}

export function trackingFinding(
  segments: LabelledSegment[],
  sentences: Sentence[] = sentencesOf(segments),
): TrackingFinding {
  const hits: Hit[] = [];
  // Each sentence is read for a DNT mention once; every step below asks this set.
  const dntMentions = new Set(sentences.filter((s) => matches(DNT, s)));
  const dntSentences = dntContext(sentences, dntMentions);
  let doNotTrack = stanceOf(
    dntSentences.filter((s) => dntMentions.has(s)),
    hits,
    DNT,
  );
  // Follow-up sentences ("We do not respond to such signals") refine an unclear mention.
  if (doNotTrack === "unclear") {
    for (const s of dntSentences) {
      if (dntMentions.has(s)) continue;
      const here = sentenceStance(s.text);
      if (here === "not-honored") {
        doNotTrack = "not-honored";
        hits.push({ sentence: s, score: 5 });
      } else if (here === "honored" && doNotTrack === "unclear") {
        doNotTrack = "honored";
        hits.push({ sentence: s, score: 5 });
      }
    }
  }
  // (The classifier's DNT labels are not asked to settle a mention the text states no stance on: a
  // label's guess could put a stance in the headline its quote does not state.)
  const globalPrivacyControl = stanceOf(
    sentences.filter((s) => matches(GPC, s)),
    hits,
    GPC,
  );

  const notes: TrackingNote[] = [];
  const perKind = new Map<string, number>();
  // Whether a sentence is about tracking, read once per sentence (notes and evidence both ask).
  const topical = new Map<Sentence, boolean>();
  const onTopicSentence = (s: Sentence): boolean => {
    let on = topical.get(s);
    if (on === undefined) {
      on = onTopic(s);
      topical.set(s, on);
    }
    return on;
  };
  const addNote = (kind: string, s: Sentence, score: number): void => {
    if (s.dangling || !onTopicSentence(s)) return;
    if ((perKind.get(kind) ?? 0) >= 2) return;
    if (notes.some((n) => n.kind === kind && n.text === (s.quote ?? s.text))) return;
    perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
    notes.push({ kind, text: s.quote ?? s.text, segment: s.segment });
    hits.push({ sentence: s, score });
  };
  const analytics: string[] = [];
  let analyticsOptOut = false;
  for (const s of sentences) {
    if (namesAnalyticsProvider(s)) {
      for (const name of ANALYTICS_PROVIDERS) {
        const at = s.text.indexOf(name);
        // "We refrain from sending statistics to Google Analytics" names it without using it.
        if (at >= 0 && !negatedAt(s.text, at)) {
          if (!analytics.includes(name)) analytics.push(name);
          addNote("analytics", s, 3);
        }
      }
    }
    // The provider's opt-out (browser add-on, opt-out page) often sits in the next sentence; it must
    // itself be about analytics (an e-mail unsubscribe nearby is not an analytics opt-out).
    if (analytics.length && /opt[- ]?out|add-?on|gaoptout/i.test(s.text) && aboutAnalytics(s)) {
      const near = sentences.filter((o) => o.segment === s.segment || Math.abs(o.order - s.order) <= 2);
      if (near.some((o) => analytics.some((a) => o.text.includes(a))) || /gaoptout/i.test(s.text)) {
        analyticsOptOut = true;
        addNote("analytics-opt-out", s, 4);
      }
    }
    if (s.lower.includes("gaoptout") && !analyticsOptOut) {
      analyticsOptOut = true;
      addNote("analytics-opt-out", s, 4);
    }
    for (const r of NOTE_RULES) {
      if (readRule(r, s) !== "stated") continue;
      const kind = r.sets;
      // A camera or microphone is a practice only when the service reaches it ("we may access your
      // camera"), not when a page's other text mentions one.
      if (kind === "device-sensors") {
        const access = SENSOR_ACCESS.exec(s.text);
        if (!access || negatedAt(s.text, access.index)) continue;
      }
      addNote(kind, s, kind === "device-sensors" ? 5 : 2);
    }
  }
  // The location label catches location collection phrased in ways the rule misses.
  if (!perKind.has("location")) {
    const seg = segments.find((s) => s.labels.includes("location"));
    const s =
      seg && sentences.find((x) => x.segment === seg.index && !x.dangling && EXPLICIT_LOCATION.test(x.text));
    if (s) addNote("location", s, 2);
  }
  // Hourly/periodic collection is the kind of detail a reader should not miss.
  for (const s of sentences) {
    if (matches(PERIODIC, s) && /locat|position|camera|snapshot|track/i.test(s.text)) {
      addNote("periodic", s, 5);
    }
  }

  // Evidence never contradicts the stance it sits under: a quote stating the opposite is left out.
  const finalStance = (s: Sentence): DoNotTrackStance | null =>
    dntMentions.has(s) || dntSentences.some((d) => d.text === s.text)
      ? doNotTrack
      : matches(GPC, s)
        ? globalPrivacyControl
        : null;
  const shown = hits.filter((h) => {
    if (!onTopicSentence(h.sentence) && !dntSentences.includes(h.sentence)) return false;
    const stance = finalStance(h.sentence);
    const here = stance ? sentenceStance(h.sentence.text) : "unclear";
    if (stance && here !== "unclear" && here !== stance) return false;
    if (stance && here === stance) h.score += 1;
    return true;
  });

  const has = (kind: string): boolean => perKind.has(kind);
  const ignored = doNotTrack === "not-honored" || globalPrivacyControl === "not-honored";
  const honored = doNotTrack === "honored" || globalPrivacyControl === "honored";
  let level: TrackingFinding["level"] = "unknown";
  if (has("fingerprinting") || has("device-sensors") || (ignored && has("cross-site"))) level = "bad";
  else if (notes.length || ignored || doNotTrack === "unclear") level = "caution";
  if (honored && !has("cross-site") && !has("fingerprinting") && !has("device-sensors")) level = "good";

  const facts: string[] = [];
  const stanceFact: Record<DoNotTrackStance, string> = {
    honored: "Honors Do Not Track",
    "not-honored": "Ignores Do Not Track signals",
    unclear: "Mentions Do Not Track without saying whether it is honored",
    "not-mentioned": "Does not mention Do Not Track",
  };
  facts.push(stanceFact[doNotTrack]);
  if (globalPrivacyControl !== "not-mentioned")
    facts.push(stanceFact[globalPrivacyControl].replace("Do Not Track", "Global Privacy Control"));
  if (has("cross-site")) facts.push("Tracks you across sites for interest-based ads");
  if (has("web-beacons")) facts.push("Uses web beacons or tracking pixels");
  if (has("fingerprinting")) facts.push("Mentions device fingerprinting");
  if (analytics.length)
    facts.push(`Uses ${analytics.join(", ")}${analyticsOptOut ? " (an opt-out is offered)" : ""}`);
  if (has("location")) facts.push("Collects your location");
  if (has("periodic")) facts.push("Collects data at regular intervals (e.g. every hour)");
  if (has("device-sensors")) facts.push("Can use your device's camera or sensors");

  return { level, doNotTrack, globalPrivacyControl, notes, facts, evidence: pickEvidence(shown, 5) };
}

/** URLs given for opting out of an analytics provider (used by tests and the popup). */
export function analyticsOptOutUrls(notes: TrackingNote[]): string[] {
  return notes
    .filter((n) => n.kind === "analytics-opt-out")
    .flatMap((n) => extractUrls(n.text).map((u) => u.value));
}
