// The analysis state machine against WXT's fake browser: the states a tab goes through, what is
// stored and shown at each step, and how each kind of failure ends.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { browser } from "wxt/browser";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { stateFromPage } from "../../lib/background/analysis";
import { loadBundledModel } from "../../lib/classify/bundled-model";
import { parseHtmlDocument } from "../../lib/html-document";
import { readPageHtml } from "../../lib/page-text";
import { newStore, POLICY_URL, policyPageReply, realAnalysis, recordingBadge } from "./helpers";

const readPage = async (html: string, contentType: string) =>
  readPageHtml(html, contentType, parseHtmlDocument);

describe("stateFromPage", () => {
  it("reads, classifies and summarises the page's HTML", async () => {
    const state = await stateFromPage(policyPageReply(), "auto", readPage, loadBundledModel, () => 7);
    expect(state.status).toBe("analysed");
    expect(state.segmentCount).toBeGreaterThan(3);
    expect(state.summary?.cookies.level).not.toBe("unknown");
    expect({
      url: state.url,
      title: state.title,
      trigger: state.trigger,
      updatedAt: state.updatedAt,
    }).toEqual({
      url: POLICY_URL,
      title: "Privacy Policy",
      trigger: "auto",
      updatedAt: 7,
    });
  });

  it("tells the site's own name from a third party by the page's address", async () => {
    const html =
      "<html><body><h1>Privacy</h1><p>We keep your orders for two years.</p>" +
      "<p>Facebook keeps the messages you send, and we share your address with Facebook.</p></body></html>";
    const page = (url: string) => policyPageReply({ url, title: "Privacy", html });
    const own = await stateFromPage(
      page("https://www.facebook.com/privacy"),
      "user",
      readPage,
      loadBundledModel,
    );
    const other = await stateFromPage(
      page("https://shop.example/privacy"),
      "user",
      readPage,
      loadBundledModel,
    );
    expect(own.summary?.sharing.namedThirdParties).not.toContain("Facebook");
    expect(other.summary?.sharing.namedThirdParties).toContain("Facebook");
  });

  it("passes on what the page could not send, without reading", async () => {
    const read = vi.fn(readPage);
    const state = await stateFromPage(
      policyPageReply({ status: "too-large", html: "", error: "too big" }),
      "user",
      read,
      loadBundledModel,
    );
    expect(read).not.toHaveBeenCalled();
    expect({ status: state.status, error: state.error, summary: state.summary }).toEqual({
      status: "too-large",
      error: "too big",
      summary: null,
    });
  });

  it("takes the read title when the tab has none, and says empty when nothing was readable", async () => {
    const state = await stateFromPage(
      policyPageReply({ title: "", html: "<html><head><title>Notice</title></head><body></body></html>" }),
      "user",
      readPage,
      loadBundledModel,
    );
    expect(state.status).toBe("empty");
    expect(state.segmentCount).toBe(0);
  });
});

describe("createAnalysis", () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  async function setUp() {
    const tab = await browser.tabs.create({ url: POLICY_URL });
    const store = newStore();
    const badge = recordingBadge();
    const inject = vi.fn(async () => {});
    const analysis = realAnalysis(store, badge.showBadge, inject);
    return { tabId: tab.id as number, store, badge, inject, analysis };
  }

  it("shows 'analysing', asks the extractor for the page, then stores and shows the result", async () => {
    const { tabId, store, badge, inject, analysis } = await setUp();
    const send = vi.spyOn(fakeBrowser.tabs, "sendMessage").mockResolvedValue(policyPageReply() as never);
    const state = await analysis.analyse(tabId, "user");
    expect(inject).toHaveBeenCalledWith(tabId, "/extractor.js");
    expect(send).toHaveBeenCalledWith(tabId, { type: "extract" }, { frameId: 0 });
    expect(badge.calls).toEqual([`${tabId}:analysing`, `${tabId}:analysed`]);
    expect(state.status).toBe("analysed");
    expect(await store.get(tabId)).toEqual(state);
  });

  it("asks for the same-origin policy's address when one is given", async () => {
    const { tabId, analysis } = await setUp();
    const send = vi.spyOn(fakeBrowser.tabs, "sendMessage").mockResolvedValue(policyPageReply() as never);
    const state = await analysis.analyse(tabId, "site-policy", `${POLICY_URL}/full`);
    expect(send).toHaveBeenCalledWith(
      tabId,
      { type: "extract-url", url: `${POLICY_URL}/full` },
      { frameId: 0 },
    );
    expect(state.trigger).toBe("site-policy");
  });

  it("ends in 'error' when the page cannot be scripted, keeping the pending state's address", async () => {
    const { tabId, store, badge, inject, analysis } = await setUp();
    inject.mockRejectedValue(new Error("Cannot access contents of the page"));
    const state = await analysis.analyse(tabId, "user", `${POLICY_URL}/full`);
    expect({ status: state.status, error: state.error, url: state.url }).toEqual({
      status: "error",
      error: "Cannot access contents of the page",
      url: `${POLICY_URL}/full`,
    });
    expect((await store.get(tabId))?.status).toBe("error");
    expect(badge.shown.get(tabId)?.status).toBe("error");
  });

  it("ends in 'error' on a malformed reply from the page", async () => {
    const { tabId, analysis } = await setUp();
    vi.spyOn(fakeBrowser.tabs, "sendMessage").mockResolvedValue({ type: "page-html", html: 5 } as never);
    const state = await analysis.analyse(tabId, "user");
    expect(state.status).toBe("error");
    expect(state.error).toMatch(/^unexpected reply from the page/);
  });
});
