// @vitest-environment happy-dom
// The banner of a changed policy in the popup (popup contract: `data-policy-changed`).
import { describe, expect, it } from "vitest";
import { changeSummary } from "@/components/PolicyChanged";
import { App } from "@/entrypoints/popup/App";
import type { PolicyChange } from "@/lib/changes/record";
import { fakeConnector } from "./fake-connector";
import { pageInfoFixture, tabStateFixture } from "./fixtures";
import { click, englishPopupTests, flush, type Rendered, renderInto } from "./render";

let view: Rendered | undefined;
englishPopupTests();

const CHANGE: PolicyChange = {
  since: Date.UTC(2025, 2, 3, 12),
  addedCount: 4,
  removedCount: 2,
  added: ["We may sell your personal information to advertisers.", "We keep your data for ten years."],
  removed: ["We never sell your personal information."],
  findings: [
    {
      key: "sharing",
      before: "caution",
      after: "bad",
      factsAdded: ["Sells personal data"],
      factsRemoved: [],
    },
    {
      key: "cookies",
      before: "caution",
      after: "caution",
      factsAdded: [],
      factsRemoved: ["Uses third-party cookies"],
    },
  ],
};

async function popupWith(change: PolicyChange | null, state = tabStateFixture()) {
  const seen: number[] = [];
  const base = fakeConnector({ state, page: pageInfoFixture() });
  const connector = {
    ...base,
    policyChange: async () => change,
    markChangeSeen: async (tabId: number) => {
      seen.push(tabId);
    },
  };
  view = await renderInto(<App connector={connector} />);
  await flush();
  return { root: view.root, seen, base };
}

describe("policy change banner", () => {
  it("says what changed, findings first, then the sentence counts", () => {
    expect(changeSummary(CHANGE, "en-GB")).toBe(
      "Changed since you last read it on 3 March: Data sharing was Caution, now Concern, now says: Sells personal data; " +
        "Cookies still Caution, no longer says: Uses third-party cookies; sentences: 4 added, 2 removed",
    );
  });

  it("shows the banner above the summary and tells the background it was seen", async () => {
    const { root, seen } = await popupWith(CHANGE);
    const banner = root.querySelector("[data-policy-changed]");
    expect(banner?.textContent).toContain("Data sharing was Caution, now Concern");
    expect(banner?.querySelector('[data-policy-changed-list="added"]')?.textContent).toContain(
      "We may sell your personal information to advertisers.",
    );
    expect(banner?.querySelector('[data-policy-changed-list="removed"]')?.textContent).toContain(
      "We never sell your personal information.",
    );
    expect(root.querySelector("[data-state=analysed]")).not.toBeNull();
    expect(seen).toEqual([7]);
  });

  it("shows an added sentence on the page with the evidence mechanism", async () => {
    const { root, base } = await popupWith(CHANGE);
    await click(root.querySelector('[data-policy-changed-list="added"] button'));
    expect(base.callsTo("highlight")).toEqual([[7, "We may sell your personal information to advertisers."]]);
  });

  it("shows no banner when nothing changed, and marks nothing seen", async () => {
    const { root, seen } = await popupWith(null);
    expect(root.querySelector("[data-policy-changed]")).toBeNull();
    expect(root.querySelector("[data-state=analysed]")).not.toBeNull();
    expect(seen).toEqual([]);
  });

  it("shows no banner while the page is not analysed", async () => {
    const { root } = await popupWith(CHANGE, tabStateFixture({ status: "analysing", summary: null }));
    expect(root.querySelector("[data-policy-changed]")).toBeNull();
  });
});
