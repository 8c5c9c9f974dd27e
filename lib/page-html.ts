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
  // The reader parses the HTML away from the page: a <base> keeps the page's relative links readable.
  if (!head.querySelector("base[href]") && /^https?:/i.test(doc.URL)) kept = baseTag(doc.URL) + kept;
  // No doctype, as documentElement.outerHTML has none: the reader's parser treats both alike.
  return `<html><head>${kept}</head>${body.outerHTML}</html>`;
}

/** `<base href="…">` for `url`, the address written as an attribute value (quotes and "<" escaped). */
function baseTag(url: string): string {
  const value = url.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<base href="${value}">`;
}

/**
 * Fetched policy HTML with a <base> for the address it came from, unless it declares its own: it is
 * read away from its page, and its relative links (a "/privacy/choices" opt-out) need that address.
 */
export function withBase(html: string, url: string): string {
  if (!/^https?:/i.test(url) || /<base\s[^>]*href/i.test(html)) return html;
  const tag = baseTag(url);
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  return head
    ? html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length)
    : tag + html;
}
