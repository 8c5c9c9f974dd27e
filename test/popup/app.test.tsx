// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { App } from "@/entrypoints/popup/App";
import { type FakeData, fakeConnector } from "./fake-connector";
import {
  homePageFixture,
  LONG_URL,
  longTextSummary,
  PAGE_URL,
  pageInfoFixture,
  sitePolicyStateFixture,
  summaryFixture,
  tabStateFixture,
} from "./fixtures";
import { buttonNamed, click, englishPopupTests, flush, type Rendered, renderInto } from "./render";

let view: Rendered | undefined;
englishPopupTests();

async function popupWith(data: Partial<FakeData>) {
  const connector = fakeConnector(data);
  view = await renderInto(<App connector={connector} />);
  return { connector, root: view.root };
}

const notPolicyPage = pageInfoFixture({
  url: "https://shop.example.com/cart",
  detection: { isPolicy: false, score: 0.1, reasons: [] },
});

describe("popup states", () => {
  const cases: { name: string; data: Partial<FakeData>; state: string; text: RegExp }[] = [
    {
      name: "analysed result",
      data: { state: tabStateFixture(), page: pageInfoFixture() },
      state: "analysed",
      text: /Example Shop privacy policy/,
    },
    {
      name: "analysis running",
      data: { state: tabStateFixture({ status: "analysing", summary: null }) },
      state: "analysing",
      text: /Reading the policy/,
    },
    {
      name: "ordinary page",
      data: { page: notPolicyPage },
      state: "not-policy",
      text: /doesn't look like a privacy policy/,
    },
    {
      name: "detected policy, automatic analysis off",
      data: { page: pageInfoFixture(), settings: { autoDetect: false, disabledSites: [] } },
      state: "not-policy",
      text: /Automatic analysis is off/,
    },
    {
      name: "too large",
      data: { state: tabStateFixture({ status: "too-large", summary: null }) },
      state: "too-large",
      text: /too large/,
    },
    {
      name: "read error, with its reason",
      data: {
        state: tabStateFixture({
          status: "error",
          summary: null,
          error: "Cannot access contents of the page",
        }),
      },
      state: "error",
      text: /Reason: Cannot access contents of the page/,
    },
    {
      name: "empty page",
      data: { state: tabStateFixture({ status: "empty", summary: null }) },
      state: "error",
      text: /No readable text/,
    },
    {
      name: "browser page: no content script, no state",
      data: { page: null, state: null },
      state: "unsupported",
      text: /can't run on this page/,
    },
    { name: "no tab at all", data: { tabId: null }, state: "unsupported", text: /can't run on this page/ },
    {
      name: "site switched off",
      data: { page: pageInfoFixture(), settings: { autoDetect: true, disabledSites: ["shop.example.com"] } },
      state: "disabled",
      text: /off on shop\.example\.com/,
    },
    {
      name: "site switched off, but the user asked",
      data: {
        page: pageInfoFixture(),
        state: tabStateFixture({ trigger: "user" }),
        settings: { autoDetect: true, disabledSites: ["shop.example.com"] },
      },
      state: "analysed",
      text: /Cookies/,
    },
  ];

  it.each(cases)("$name → data-state=$state", async ({ data, state, text }) => {
    const { root } = await popupWith(data);
    const shown = root.querySelectorAll("[data-state]");
    expect(shown).toHaveLength(1);
    expect(shown[0]?.getAttribute("data-state")).toBe(state);
    expect(shown[0]?.textContent).toMatch(text);
  });

  it("shows loading before the connector answers", async () => {
    const connector = fakeConnector({ state: tabStateFixture() });
    connector.tabId = () => new Promise(() => {});
    view = await renderInto(<App connector={connector} />);
    expect(view.root.querySelector("[data-state]")?.getAttribute("data-state")).toBe("loading");
  });

  it("no message key is ever shown raw", async () => {
    for (const data of cases.map((c) => c.data)) {
      const { root } = await popupWith(data);
      expect(root.textContent).not.toMatch(/\b(?:state|action|verdict|finding|level)[A-Z]\w+/);
      view?.unmount();
      view = undefined;
    }
  });
});

describe("analysed summary", () => {
  it("shows four cards with their level as data, word and class", async () => {
    const { root } = await popupWith({ state: tabStateFixture() });
    const cards = [...root.querySelectorAll("[data-finding]")];
    expect(cards.map((c) => [c.getAttribute("data-finding"), c.getAttribute("data-level")])).toEqual([
      ["cookies", "bad"],
      ["sharing", "caution"],
      ["optOut", "good"],
      ["tracking", "unknown"],
    ]);
    expect(cards[0]?.querySelector(".level")?.textContent).toBe("Concern");
    expect(cards[0]?.textContent).toContain("Uses third-party advertising cookies.");
  });

  it("says 'not mentioned' for a finding the policy doesn't mention", async () => {
    const { root } = await popupWith({ state: tabStateFixture() });
    const tracking = root.querySelector('[data-finding="tracking"]');
    expect(tracking?.querySelector(".level")?.textContent).toBe("Not mentioned");
    expect(tracking?.textContent).toContain("The policy doesn't mention Do Not Track");
  });

  it("expands a card with its button (aria-expanded) and collapses it again", async () => {
    const { root } = await popupWith({ state: tabStateFixture() });
    const toggle = root.querySelector<HTMLButtonElement>('[data-finding="cookies"] button[aria-expanded]');
    const details = root.querySelector<HTMLElement>(`#${toggle?.getAttribute("aria-controls")}`);
    expect(toggle?.getAttribute("aria-expanded")).toBe("false");
    expect(details?.hidden).toBe(true);
    await click(toggle);
    expect(toggle?.getAttribute("aria-expanded")).toBe("true");
    expect(details?.hidden).toBe(false);
    expect(details?.textContent).toContain("We allow advertising partners");
    await click(toggle);
    expect(details?.hidden).toBe(true);
  });

  it("asks the page to highlight a clicked quote", async () => {
    const { root, connector } = await popupWith({ state: tabStateFixture(), tabId: 42 });
    await click(root.querySelector('[data-finding="cookies"] .evidence__quote'));
    expect(connector.callsTo("highlight")).toEqual([
      [42, "We allow advertising partners to place cookies on your device."],
    ]);
    expect(root.querySelector('[data-finding="cookies"] .evidence__status')?.textContent).toBe(
      "Highlighted on the page.",
    );
  });

  it("says so when the quote is not found on the page", async () => {
    const { root } = await popupWith({ state: tabStateFixture(), highlightFound: false });
    await click(root.querySelector('[data-finding="sharing"] .evidence__quote'));
    const item = root.querySelector('[data-finding="sharing"] .evidence__item');
    expect(item?.getAttribute("data-quote-status")).toBe("missing");
    expect(item?.textContent).toContain("Couldn't mark this quote on the page");
  });

  it("renders page text as text, never as markup", async () => {
    const hostile = '<img src=x onerror="alert(1)"><b>bold</b>';
    const summary = summaryFixture();
    summary.cookies.facts = [hostile];
    summary.cookies.evidence = [{ text: hostile, segment: 1 }];
    const { root } = await popupWith({ state: tabStateFixture({ title: hostile, summary }) });
    expect(root.querySelector("img")).toBeNull();
    expect(root.querySelector("b")).toBeNull();
    expect(root.textContent).toContain(hostile);
  });

  it("copies the summary as Markdown", async () => {
    const { root, connector } = await popupWith({ state: tabStateFixture() });
    await click(root.querySelector('[data-action="copy-markdown"]'));
    const [[text]] = connector.callsTo("copyText") as [[string]];
    expect(text).toMatch(/^# Privacy summary: Example Shop privacy policy/);
    expect(text).toContain("## Cookies: Concern");
    expect(root.querySelector(".popup__notice")?.textContent).toBe("Summary copied.");
  });

  it("says when the clipboard refused", async () => {
    const { root } = await popupWith({ state: tabStateFixture(), clipboardWorks: false });
    await click(root.querySelector('[data-action="copy-markdown"]'));
    expect(root.querySelector(".popup__notice")?.textContent).toMatch(/Couldn't copy/);
  });
});

describe("actions", () => {
  it("'Analyse anyway' on an ordinary page analyses and then shows the result", async () => {
    const { root, connector } = await popupWith({
      page: notPolicyPage,
      stateAfterAnalysis: tabStateFixture({ trigger: "user" }),
    });
    await click(buttonNamed(root, "Analyse this page anyway"));
    expect(connector.callsTo("analyse")).toEqual([[7]]);
    expect(root.querySelector("[data-state]")?.getAttribute("data-state")).toBe("analysed");
  });

  it("'Analyse anyway' on a page that isn't a policy says so, and a card's silence is the page's", async () => {
    const notPolicy = { isPolicy: false, score: 0.1, reasons: [] };
    const { root } = await popupWith({
      page: notPolicyPage,
      stateAfterAnalysis: tabStateFixture({ trigger: "user", url: notPolicyPage.url, detection: notPolicy }),
    });
    await click(buttonNamed(root, "Analyse this page anyway"));
    const summary = root.querySelector('[data-state="analysed"]');
    expect(summary?.querySelector(".summary__warning")?.textContent).toMatch(
      /^This page doesn't look like a privacy policy\./,
    );
    // Tracking is "unknown" in the fixture: said of the page, not of a policy.
    const tracking = summary?.querySelector('[data-finding="tracking"] .finding__verdict')?.textContent;
    expect(tracking).toBe("This page doesn't mention it.");
    expect(summary?.textContent).not.toContain("The policy doesn't");
    // What the page does say keeps its verdict.
    expect(summary?.querySelector('[data-finding="cookies"] .finding__verdict')?.textContent).not.toBe(
      "This page doesn't mention it.",
    );
  });

  it.each([
    ["found automatically", tabStateFixture()],
    ["asked for on a page the detector took for a policy", tabStateFixture({ trigger: "user" })],
    ["the site's policy read from its link", sitePolicyStateFixture()],
  ])("a result %s has no such note, and says 'The policy doesn't…'", async (_name, state) => {
    const { root } = await popupWith({ state, page: pageInfoFixture() });
    expect(root.querySelector(".summary__warning")).toBeNull();
    expect(root.querySelector('[data-finding="tracking"] .finding__verdict')?.textContent).toMatch(
      /^The policy doesn't/,
    );
  });

  it("offers the site's policy when the page links to it", async () => {
    const page = { ...notPolicyPage, policyLink: "https://shop.example.com/privacy" };
    const { root, connector } = await popupWith({ page });
    await click(buttonNamed(root, "Analyse this site's privacy policy"));
    expect(connector.callsTo("analysePolicyAt")).toEqual([[7, "https://shop.example.com/privacy"]]);
    // Nothing came back for this tab: the policy opened elsewhere, and the popup says so.
    expect(root.querySelector(".popup__notice")?.textContent).toMatch(/new tab/);
  });

  it("names the other site when the policy link leaves this one", async () => {
    await import("@/lib/site-scope");
    const page = { ...notPolicyPage, policyLink: "https://legal.example-group.com/privacy" };
    const { root, connector } = await popupWith({ page });
    expect(buttonNamed(root, "Analyse this site's privacy policy")).toBeUndefined();
    expect(root.textContent).toContain("This site's privacy policy is on example-group.com");
    await click(buttonNamed(root, "Analyse example-group.com's privacy policy"));
    expect(connector.callsTo("analysePolicyAt")).toEqual([[7, "https://legal.example-group.com/privacy"]]);
  });

  it("has no site-policy button when there is no policy link", async () => {
    const { root } = await popupWith({ page: notPolicyPage });
    expect(buttonNamed(root, "Analyse this site's privacy policy")).toBeUndefined();
  });

  it("shows progress at once while an analysis the user asked for runs", async () => {
    const connector = fakeConnector({ page: notPolicyPage });
    let finish: () => void = () => {};
    connector.analyse = () => new Promise<void>((resolve) => (finish = resolve));
    view = await renderInto(<App connector={connector} />);
    await click(buttonNamed(view.root, "Analyse this page anyway"));
    expect(view.root.querySelector("[data-state]")?.getAttribute("data-state")).toBe("analysing");
    expect(view.root.querySelector("[aria-live]")?.textContent).toBe("Reading the policy…");
    connector.data.state = tabStateFixture({ trigger: "user" });
    finish();
    await flush();
    expect(view.root.querySelector("[data-state]")?.getAttribute("data-state")).toBe("analysed");
    expect(view.root.querySelector("[aria-live]")?.textContent).toBe("Summary ready.");
  });

  it("polls while the background is analysing, then shows the result", async () => {
    const { root, connector } = await popupWith({
      state: tabStateFixture({ status: "analysing", summary: null }),
    });
    connector.data.state = tabStateFixture();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await flush();
    expect(root.querySelector("[data-state]")?.getAttribute("data-state")).toBe("analysed");
  });

  it("turns the extension off on this site, and back on", async () => {
    const { root, connector } = await popupWith({ state: tabStateFixture(), page: pageInfoFixture() });
    await click(root.querySelector('[data-action="turn-off-site"]'));
    expect(connector.data.settings.disabledSites).toEqual(["shop.example.com"]);
    expect(root.querySelector("[data-state]")?.getAttribute("data-state")).toBe("disabled");
    expect(root.querySelector('[data-action="turn-off-site"]')).toBeNull();
    await click(buttonNamed(root, "Turn on for this site"));
    expect(connector.data.settings.disabledSites).toEqual([]);
    expect(root.querySelector("[data-state]")?.getAttribute("data-state")).toBe("analysed");
  });

  it("a site off through a listed parent says so, and turns the parent back on", async () => {
    // The popup loads the Public Suffix List on demand; loaded here first, it answers at once.
    await import("@/lib/site-scope");
    const { root, connector } = await popupWith({
      state: tabStateFixture(),
      page: pageInfoFixture(),
      settings: { autoDetect: true, disabledSites: ["example.com", "other.example"] },
    });
    const shown = root.querySelector('[data-state="disabled"]');
    expect(shown?.textContent).toMatch(/off on shop\.example\.com/);
    expect(shown?.textContent).toContain("You turned it off for example.com and its subdomains");
    // Already off: no "Turn off on this site".
    expect(root.querySelector('[data-action="turn-off-site"]')).toBeNull();
    expect(buttonNamed(root, "Turn on for this site")).toBeUndefined();
    await click(buttonNamed(root, "Turn on for example.com"));
    expect(connector.data.settings.disabledSites).toEqual(["other.example"]);
    expect(root.querySelector("[data-state]")?.getAttribute("data-state")).toBe("analysed");
  });

  it("opens itself in a tab for the same tab id, but not when already in one", async () => {
    const first = await popupWith({ state: tabStateFixture(), tabId: 12 });
    await click(first.root.querySelector('[data-action="open-in-tab"]'));
    expect(first.connector.callsTo("openInTab")).toEqual([[12]]);
    view?.unmount();
    const second = await popupWith({ state: tabStateFixture(), openedForTab: true });
    expect(second.root.querySelector('[data-action="open-in-tab"]')).toBeNull();
  });

  it("only the analysed state offers Markdown", async () => {
    const { root } = await popupWith({ page: notPolicyPage });
    expect(root.querySelector('[data-action="copy-markdown"]')).toBeNull();
  });

  it("opens the settings", async () => {
    const { root, connector } = await popupWith({ page: notPolicyPage });
    await click(root.querySelector('[data-action="settings"]'));
    expect(connector.callsTo("openOptions")).toHaveLength(1);
  });
});

describe("the site's policy, read from another page", () => {
  const expandAll = async (root: HTMLElement) => {
    for (const toggle of root.querySelectorAll('[data-finding] button[aria-expanded="false"]'))
      await click(toggle);
  };

  it("shows the quotes as text, without 'Show on page', and links to the policy page", async () => {
    const { root, connector } = await popupWith({ state: sitePolicyStateFixture(), page: homePageFixture() });
    await expandAll(root);
    expect(root.querySelectorAll("button.evidence__quote")).toHaveLength(0);
    expect(root.textContent).not.toContain("Show on page");
    const quotes = [...root.querySelectorAll(".evidence__quote q")].map((q) => q.textContent);
    expect(quotes).toContain("We allow advertising partners to place cookies on your device.");
    const cookies = root.querySelector('[data-finding="cookies"]');
    expect(cookies?.textContent).toContain("Quoted from the site's privacy policy, not from this page.");
    const link = cookies?.querySelector<HTMLAnchorElement>(".evidence__elsewhere a");
    expect(link?.getAttribute("href")).toBe(PAGE_URL);
    expect(link?.getAttribute("target")).toBe("_blank");
    expect(link?.getAttribute("rel")).toBe("noopener noreferrer");
    const source = root.querySelector(".summary__source");
    expect(source?.textContent).toBe(`Read from the site's privacy policy: ${PAGE_URL}`);
    expect(source?.querySelector("a")?.getAttribute("href")).toBe(PAGE_URL);
    expect(connector.callsTo("highlight")).toEqual([]);
  });

  it("still offers 'Show on page' when the policy link pointed at the page the tab shows", async () => {
    const { root } = await popupWith({ state: sitePolicyStateFixture(), page: pageInfoFixture() });
    await click(root.querySelector('[data-finding="cookies"] button[aria-expanded]'));
    expect(root.querySelector('[data-finding="cookies"] button.evidence__quote')?.textContent).toContain(
      "Show on page",
    );
    expect(root.querySelector(".evidence__elsewhere")).toBeNull();
  });

  it("never links an address that isn't a web page", async () => {
    const { root } = await popupWith({
      state: sitePolicyStateFixture({ url: "javascript:alert(1)" }),
      page: homePageFixture(),
    });
    expect(root.querySelector(".summary__source a")).toBeNull();
    expect(root.querySelector(".summary__source")?.textContent).toContain("javascript:alert(1)");
  });

  it("when the policy page can't be read, says which page and still offers this one", async () => {
    const error = `The policy page ${PAGE_URL} answered 404.`;
    const { root, connector } = await popupWith({
      state: sitePolicyStateFixture({ status: "error", summary: null, error }),
      page: homePageFixture(),
    });
    const state = root.querySelector('[data-state="error"]');
    expect(state?.querySelector("h2")?.textContent).toBe("Couldn't read the site's privacy policy");
    expect(state?.querySelector(".state__page")?.textContent).toBe(`Policy page: ${PAGE_URL}`);
    expect(state?.querySelector(".state__page a")?.getAttribute("href")).toBe(PAGE_URL);
    expect(state?.textContent).toContain(`Reason: ${error}`);
    await click(buttonNamed(root, "Try again"));
    expect(connector.callsTo("analysePolicyAt")).toEqual([[7, PAGE_URL]]);
    expect(connector.callsTo("analyse")).toEqual([]);
    await click(buttonNamed(root, "Analyse this page anyway"));
    expect(connector.callsTo("analyse")).toEqual([[7]]);
  });

  it("when the policy page is too large, says which page and still offers this one", async () => {
    const { root, connector } = await popupWith({
      state: sitePolicyStateFixture({ status: "too-large", summary: null }),
      page: homePageFixture(),
    });
    expect(root.querySelector('[data-state="too-large"] h2')?.textContent).toBe(
      "The site's privacy policy is too large to analyse",
    );
    expect(root.querySelector(".state__page a")?.getAttribute("href")).toBe(PAGE_URL);
    await click(buttonNamed(root, "Analyse this page anyway"));
    expect(connector.callsTo("analyse")).toEqual([[7]]);
  });

  it("an error reading the tab's own page keeps its plain wording and 'Try again' re-reads it", async () => {
    const { root, connector } = await popupWith({
      state: tabStateFixture({ status: "error", summary: null, error: "boom", trigger: "user" }),
      page: pageInfoFixture(),
    });
    expect(root.querySelector('[data-state="error"] h2')?.textContent).toBe("Couldn't read this page");
    expect(root.querySelector(".state__page")).toBeNull();
    expect(buttonNamed(root, "Analyse this page anyway")).toBeUndefined();
    await click(buttonNamed(root, "Try again"));
    expect(connector.callsTo("analyse")).toEqual([[7]]);
  });
});

describe("long unbroken text", () => {
  it("keeps a long address in a quote and a contact whole, as text", async () => {
    const { root } = await popupWith({ state: tabStateFixture({ summary: longTextSummary() }) });
    await click(root.querySelector('[data-finding="cookies"] button[aria-expanded]'));
    await click(root.querySelector('[data-finding="optOut"] button[aria-expanded]'));
    expect(root.querySelector('[data-finding="cookies"] .evidence__quote q')?.textContent).toContain(
      LONG_URL,
    );
    expect(root.querySelector('[data-finding="optOut"] .contact__value')?.textContent).toBe(
      LONG_URL.replace("https://", ""),
    );
  });
});
