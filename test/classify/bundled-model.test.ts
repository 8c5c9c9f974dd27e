import { describe, expect, it } from "vitest";
import { loadBundledModel } from "../../lib/classify/bundled-model";
import { classifySegments } from "../../lib/classify/index";

// Self-written sentences, one per behaviour the summary relies on.
const CASES: { heading: string; text: string; category?: string; label?: string }[] = [
  {
    heading: "Cookies",
    text: "We use cookies and similar tracking technologies to remember your preferences and to understand how you use our website.",
    label: "cookies",
  },
  {
    heading: "Sharing",
    text: "We may share your personal information with third-party advertising partners who use it to show you targeted ads.",
    category: "Third Party Sharing/Collection",
  },
  {
    heading: "Security",
    text: "We use industry standard encryption and secure servers to protect your personal information from unauthorized access.",
    category: "Data Security",
  },
  {
    heading: "Do Not Track",
    text: "Our website does not currently respond to Do Not Track signals sent by web browsers.",
    category: "Do Not Track",
  },
  {
    heading: "Children",
    text: "Our services are not directed to children under the age of 13 and we do not knowingly collect information from them.",
    category: "International and Specific Audiences",
  },
];

describe("bundled model", () => {
  it("loads once and is memoised", () => {
    expect(loadBundledModel()).toBe(loadBundledModel());
  });

  it.each(CASES)("classifies: $text", ({ heading, text, category, label }) => {
    const [out] = classifySegments(loadBundledModel(), [{ heading, text }]);
    if (category) expect(out?.categories).toContain(category);
    if (label) expect(out?.labels).toContain(label);
  });

  it("still works without a heading", () => {
    const [out] = classifySegments(loadBundledModel(), [{ heading: "", text: CASES[0]?.text ?? "" }]);
    expect(out?.labels).toContain("cookies");
  });
});
