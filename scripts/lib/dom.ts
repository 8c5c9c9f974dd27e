import { parseHTML } from "linkedom";

/**
 * Parses an HTML string into a DOM Document in Node (linkedom: fast, no layout). Browsers put content
 * found after </body> or </html> into the body (HTML's "after body" rules); linkedom leaves it outside,
 * so those end tags are dropped first.
 */
export function parseHtmlDocument(html: string): Document {
  const { document } = parseHTML(html.replace(/<\/(body|html)\s*>/gi, ""));
  // A fragment without tags gives linkedom no <html> element at all; browsers would make one.
  if (!document.documentElement) return parseHtmlDocument(`<!doctype html><html><body>${html}`);
  return document as unknown as Document;
}
