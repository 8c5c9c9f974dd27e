// How the popup reaches the rest of the extension. The popup renders from plain data through this
// interface, so tests and screenshots can give it a fake one (like Dark Reader's mock connector).
import { browser } from "wxt/browser";
import { type PolicyChange, policyChangeSchema } from "@/lib/changes/record";
import { type BackgroundRequest, type PageInfo, pageInfoSchema } from "@/lib/messages";
import { type Settings, settingsItem, validSettings } from "@/lib/storage";
import { type TabState, tabStateSchema } from "@/lib/tab-state";
import { reportSchema, type ThirdPartyReport } from "@/lib/third-parties/report-schema";
import { ANSWER_WITHIN_MS, isNoAnswer, withTimeLimit } from "./time-limit";

export interface PopupConnector {
  /** The tab this popup is about: `?tab=<id>` (contract), else the active tab. */
  tabId(): Promise<number | null>;
  /** True when the tab came from `?tab=` — the popup is already open in a tab of its own. */
  openedForTab(): boolean;
  /** Rejects with a NoAnswerError (time-limit.ts) when the background does not answer in time. */
  tabState(tabId: number): Promise<TabState | null>;
  /**
   * What the detector content script saw; null where content scripts cannot run. Rejects with a
   * NoAnswerError when the page does not answer in time.
   */
  pageInfo(tabId: number): Promise<PageInfo | null>;
  settings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Resolves when the analysis has finished (its state is then in tabState). */
  analyse(tabId: number): Promise<void>;
  analysePolicyAt(tabId: number, url: string): Promise<void>;
  highlight(tabId: number, text: string): Promise<boolean>;
  openInTab(tabId: number): Promise<void>;
  openOptions(): Promise<void>;
  /** Resolves false when the browser refused the clipboard. */
  copyText(text: string): Promise<boolean>;
  /** The change of the tab's policy since the user last read it (lib/changes), if any. */
  policyChange?(tabId: number): Promise<PolicyChange | null>;
  /** The user has seen that change. */
  markChangeSeen?(tabId: number): Promise<void>;
  /** What the tab's page loaded beside its analysed policy; null when there is no policy or no page. */
  thirdParties?(tabId: number): Promise<ThirdPartyReport | null>;
}

/**
 * A request to the background. With `withinMs`, a NoAnswerError when no answer came in that time: the
 * popup's questions about the tab have one; an analysis, which the popup shows as under way, has none.
 */
async function ask(message: BackgroundRequest, withinMs?: number): Promise<unknown> {
  const sent = browser.runtime.sendMessage(message) as Promise<
    { result?: unknown; error?: string } | undefined
  >;
  const reply = await (withinMs === undefined ? sent : withTimeLimit(sent, withinMs, message.type));
  if (reply?.error) throw new Error(reply.error);
  return reply?.result;
}

function tabFromQuery(search: string): number | null {
  const fromQuery = new URLSearchParams(search).get("tab");
  return fromQuery && /^\d+$/.test(fromQuery) ? Number(fromQuery) : null;
}

/** `within`: the time limit of the popup's questions about the tab (tests shorten it). */
export function extensionConnector(search: string, within = ANSWER_WITHIN_MS): PopupConnector {
  return {
    async tabId() {
      const fromQuery = tabFromQuery(search);
      if (fromQuery !== null) return fromQuery;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    openedForTab() {
      return tabFromQuery(search) !== null;
    },
    async tabState(tabId) {
      const parsed = tabStateSchema.safeParse(await ask({ type: "get-tab-state", tabId }, within));
      return parsed.success ? parsed.data : null;
    },
    async pageInfo(tabId) {
      // null on pages where the extension cannot run: browser pages, the store. No answer in time is
      // not that: it is passed on (a page may be too busy to let the extractor in).
      const reply = await ask({ type: "get-page-info", tabId }, within).catch((error: unknown) => {
        if (isNoAnswer(error)) throw error;
        return null;
      });
      const parsed = pageInfoSchema.safeParse(reply);
      return parsed.success ? parsed.data : null;
    },
    async settings() {
      return validSettings(await settingsItem.getValue());
    },
    async saveSettings(settings) {
      await settingsItem.setValue(validSettings(settings));
    },
    async analyse(tabId) {
      await ask({ type: "analyze-tab", tabId });
    },
    async analysePolicyAt(tabId, url) {
      await ask({ type: "analyze-policy-url", tabId, url });
    },
    async highlight(tabId, text) {
      try {
        const raw = (await browser.tabs.sendMessage(tabId, { type: "highlight", text }, { frameId: 0 })) as
          | { found?: boolean }
          | undefined;
        return raw?.found === true;
      } catch {
        return false;
      }
    },
    async openInTab(tabId) {
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tabId}`) });
    },
    async openOptions() {
      await browser.runtime.openOptionsPage();
    },
    async policyChange(tabId) {
      const parsed = policyChangeSchema.safeParse(await ask({ type: "get-policy-change", tabId }, within));
      return parsed.success ? parsed.data : null;
    },
    async markChangeSeen(tabId) {
      await ask({ type: "policy-change-seen", tabId });
    },
    async thirdParties(tabId) {
      const parsed = reportSchema.safeParse(
        await ask({ type: "get-third-parties", tabId }, within).catch(() => null),
      );
      return parsed.success ? parsed.data : null;
    },
    async copyText(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
  };
}
