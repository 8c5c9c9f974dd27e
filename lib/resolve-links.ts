// A <base> the parsing context ignored. The reader parses a page's HTML away from the page, with the
// <base> that page-html.ts adds so relative links keep their address; but Chrome's offscreen document
// (whose extension-page CSP has base-uri 'none') parses it as if the <base> were not there, and every
// relative link would point into the extension. There the links are resolved against it by hand.

/** Rewrites each relative a[href] of `doc` against its declared http(s) <base>, when `doc` ignored it. */
export function resolveLinksAgainstBase(doc: Document): void {
  const base = doc.querySelector("base[href]")?.getAttribute("href")?.trim() ?? "";
  if (!/^https?:\/\//i.test(base)) return;
  // The context honoured the <base>: nothing to do.
  if (/^https?:/i.test(doc.baseURI ?? "")) return;
  for (const a of Array.from(doc.querySelectorAll("a[href]"))) {
    const raw = a.getAttribute("href") ?? "";
    if (!raw || raw.startsWith("#") || /^[a-z][a-z\d+.-]*:/i.test(raw)) continue;
    try {
      a.setAttribute("href", new URL(raw, base).href);
    } catch {
      // An address that does not parse stays as written (the link reader drops it).
    }
  }
}
