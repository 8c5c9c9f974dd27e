// Pure parts of scripts/lib/opp115-statements.ts: sentences of a segment, where an annotated span
// lands, and the 2-of-3 merge. Segments here are our own text, not corpus text.
import { describe, expect, it } from "vitest";
import {
  annotationSentences,
  attributeTask,
  locateSpan,
  majorityClass,
  segmentSentences,
  sentencesTouched,
} from "../../scripts/lib/opp115-statements";

const PIECE =
  "<strong>Sharing</strong><br>We share data with partners. We do not sell it. Ask us &amp; we help.";

const span = (selectedText: string, value = "Does") => {
  const start = PIECE.indexOf(selectedText);
  return { selectedText, value, startIndexInSegment: start, endIndexInSegment: start + selectedText.length };
};

describe("segment sentences", () => {
  it("splits line by line, the heading line on its own", () => {
    const seg = segmentSentences(PIECE);
    expect(seg.spans.map(([a, b]) => seg.text.slice(a, b))).toEqual([
      "Sharing",
      "We share data with partners.",
      "We do not sell it.",
      "Ask us & we help.",
    ]);
  });

  it("finds a span by its text near its raw offset, through tags and entities", () => {
    const seg = segmentSentences(PIECE);
    const r = locateSpan(PIECE, seg.text, span("not sell it"));
    expect(r && seg.text.slice(r[0], r[1])).toBe("not sell it");
    expect(r && sentencesTouched(seg.spans, r)).toEqual([2]);
    expect(
      locateSpan(PIECE, seg.text, {
        selectedText: "null",
        value: "x",
        startIndexInSegment: -1,
        endIndexInSegment: -1,
      }),
    ).toBeNull();
  });

  it("picks the occurrence nearest the raw offset when the text recurs", () => {
    const piece = "We share it. We share it.";
    const seg = segmentSentences(piece);
    const r = locateSpan(piece, seg.text, {
      selectedText: "share",
      value: "Does",
      startIndexInSegment: 16,
      endIndexInSegment: 21,
    });
    expect(r && sentencesTouched(seg.spans, r)).toEqual([1]);
  });

  it("uses the attribute's own span, else every span of the annotation", () => {
    const seg = segmentSentences(PIECE);
    const own = {
      attributes: { "Does/Does Not": span("do not sell", "Does Not"), Other: span("share data") },
    };
    expect(annotationSentences(PIECE, seg, own, "Does/Does Not")).toEqual([2]);
    const unselected = {
      attributes: {
        "Does/Does Not": {
          selectedText: "null",
          value: "Does",
          startIndexInSegment: -1,
          endIndexInSegment: -1,
        },
        A: span("share data"),
        B: span("partners. We do"),
      },
    };
    expect(annotationSentences(PIECE, seg, unselected, "Does/Does Not")).toEqual([1, 2]);
  });
});

describe("2-of-3 merge", () => {
  const votes = (entries: Record<string, string[]>) =>
    new Map(Object.entries(entries).map(([c, who]) => [c, new Set(who)]));

  it("keeps a class two distinct annotators gave", () => {
    expect(majorityClass(votes({ Does: ["a", "b"], "Does Not": ["c"] }))).toBe("Does");
    expect(majorityClass(votes({ Does: ["a", "a"] }))).toBeNull();
    expect(majorityClass(votes({ Does: ["a"], "Does Not": ["b"] }))).toBeNull();
  });

  it("drops a tie between two classes", () => {
    expect(majorityClass(votes({ Does: ["a", "b"], "Does Not": ["b", "c"] }))).toBeNull();
  });

  it("maps attribute values to the task's classes", () => {
    const purpose = attributeTask("sharing-ad-purpose");
    expect(purpose.classOf("Marketing")).toBe("Advertising/Marketing");
    expect(purpose.classOf("Analytics/Research")).toBe("Other purpose");
    expect(attributeTask("dnt-policy").classOf("Other")).toBeNull();
    expect(attributeTask("choice-type").classOf("Opt-out link")).toBe("Opt-out link");
    expect(attributeTask("choice-type").classOf("Dont use service/feature")).toBe("Other choice");
  });
});
