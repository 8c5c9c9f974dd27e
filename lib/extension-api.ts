// Browser differences in one place (chosen at build time, never by user-agent sniffing).
import { browser } from "wxt/browser";

/** The toolbar button API: `action` in MV3, `browserAction` in MV2. */
export function toolbarAction() {
  return import.meta.env.MANIFEST_VERSION === 3 ? browser.action : browser.browserAction;
}

/** Runs one of our bundled scripts in a tab's top frame. */
export type InjectScript = (tabId: number, file: "/extractor.js" | "/page-detector.js") => Promise<void>;

export const injectScript: InjectScript = async (tabId, file) => {
  if (import.meta.env.MANIFEST_VERSION === 3) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
  } else {
    await browser.tabs.executeScript(tabId, { file, frameId: 0 });
  }
};
