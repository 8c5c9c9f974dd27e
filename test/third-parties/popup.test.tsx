// @vitest-environment happy-dom
// The popup's third-party rows (components/ThirdParties.tsx) inside the real App, with a fake connector.
import { describe, expect, it } from "vitest";
import { ThirdPartyOptions, type ThirdPartyOptionsStore } from "@/components/ThirdPartyOptions";
import { App } from "@/entrypoints/popup/App";
import type { ThirdPartyReport } from "@/lib/third-parties/report-schema";
import type { ThirdPartySettings } from "@/lib/third-parties/storage";
import { fakeConnector } from "../popup/fake-connector";
import { pageInfoFixture, tabStateFixture } from "../popup/fixtures";
import { buttonNamed, click, englishPopupTests, type Rendered, renderInto } from "../popup/render";

let view: Rendered | undefined;
englishPopupTests();

const REPORT: ThirdPartyReport = {
  remembered: true,
  rows: [
    {
      name: "Hotjar",
      organization: "Hotjar",
      category: "analytics",
      domains: ["hotjar.com"],
      named: "no",
      evidence: null,
      onThisPage: true,
    },
    {
      name: "Segment",
      organization: "Segment",
      category: "analytics",
      domains: ["segment.com"],
      named: "general",
      evidence: { text: "We use <b>analytics providers</b>.", segment: 3 },
      onThisPage: false,
    },
    {
      name: "Google Analytics",
      organization: "Google",
      category: "analytics",
      domains: ["google-analytics.com"],
      named: "yes",
      evidence: { text: "We use Google Analytics.", segment: 2 },
      onThisPage: true,
    },
  ],
};

async function popupWith(report: ThirdPartyReport | null, analysed = true) {
  const asked: number[] = [];
  const connector = {
    ...fakeConnector({
      state: analysed ? tabStateFixture() : null,
      page: pageInfoFixture(analysed ? {} : { detection: { isPolicy: false, score: 0, reasons: [] } }),
    }),
    thirdParties: async (tabId: number) => {
      asked.push(tabId);
      return report;
    },
  };
  view = await renderInto(<App connector={connector} />);
  return { root: view.root, asked };
}

describe("third-party rows in the popup", () => {
  it("shows a row per organisation with the contract's data attributes, in the report's order", async () => {
    const { root } = await popupWith(REPORT);
    const rows = [...root.querySelectorAll("[data-third-party]")];
    expect(rows.map((r) => [r.getAttribute("data-third-party"), r.getAttribute("data-named")])).toEqual([
      ["Hotjar", "no"],
      ["Segment", "general"],
      ["Google Analytics", "yes"],
    ]);
    expect(rows[0]?.textContent).toContain("This page loaded Hotjar.");
    expect(rows[0]?.textContent).toContain("The policy does not mention it.");
    expect(rows[1]?.textContent).toContain("Other pages of this site loaded Segment in the last 30 days.");
    expect(rows[2]?.textContent).toContain("by Google");
    expect(root.textContent).toContain("Not visible from here");
  });

  it("renders quotes as text, never as HTML", async () => {
    const { root } = await popupWith(REPORT);
    const quote = root.querySelector('[data-third-party="Segment"] blockquote');
    expect(quote?.textContent).toBe("We use <b>analytics providers</b>.");
    expect(quote?.querySelector("b")).toBeNull();
  });

  it("says when other pages were not included", async () => {
    const { root } = await popupWith({ ...REPORT, remembered: false });
    expect(root.textContent).toContain("private window, or remembering is switched off");
  });

  it("asks on any page (to remember it) but shows rows only beside an analysed policy", async () => {
    const { root, asked } = await popupWith(REPORT, false);
    expect(asked).toEqual([7]);
    expect(root.querySelector("[data-third-party]")).toBeNull();
  });

  it("shows nothing when there is no report", async () => {
    const { root } = await popupWith(null);
    expect(root.querySelector(".third-parties")).toBeNull();
  });
});

describe("the options page's third-party section", () => {
  function fakeStore(initial: ThirdPartySettings) {
    const saved: ThirdPartySettings[] = [];
    let forgotten = 0;
    const store: ThirdPartyOptionsStore = {
      load: async () => initial,
      save: async (s) => {
        saved.push(s);
      },
      forget: async () => {
        forgotten++;
      },
    };
    return { store, saved, forgotten: () => forgotten };
  }

  it("switches remembering off and forgets on request", async () => {
    const fake = fakeStore({ remember: true });
    view = await renderInto(<ThirdPartyOptions store={fake.store} />);
    const box = view.root.querySelector<HTMLInputElement>("#third-party-remember");
    expect(box?.checked).toBe(true);
    await click(box);
    expect(fake.saved).toEqual([{ remember: false }]);
    await click(buttonNamed(view.root, "Forget remembered third parties"));
    expect(fake.forgotten()).toBe(1);
    expect(view.root.textContent).toContain("Remembered third parties forgotten.");
  });
});
