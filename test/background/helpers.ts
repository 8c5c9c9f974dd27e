// What the background services' tests share: the store over WXT's fake storage, a badge that records
// what it was asked to show, and a page (test/fixtures/site/privacy.html) as the extractor sends it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ShowBadge } from "../../lib/background/badge";
import type { PageHtmlMessage } from "../../lib/messages";
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
