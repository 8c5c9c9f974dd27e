import { describe, expect, it } from "vitest";
import {
  dataRoot,
  fineLabelsOfAnnotation,
  goldLabels,
  hasOpp115,
  type Opp115Annotation,
  parseCsv,
  readGoldSplit,
  segmentHtmlToLines,
} from "../../scripts/lib/opp115";

const attr = (value: string) => ({ value, selectedText: "x", startIndexInSegment: 0, endIndexInSegment: 1 });
const ann = (
  annotatorId: string,
  segmentId: number,
  category: string,
  attrs: Record<string, string> = {},
): Opp115Annotation => ({
  annotationId: `${annotatorId}-${segmentId}`,
  annotatorId,
  segmentId,
  category,
  attributes: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, attr(v)])),
});

describe("OPP-115 parsing helpers", () => {
  it("parses quoted CSV fields with doubled quotes and commas", () => {
    expect(parseCsv('1,"a ""b"", c",3\n4,5,6\n')).toEqual([
      ["1", 'a "b", c', "3"],
      ["4", "5", "6"],
    ]);
  });

  it("turns light HTML into lines with entities decoded", () => {
    expect(segmentHtmlToLines("Our Rules <br> <br> We <strong>never</strong> sell &amp; rent data.")).toEqual(
      ["Our Rules", "We never sell & rent data."],
    );
  });

  it("maps attribute values to finer labels", () => {
    const a = ann("1", 0, "Third Party Sharing/Collection", {
      "Personal Information Type": "Cookies and tracking elements",
      "Does/Does Not": "Does",
      Purpose: "Marketing",
    });
    expect(fineLabelsOfAnnotation(a).sort()).toEqual([
      "advertising",
      "cookies",
      "sharing",
      "third-party-cookies",
    ]);
    expect(
      fineLabelsOfAnnotation(ann("1", 0, "Do Not Track", { "Do Not Track policy": "Not honored" })),
    ).toEqual(["dnt-not-honored"]);
  });
});

describe("2-of-3 gold rule", () => {
  it("counts distinct annotators, not annotations", () => {
    const gold = goldLabels(2, [
      ann("A", 0, "Data Security"),
      ann("A", 0, "Data Security"), // same annotator twice: still one vote
      ann("A", 1, "Policy Change"),
      ann("B", 1, "Policy Change"),
    ]);
    expect(gold[0]?.categories).toEqual([]);
    expect(gold[1]?.categories).toEqual(["Policy Change"]);
  });
});

const present = hasOpp115();
if (!present)
  console.warn(
    `OPP-115 data not found under ${dataRoot()}: skipping the corpus tests (set PRIVACY_GLANCE_DATA).`,
  );

describe.skipIf(!present)("OPP-115 corpus (needs ../shared/data)", () => {
  it("has the 20 dev policies with labelled segments", () => {
    const dev = readGoldSplit("dev");
    expect(dev).toHaveLength(20);
    const segs = dev.flat();
    expect(segs.length).toBeGreaterThan(500);
    expect(segs.filter((s) => s.categories.length > 0).length / segs.length).toBeGreaterThan(0.9);
  });
});
