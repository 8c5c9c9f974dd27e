import { describe, expect, it } from "vitest";
import { classifySegments, parseModel } from "../../lib/classify/index";
import { ablatedLabels, withoutLabels } from "../../scripts/lib/classifier/ablate";
import { FIXTURE_POLICIES, trainFile } from "../classify/fixture";

describe("withoutLabels", () => {
  const model = parseModel(trainFile());
  const segments = (FIXTURE_POLICIES[0] ?? []).map((s) => ({ text: s.text, heading: s.heading }));

  it("drops the named labels and leaves every other score as it was", () => {
    const before = classifySegments(model, segments);
    const after = classifySegments(
      withoutLabels(model, ["sharing", "Third Party Sharing/Collection"]),
      segments,
    );
    expect(before.some((c) => c.labels.includes("sharing"))).toBe(true);
    for (const [i, c] of after.entries()) {
      expect(c.labels).not.toContain("sharing");
      expect(c.categories).not.toContain("Third Party Sharing/Collection");
      expect(c.scores.cookies).toBe(before[i]?.scores.cookies);
    }
  });

  it("expands the group names and rejects unknown labels", () => {
    expect(ablatedLabels("fine")).toContain("dnt-honored");
    expect(ablatedLabels("categories")).toHaveLength(10);
    expect(ablatedLabels("sharing,cookies")).toEqual(["sharing", "cookies"]);
    expect(ablatedLabels("User Access, Edit and Deletion,Other")).toEqual([
      "User Access, Edit and Deletion",
      "Other",
    ]);
    expect(() => ablatedLabels("sharng")).toThrow(/unknown label "sharng"/);
  });
});
