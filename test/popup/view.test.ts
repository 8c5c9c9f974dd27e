import { describe, expect, it } from "vitest";
import { popupViewOf, readFromThisPage, type TabData } from "@/entrypoints/popup/view";
import type { PageInfo } from "@/lib/messages";
import { DEFAULT_SETTINGS } from "@/lib/storage";
import type { TabState } from "@/lib/tab-state";
import {
  HOME_URL,
  homePageFixture,
  PAGE_URL,
  pageInfoFixture,
  sitePolicyStateFixture,
  tabStateFixture,
} from "./fixtures";

describe("readFromThisPage: may quotes be shown on the tab's page?", () => {
  const cases: { name: string; state: TabState; page: PageInfo | null; expected: boolean }[] = [
    { name: "found on this page", state: tabStateFixture(), page: pageInfoFixture(), expected: true },
    {
      name: "asked for on this page",
      state: tabStateFixture({ trigger: "user" }),
      page: pageInfoFixture(),
      expected: true,
    },
    {
      name: "the site's policy, fetched from the home page",
      state: sitePolicyStateFixture(),
      page: homePageFixture(),
      expected: false,
    },
    {
      name: "the site's policy, page unknown (content script unavailable)",
      state: sitePolicyStateFixture(),
      page: null,
      expected: false,
    },
    {
      name: "the policy link pointed at this very page (fragment aside)",
      state: sitePolicyStateFixture({ url: `${PAGE_URL}#cookies` }),
      page: pageInfoFixture({ url: PAGE_URL }),
      expected: true,
    },
    {
      name: "same path, other query",
      state: sitePolicyStateFixture({ url: `${PAGE_URL}?lang=de` }),
      page: pageInfoFixture({ url: PAGE_URL }),
      expected: false,
    },
    {
      name: "unparsable address",
      state: sitePolicyStateFixture({ url: "not a url" }),
      page: pageInfoFixture({ url: "not a url" }),
      expected: false,
    },
  ];

  it.each(cases)("$name → $expected", ({ state, page, expected }) => {
    expect(readFromThisPage(state, page)).toBe(expected);
  });
});

describe("popupViewOf for the site's policy read from another page", () => {
  const data = (state: TabState, page: PageInfo | null = homePageFixture()): TabData => ({
    tabId: 7,
    state,
    page,
    settings: DEFAULT_SETTINGS,
    switchedOffBy: null,
    policyLinkSite: null,
  });

  it("an analysed result offers no 'Show on page'", () => {
    const view = popupViewOf(data(sitePolicyStateFixture()));
    expect(view).toMatchObject({ kind: "analysed", quotesOnPage: false });
  });

  it("a result of the tab's own page does", () => {
    const view = popupViewOf(data(tabStateFixture(), pageInfoFixture()));
    expect(view).toMatchObject({ kind: "analysed", quotesOnPage: true });
  });

  it.each([
    ["error", "error"],
    ["empty", "error"],
    ["too-large", "too-large"],
  ] as const)("a %s says which page it was (%s)", (status, kind) => {
    const view = popupViewOf(data(sitePolicyStateFixture({ status, summary: null })));
    expect(view).toMatchObject({ kind, policyUrl: PAGE_URL });
  });

  it("an error on the tab's own page has no policy address", () => {
    const view = popupViewOf(data(tabStateFixture({ status: "error", summary: null, url: HOME_URL })));
    expect(view).toMatchObject({ kind: "error", policyUrl: null });
  });
});

describe("popupViewOf for a switched-off site", () => {
  const data = (switchedOffBy: string | null, state: TabState | null = null): TabData => ({
    tabId: 7,
    state,
    page: pageInfoFixture(),
    settings: { autoDetect: true, disabledSites: switchedOffBy ? [switchedOffBy] : [] },
    switchedOffBy,
    policyLinkSite: null,
  });

  it.each([
    ["the site itself", "shop.example.com"],
    ["a listed parent that covers it", "example.com"],
  ])("off through %s", (_name, entry) => {
    expect(popupViewOf(data(entry))).toEqual({ kind: "disabled", site: "shop.example.com", entry });
  });

  it("not off when no listed site covers it", () => {
    expect(popupViewOf(data(null)).kind).toBe("not-policy");
  });

  it("a page the user asked for is shown even under a switched-off parent", () => {
    expect(popupViewOf(data("example.com", tabStateFixture({ trigger: "user" }))).kind).toBe("analysed");
  });
});

describe("popupViewOf for an ordinary page with a policy link", () => {
  const page = pageInfoFixture({
    url: "https://www.example.com/",
    detection: { isPolicy: false, score: 0.1, reasons: [] },
    policyLink: "https://example-group.com/privacy",
  });
  const data = (policyLinkSite: string | null): TabData => ({
    tabId: 7,
    state: null,
    page,
    settings: DEFAULT_SETTINGS,
    switchedOffBy: null,
    policyLinkSite,
  });

  it("carries the other site the link goes to, or none when it stays on this one", () => {
    expect(popupViewOf(data("example-group.com"))).toMatchObject({
      kind: "not-policy",
      linkSite: "example-group.com",
    });
    expect(popupViewOf(data(null))).toMatchObject({ kind: "not-policy", linkSite: null });
  });
});
