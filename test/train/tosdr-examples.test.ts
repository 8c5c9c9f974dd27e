import { describe, expect, it } from "vitest";
import { LABELS } from "../../lib/classify/labels";
import {
  isPrivacyDocument,
  TOSDR_CASE_LABELS,
  tosdrExamples,
} from "../../scripts/lib/classifier/tosdr-examples";
import type { TosdrPoint } from "../../scripts/lib/tosdr";

const point = (c: string, quote: string, document = "Privacy Policy"): TosdrPoint => ({
  id: "1",
  service: "example",
  document,
  case: c,
  quote,
});
const DNT_IGNORED =
  "This service ignores the Do Not Track (DNT) header and tracks users anyway even if they set this header.";

describe("tosdrExamples", () => {
  it("turns a quote of a mapped case into a one-segment example with the case's labels", () => {
    const [ex] = tosdrExamples(
      [point(DNT_IGNORED, "Our pages do not answer the browser's tracking signal.")],
      true,
    );
    expect(ex).toEqual([
      {
        text: "Our pages do not answer the browser's tracking signal.",
        heading: "",
        gold: ["Do Not Track", "dnt-not-honored"],
      },
    ]);
  });

  it("skips cases that name no category", () => {
    const out = tosdrExamples(
      [
        point(
          "The court of law governing the terms is in location X",
          "Disputes go to the courts of Ruritania.",
        ),
      ],
      false,
    );
    expect(out).toEqual([]);
  });

  it("keeps terms-of-service quotes only when asked", () => {
    const p = point(
      "You can request access and deletion of personal data",
      "Ask us and we will remove your account data.",
      "Terms of Service",
    );
    expect(tosdrExamples([p], true)).toEqual([]);
    expect(tosdrExamples([p], false)).toHaveLength(1);
  });

  it("skips quotes too short to say anything and weighs the rest as asked", () => {
    const c = "You can opt out of targeted advertising";
    const out = tosdrExamples(
      [point(c, "Opt out."), point(c, "You may switch off interest-based ads in your settings.")],
      true,
      0.3,
    );
    expect(out).toHaveLength(1);
    expect(out[0]?.[0]?.weight).toBe(0.3);
  });

  it("maps only to labels the classifier has", () => {
    for (const labels of Object.values(TOSDR_CASE_LABELS))
      for (const l of labels) expect(LABELS).toContain(l);
  });

  it.each([
    ["Privacy Policy", true],
    ["Cookie Policy", true],
    ["Data Policy", true],
    ["Terms of Service", false],
    ["Community Guidelines", false],
  ])("%s is a privacy document: %s", (doc, expected) => {
    expect(isPrivacyDocument(doc)).toBe(expected);
  });
});
