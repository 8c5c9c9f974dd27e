// What the background services' tests share: the store over WXT's fake storage, a badge that records
// what it was asked to show, and a page (test/fixtures/site/privacy.html) as the extractor sends it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { vi } from "vitest";
import { browser } from "wxt/browser";
import { type Analysis, createAnalysis } from "../../lib/background/analysis";
import type { ShowBadge } from "../../lib/background/badge";
import type { PolicyChanges } from "../../lib/background/policy-changes";
import { requestHandlers } from "../../lib/background/requests";
import { loadBundledModel } from "../../lib/classify/bundled-model";
import type { InjectScript } from "../../lib/extension-api";
import { parseHtmlDocument } from "../../lib/html-document";
import type { PageHtmlMessage } from "../../lib/messages";
import { readPageHtml } from "../../lib/page-text";
import { tabStatesItem } from "../../lib/storage";
import type { TabState } from "../../lib/tab-state";
import { TabStore } from "../../lib/tab-store";

const SITE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/site");

export const POLICY_URL = "https://shop.example/privacy";

export function newStore(): TabStore {
  return new TabStore(tabStatesItem, () => {});
}

/** A ShowBadge that keeps, per tab, the last state it was given (and every call in order). */
export function recordingBadge(): {
  showBadge: ShowBadge;
  shown: Map<number, TabState | null>;
  calls: string[];
} {
  const shown = new Map<number, TabState | null>();
  const calls: string[] = [];
  return {
    shown,
    calls,
    showBadge: async (tabId, state) => {
      shown.set(tabId, state);
      calls.push(`${tabId}:${state?.status ?? "none"}`);
    },
  };
}

/** The extractor's reply for the fixture policy page. */
export function policyPageReply(overrides: Partial<PageHtmlMessage> = {}): PageHtmlMessage {
  return {
    type: "page-html",
    url: POLICY_URL,
    title: "Privacy Policy",
    contentType: "text/html",
    detection: { isPolicy: true, score: 0.9, reasons: ["title"] },
    status: "ok",
    html: readFileSync(path.join(SITE, "privacy.html"), "utf8"),
    ...overrides,
  };
}

/** The analysis service as background.ts wires it, over the fake browser, the real reader and model. */
export function realAnalysis(store: TabStore, showBadge: ShowBadge, inject: InjectScript): Analysis {
  const readPage = async (html: string, contentType: string) =>
    readPageHtml(html, contentType, parseHtmlDocument);
  return createAnalysis({ browser, store, showBadge, inject, readPage, model: loadBundledModel });
}

/** The message handlers over the fake browser, with policy changes and third parties recorded (vi.fn). */
export function handlersWith(services: {
  store: TabStore;
  showBadge: ShowBadge;
  inject: InjectScript;
  analysis: Analysis;
  autoAnalysisOn: (url: string) => Promise<boolean>;
}) {
  const changes: PolicyChanges = {
    onRead: vi.fn(async () => {}),
    pending: vi.fn(async () => null),
    changed: vi.fn(async () => false),
    markSeen: vi.fn(async () => true),
  };
  const thirdParties = { ofTab: vi.fn(async () => null), forget: vi.fn(async () => {}) };
  const handlers = requestHandlers({ ...services, browser, changes, thirdParties });
  return { handlers, changes, thirdParties };
}
