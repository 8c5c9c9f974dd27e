// How the popup reaches the rest of the extension. The popup renders from plain data through this
// interface, so tests and screenshots can give it a fake one (like Dark Reader's mock connector).
import { browser } from "wxt/browser";
import { type PageInfo, pageInfoSchema } from "@/lib/messages";
import { type TabState, tabStateSchema } from "@/lib/tab-state";

export interface PopupConnector {
  /** The tab this popup is about: `?tab=<id>` (contract), else the active tab. */
  tabId(): Promise<number | null>;
  tabState(tabId: number): Promise<TabState | null>;
  pageInfo(tabId: number): Promise<PageInfo | null>;
  analyse(tabId: number): Promise<void>;
  analysePolicyAt(tabId: number, url: string): Promise<void>;
  highlight(tabId: number, text: string): Promise<boolean>;
}

async function ask(message: unknown): Promise<unknown> {
  const reply = (await browser.runtime.sendMessage(message)) as { result?: unknown; error?: string } | undefined;
  if (reply?.error) throw new Error(reply.error);
  return reply?.result;
}

export function extensionConnector(search: string): PopupConnector {
  return {
    async tabId() {
      const fromQuery = new URLSearchParams(search).get("tab");
      if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    async tabState(tabId) {
      const parsed = tabStateSchema.safeParse(await ask({ type: "get-tab-state", tabId }));
      return parsed.success ? parsed.data : null;
    },
    async pageInfo(tabId) {
      try {
        const raw = await browser.tabs.sendMessage(tabId, { type: "get-page-info" }, { frameId: 0 });
        const parsed = pageInfoSchema.safeParse(raw);
        return parsed.success ? parsed.data : null;
      } catch {
        return null; // No content script: a browser page, the store, or a page still loading.
      }
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
  };
}
