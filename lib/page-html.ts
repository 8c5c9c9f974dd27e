/**
 * The page's HTML as the reader needs it: the body as rendered now, and from the head only what
 * reading uses (the title, metadata, a <base>, structured data that may name the article). The
 * head's scripts and styles are about a tenth of a saved policy page's HTML at the median, and the
 * reader would parse them only to throw them away.
 */
const HEAD_KEPT = "title, meta, base, script[type='application/ld+json']";

export function pageHtml(doc: Document): string {
  const root = doc.documentElement;
  if (!root) return "";
  const head = doc.head;
  const body = doc.body;
  // Not an ordinary HTML page (no head or no body element): send it whole.
  if (!head || !body) return root.outerHTML;
  let kept = "";
  for (const el of Array.from(head.querySelectorAll(HEAD_KEPT))) kept += el.outerHTML;
  // No doctype, as documentElement.outerHTML has none: the reader's parser treats both alike.
  return `<html><head>${kept}</head>${body.outerHTML}</html>`;
}
