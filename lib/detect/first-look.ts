/**
 * The background's side of detection. Ordinary pages run no code of ours: the background sees each
 * tab's address and title as the browser reports them and injects the detector (page-detector.js)
 * only into a page whose address or title may name a policy (hints.ts). The detector then reads the
 * headings and a text sample there, and keeps watching the page (late content, single-page routes).
 */
import { tabLooksLikePolicy } from "./hints";

/** The parts of a tabs.onUpdated change and of the tab that matter here. */
export interface TabUpdate {
  status?: string;
  url?: string;
  title?: string;
}

/** Only web pages (and local files, where the user allowed it) can hold a policy we can read. */
const READABLE_URL = /^(https?|file):/i;

/**
 * True when this update is the moment to inject the detector: the page has finished loading, or a
 * loaded page changed its address or title (single-page apps do both without loading), and the tab's
 * address or title may name a policy.
 */
export function wantsDetector(change: TabUpdate, tab: TabUpdate): boolean {
  if (tab.status !== "complete") return false;
  if (change.status !== "complete" && change.url === undefined && change.title === undefined) return false;
  const url = tab.url ?? "";
  return READABLE_URL.test(url) && tabLooksLikePolicy(url, tab.title ?? "");
}
