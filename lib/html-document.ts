// Parses page HTML into a DOM Document without a browser DOM (linkedom): the same
// parser serves the extension's background, which has no DOMParser in an MV3 service worker, and the CLI.
import { parseHTML } from "linkedom";

/**
 * Browsers put content found after </body> or </html> into the body (HTML's "after body" rules);
 * linkedom leaves it outside, so those end tags are dropped first. A fragment without tags gives
 * linkedom no <html> element at all, so it is wrapped in one, as a browser would.
 */
export function parseHtmlDocument(html: string): Document {
  const { document } = parseHTML(html.replace(/<\/(body|html)\s*>/gi, ""));
  if (!document.documentElement) return parseHtmlDocument(`<!doctype html><html><body>${html}`);
  return document as unknown as Document;
}
