// Which state the popup shows, decided from plain data (pure, table-tested).
import type { PageInfo } from "@/lib/messages";
import { type Settings, siteOf } from "@/lib/storage";
import type { TabState } from "@/lib/tab-state";
import type { Summary } from "@/lib/types";

export interface TabData {
  tabId: number | null;
  state: TabState | null;
  page: PageInfo | null;
  settings: Settings;
  /** The listed site that switches the tab's site off (itself, or a parent that covers it); else null. */
  switchedOffBy: string | null;
  /** The other site the page's policy link goes to ("example-group.com"); null when it stays on this one. */
  policyLinkSite: string | null;
}

export type PopupView =
  | { kind: "loading" }
  | { kind: "unsupported" }
  /** entry: the listed site that switches this one off (the site itself, or a parent that covers it). */
  | { kind: "disabled"; site: string; entry: string }
  | { kind: "analysing" }
  /** quotesOnPage: the result was read from the tab's current page, so its quotes can be shown there. */
  | { kind: "analysed"; state: TabState; summary: Summary; quotesOnPage: boolean }
  /** policyUrl: set when what failed was the site's policy, fetched from another page by its link. */
  | { kind: "too-large"; state: TabState; policyUrl: string | null }
  | { kind: "error"; state: TabState; reason: "empty" | "error"; policyUrl: string | null }
  /** linkSite: the other site the policy link goes to, when it leaves this one. */
  | { kind: "not-policy"; page: PageInfo; detected: boolean; linkSite: string | null };

/** An address without its #fragment, for comparing pages; null when it isn't one. */
function pageAddress(url: string): string | null {
  try {
    const parsed = new URL(url);
    parsed.hash = "";
    return parsed.href;
  } catch {
    return null;
  }
}

/**
 * Whether a result was read from the page the tab shows now. A policy fetched by its link ("Analyse
 * this site's privacy policy") comes from another page, unless that link pointed at this very page.
 */
export function readFromThisPage(state: TabState, page: PageInfo | null): boolean {
  if (state.trigger !== "site-policy") return true;
  if (!page) return false;
  const read = pageAddress(state.url);
  return read !== null && read === pageAddress(page.url);
}

/** The site of the tab (for the per-site switch): the page's own address first. */
export function siteOfTab(data: TabData): string | null {
  return siteOf(data.page?.url ?? data.state?.url ?? "");
}

export function popupViewOf(data: TabData | null, analysisRequested = false): PopupView {
  if (!data) return { kind: "loading" };
  if (data.tabId === null) return { kind: "unsupported" };
  const { state, page } = data;
  // The user just asked: show progress at once, whatever an older result said.
  if (analysisRequested) return { kind: "analysing" };
  const site = siteOfTab(data);
  const entry = data.switchedOffBy;
  // A switched-off site stays quiet, unless the user asked for this page themselves.
  if (site && entry && (!state || state.trigger === "auto")) return { kind: "disabled", site, entry };
  if (state) {
    const policyUrl = readFromThisPage(state, page) ? null : state.url;
    switch (state.status) {
      case "analysing":
        return { kind: "analysing" };
      case "analysed":
        return state.summary
          ? { kind: "analysed", state, summary: state.summary, quotesOnPage: policyUrl === null }
          : { kind: "error", state, reason: "empty", policyUrl };
      case "too-large":
        return { kind: "too-large", state, policyUrl };
      case "empty":
        return { kind: "error", state, reason: "empty", policyUrl };
      case "error":
        return { kind: "error", state, reason: "error", policyUrl };
    }
  }
  if (page)
    return { kind: "not-policy", page, detected: page.detection.isPolicy, linkSite: data.policyLinkSite };
  return { kind: "unsupported" };
}

/** Whether the popup should look again soon: an analysis running, or about to start on its own. */
export function shouldPoll(data: TabData | null): boolean {
  if (!data) return false;
  if (data.state?.status === "analysing") return true;
  return !data.state && Boolean(data.page?.detection.isPolicy) && data.settings.autoDetect;
}
