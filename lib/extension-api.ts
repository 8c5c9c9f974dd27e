// Browser differences in one place (chosen at build time, never by user-agent sniffing).
import { browser } from "wxt/browser";

/** The toolbar button API: `action` in MV3, `browserAction` in MV2. */
export function toolbarAction() {
  return import.meta.env.MANIFEST_VERSION === 3 ? browser.action : browser.browserAction;
}

/**
 * Runs one of our bundled scripts in a tab's top frame, once the page's DOM is ready: never waiting for
 * the page to finish loading, which a page whose subresources hang never does. Resolves once it ran.
 */
export type InjectScript = (tabId: number, file: "/extractor.js" | "/page-detector.js") => Promise<void>;

export const injectScript: InjectScript = async (tabId, file) => {
  if (import.meta.env.MANIFEST_VERSION === 3) {
    // Chrome runs it at "document_idle": at the load event, or soon after DOMContentLoaded when the load
    // does not come (checked by test/e2e/first-look.e2e.ts). There is no runAt here, and
    // injectImmediately would run it before the DOM is there.
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
  } else {
    // Firefox's default, "document_idle", waits for the load event: a page that never finishes
    // loading would never run it (and the popup, which waits for the extractor, would wait forever).
    await browser.tabs.executeScript(tabId, { file, frameId: 0, runAt: "document_end" });
  }
};
