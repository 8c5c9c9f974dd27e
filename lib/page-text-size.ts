// "Too large to analyse", decided cheaply: used in the tab before anything is serialised, and again
// wherever a document is read.
import { MAX_PAGE_TEXT_CHARS } from "./limits";

// NodeFilter.SHOW_TEXT, spelled out: Node's DOM libraries don't all define the NodeFilter global.
const SHOW_TEXT = 0x4;

/** True when the page holds more text than any policy: counted node by node, stopping at the limit. */
export function hasTooMuchText(doc: Document, limit = MAX_PAGE_TEXT_CHARS): boolean {
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let total = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    total += (node as Text).length;
    if (total > limit) return true;
  }
  return false;
}
