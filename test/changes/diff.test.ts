// The sentence comparison (lib/changes/normalize.ts, diff.ts) on small policies written for the test.
import { describe, expect, it } from "vitest";
import { diffVersions, findingChanged, findingFacts } from "@/lib/changes/diff";
import { keyedSentences, wordsOf } from "@/lib/changes/normalize";
import { FINDINGS } from "@/lib/findings/index";
import { summarize } from "@/lib/summarize/index";

const BASE = [
  {
    heading: "",
    text: "Last updated: 3 March 2024. This policy explains how Lantern Lane handles your data.",
  },
  {
    heading: "Cookies",
    text: "We use cookies to keep you signed in. You can turn them off in your browser.",
  },
  {
    heading: "Sharing",
    text: "We share your email address with our delivery partner so that your parcel arrives. We never sell your personal information.",
  },
  { heading: "Contact", text: "Write to privacy@lanternlane.example with any question about this policy." },
];

const version = (segments: typeof BASE) => {
  const labelled = segments.map((s, index) => ({ ...s, index, categories: [], labels: [] }));
  return { sentences: keyedSentences(segments), findings: findingFacts(summarize(labelled)) };
};
const diff = (before: typeof BASE, after: typeof BASE) => diffVersions(version(before), version(after));
const edit = (i: number, text: string) => BASE.map((s, j) => (j === i ? { ...s, text } : s));

describe("what is not a change", () => {
  it.each([
    ["the same text", BASE],
    [
      "another last-updated date",
      edit(0, "Last updated: 5 May 2025. This policy explains how Lantern Lane handles your data."),
    ],
    [
      "a date written otherwise",
      edit(0, "Last Updated — 2025-05-05. This policy explains how Lantern Lane handles your data."),
    ],
    [
      "spaces, line breaks and case",
      edit(1, "We  use cookies\nto keep you   signed in.\n\nYou can turn them OFF in your browser."),
    ],
    [
      "list markers and emphasis",
      edit(1, "- We use **cookies** to keep you signed in. * You can turn them off in your browser"),
    ],
    [
      "numbered list markers",
      edit(1, "1. We use cookies to keep you signed in. 2. You can turn them off in your browser."),
    ],
    ["curly quotes", edit(3, "Write to privacy@lanternlane.example with any question about this “policy”.")],
    ["paragraphs in another order", [BASE[0], BASE[2], BASE[1], BASE[3]] as typeof BASE],
    [
      "sentences cut otherwise",
      edit(
        2,
        "We share your email address with our delivery partner. So that your parcel arrives. We never sell your personal information.",
      ),
    ],
    [
      "a paragraph split into two",
      [
        ...BASE.slice(0, 2),
        {
          heading: "Sharing",
          text: "We share your email address with our delivery partner so that your parcel arrives.",
        },
        { heading: "Sharing", text: "We never sell your personal information." },
        BASE[3],
      ] as typeof BASE,
    ],
  ])("%s", (_name, after) => {
    const result = diff(BASE, after);
    expect(result).toMatchObject({ changed: false, added: [], removed: [] });
  });
});

describe("what is a change", () => {
  it("a new sentence is added, nothing removed", () => {
    const after = edit(2, `${BASE[2]?.text} We may sell your personal information to advertisers.`);
    const result = diff(BASE, after);
    expect(result.changed).toBe(true);
    expect(result.added).toEqual(["We may sell your personal information to advertisers."]);
    expect(result.removed).toEqual([]);
  });

  it("one changed word changes its sentence: the new one added, the old one removed", () => {
    const after = edit(
      2,
      "We share your email address with our advertising partner so that your parcel arrives. We never sell your personal information.",
    );
    const result = diff(BASE, after);
    expect(result.added).toEqual([
      "We share your email address with our advertising partner so that your parcel arrives.",
    ]);
    expect(result.removed).toEqual([
      "We share your email address with our delivery partner so that your parcel arrives.",
    ]);
  });

  it("a deleted paragraph is removed, in reading order", () => {
    const result = diff(BASE, [BASE[0], BASE[1], BASE[3]] as typeof BASE);
    expect(result.removed).toEqual([
      "We share your email address with our delivery partner so that your parcel arrives.",
      "We never sell your personal information.",
    ]);
    expect(result.added).toEqual([]);
  });

  it("a date that is not the policy's own is a change", () => {
    const after = edit(
      3,
      "Write to privacy@lanternlane.example before 1 June 2025 with any question about this policy.",
    );
    expect(diff(BASE, after).changed).toBe(true);
  });

  it("reports every finding of the registry, with its level before and after and the facts that changed", () => {
    const after = edit(
      2,
      "We share your email address with advertising networks. We sell your personal information to data brokers.",
    );
    const result = diff(BASE, after);
    expect(Object.keys(result.findings)).toEqual(FINDINGS.map((f) => f.key));
    const before = version(BASE).findings;
    const now = version(after).findings;
    for (const { key } of FINDINGS) {
      expect(result.findings[key].before).toBe(before[key].level);
      expect(result.findings[key].after).toBe(now[key].level);
      expect(result.findings[key].factsAdded).toEqual(
        now[key].facts.filter((f) => !before[key].facts.includes(f)),
      );
    }
    expect(findingChanged(result.findings.sharing)).toBe(true);
    expect(result.findings.sharing.after).toBe("bad");
  });
});

describe("words compared", () => {
  it.each([
    ["Last updated: March 3, 2024", ["last", "updated"]],
    ["_Effective Date: 1st of May 2023_", ["effective", "date"]],
    ["Dernière mise à jour le 1er mars 2024", ["dernière", "mise", "à", "jour"]],
    [
      "We keep data for 3 years since March 2024.",
      ["we", "keep", "data", "for", "3", "years", "since", "march", "2024"],
    ],
  ])("%s", (text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });
});
