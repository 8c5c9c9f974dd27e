// One tab's analysis as a small state machine: "analysing" (badge "…") → the page's HTML from the
// extractor → read (Readability + segmentation, off the page's main thread) → classified and
// summarised → "analysed", "empty", "too-large" or "error". Every state is stored and shown.
import type { WxtBrowser } from "wxt/browser";
import type { Model } from "../classify/index";
import type { InjectScript } from "../extension-api";
import { labelAndSummarize } from "../label-and-summarize";
import { type PageHtmlMessage, pageHtmlSchema, parseMessage } from "../messages";
import type { PageText } from "../page-text";
import type { TabState } from "../tab-state";
import type { TabStore } from "../tab-store";
import type { Segment, Summary } from "../types";
import type { ShowBadge } from "./badge";

export type Trigger = TabState["trigger"];

/** Reads a page's HTML into segments (Firefox: here; Chrome: in the offscreen document). */
export type ReadPage = (html: string, contentType: string) => Promise<PageText>;

/** A policy just read and summarised, for the services that remember something of it. */
export interface Reading {
  tabId: number;
  url: string;
  trigger: Trigger;
  isPolicy: boolean;
  isPrivate: boolean;
  segments: Segment[];
  summary: Summary;
}

/** Hears each reading; its failure is logged and never costs the user the summary. */
export type OnRead = (reading: Reading) => Promise<void>;

export interface AnalysisServices {
  browser: Pick<WxtBrowser, "tabs">;
  store: TabStore;
  showBadge: ShowBadge;
  inject: InjectScript;
  readPage: ReadPage;
  /** The classifier, loaded on first use. */
  model: () => Model;
  /** What else hears each reading (change alerts, third parties); none by default. */
  onRead?: OnRead[];
}

/** The final state for the HTML a page sent: read, then classified and summarised. */
export async function stateFromPage(
  page: PageHtmlMessage,
  trigger: Trigger,
  readPage: ReadPage,
  model: () => Model,
  now: () => number = Date.now,
  onSummary?: (segments: Segment[], summary: Summary) => Promise<void>,
): Promise<TabState> {
  const base = { url: page.url, title: page.title, detection: page.detection, trigger, updatedAt: now() };
  if (page.status !== "ok")
    return { ...base, segmentCount: 0, status: page.status, summary: null, error: page.error };
  const text = await readPage(page.html, page.contentType);
  const title = page.title || text.title;
  if (text.status !== "ok") return { ...base, title, segmentCount: 0, status: text.status, summary: null };
  // The page's address and title tell the site's own name from the third parties it names.
  const { summary } = labelAndSummarize(model(), text.segments, undefined, undefined, {
    url: page.url,
    title,
  });
  if (summary && onSummary) await onSummary(text.segments, summary);
  return {
    ...base,
    title,
    segmentCount: text.segments.length,
    status: summary ? "analysed" : "empty",
    summary,
  };
}

export interface Analysis {
  /** Stores a tab's state and shows its badge. */
  setState(tabId: number, state: TabState, isPrivate: boolean): Promise<void>;
  /** Analyses the tab's page (or, with policyUrl, the same-origin policy the page fetches). */
  analyse(tabId: number, trigger: Trigger, policyUrl?: string): Promise<TabState>;
}

export function createAnalysis(services: AnalysisServices): Analysis {
  const { browser, store, showBadge, inject, readPage, model, onRead = [] } = services;

  async function setState(tabId: number, state: TabState, isPrivate: boolean): Promise<void> {
    await store.set(tabId, state, isPrivate);
    await showBadge(tabId, state);
  }

  async function analyse(tabId: number, trigger: Trigger, policyUrl?: string): Promise<TabState> {
    const tab = await browser.tabs.get(tabId);
    const isPrivate = Boolean(tab.incognito);
    const pending: TabState = {
      status: "analysing",
      url: policyUrl ?? tab.url ?? "",
      title: tab.title ?? "",
      detection: { isPolicy: false, score: 0, reasons: [] },
      trigger,
      segmentCount: 0,
      summary: null,
      updatedAt: Date.now(),
    };
    await setState(tabId, pending, isPrivate);
    let state: TabState;
    try {
      await inject(tabId, "/extractor.js");
      const request = policyUrl ? { type: "extract-url", url: policyUrl } : { type: "extract" };
      const reply = parseMessage(
        pageHtmlSchema,
        await browser.tabs.sendMessage(tabId, request, { frameId: 0 }),
      );
      if (!reply.ok) throw new Error(`unexpected reply from the page: ${reply.error}`);
      const page = reply.value;
      const heard = async (segments: Segment[], summary: Summary): Promise<void> => {
        const reading: Reading = {
          tabId,
          url: page.url,
          trigger,
          isPolicy: page.detection.isPolicy,
          isPrivate,
          segments,
          summary,
        };
        for (const listener of onRead)
          await listener(reading).catch((error: unknown) => {
            console.warn("Privacy Glance: could not keep what this policy says:", error);
          });
      };
      state = await stateFromPage(page, trigger, readPage, model, Date.now, heard);
    } catch (error) {
      state = { ...pending, status: "error", error: String(error instanceof Error ? error.message : error) };
    }
    await setState(tabId, state, isPrivate);
    return state;
  }

  return { setState, analyse };
}
