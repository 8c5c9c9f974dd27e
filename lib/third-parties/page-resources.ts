// What a page loaded from other hosts, as addresses: the browser's resource timing entries plus the
// script, frame, image, stylesheet and media sources in the DOM. A saved page has no resource timing, so
// for it the addresses written in its inline scripts (tracker tags build their loader's address there)
// are read too. Pure: takes the document and the entries; bounded so a huge page costs little.

/** At most this many addresses are kept, each cut to this many characters. */
export const MAX_RESOURCE_URLS = 400;
const MAX_URL_CHARS = 300;
/** Elements and inline script characters looked at, at most. */
const MAX_ELEMENTS = 3000;
const MAX_INLINE_SCRIPT_CHARS = 500_000;

const SOURCES =
  "script[src],iframe[src],frame[src],img[src],video[src],audio[src],source[src],embed[src],track[src],input[type=image][src],object[data],link[href]";
/** Link relations that make the browser fetch the address (not canonical, alternate, author…). */
const LOADING_RELS = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/i;
const SCRIPT_TYPES = /^(|text\/javascript|application\/javascript|module|text\/ecmascript)$/i;

// A quoted address: "//host/…", "https://host/…" (also with JSON's escaped slashes), or a quoted
// ".host/…" that follows a scheme chosen at run time (Google Analytics' classic ga.js tag).
const QUOTED_URL = /["']((?:https?:)?\\?\/\\?\/[a-z0-9_-]+(?:\.[a-z0-9_-]+)+(?::\d+)?)([\\/?#][^"'\s]*)?/gi;
const QUOTED_DOT_HOST = /["']\.([a-z0-9_-]+(?:\.[a-z0-9_-]+)+)\//gi;

export interface ResourceOptions {
  /** Resource timing entry names (`performance.getEntriesByType("resource")`), in the browser. */
  resourceNames?: readonly string[];
  /** Also read addresses in inline scripts (saved pages, whose scripts never ran). */
  inlineScripts?: boolean;
}

function normalise(raw: string, base: string): string | null {
  const value = raw.trim();
  try {
    // A scheme-relative source ("//cdn.example.com/x.js") on a page without an address is still absolute.
    const url = new URL(value.startsWith("//") && !/^https?:/i.test(base) ? `https:${value}` : value, base);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return `${url.origin}${url.pathname}`.slice(0, MAX_URL_CHARS);
  } catch {
    return null;
  }
}

function inlineScriptUrls(doc: Document): string[] {
  const urls: string[] = [];
  let budget = MAX_INLINE_SCRIPT_CHARS;
  for (const script of Array.from(doc.querySelectorAll("script:not([src])"))) {
    if (budget <= 0) break;
    if (!SCRIPT_TYPES.test((script.getAttribute("type") ?? "").trim()) || script.closest("noscript"))
      continue;
    const text = (script.textContent ?? "").slice(0, budget);
    budget -= text.length;
    for (const m of text.matchAll(QUOTED_URL)) {
      const address = `${m[1] ?? ""}${m[2] ?? "/"}`.replace(/\\\//g, "/");
      urls.push(address.startsWith("//") ? `https:${address}` : address);
    }
    for (const m of text.matchAll(QUOTED_DOT_HOST)) urls.push(`https://${m[1]}/`);
  }
  return urls;
}

function elementUrls(doc: Document): string[] {
  const urls: string[] = [];
  const elements = doc.querySelectorAll(SOURCES);
  for (let i = 0; i < elements.length && i < MAX_ELEMENTS; i++) {
    const el = elements[i] as Element;
    // Inside <noscript> or <template> nothing is fetched while scripts run.
    if (el.closest("noscript,template")) continue;
    const tag = el.tagName.toLowerCase();
    if (tag === "link" && !LOADING_RELS.test(el.getAttribute("rel") ?? "")) continue;
    const value = el.getAttribute(tag === "link" ? "href" : tag === "object" ? "data" : "src");
    if (value) urls.push(value);
  }
  return urls;
}

/**
 * The distinct addresses (origin + path, no query) the page loaded from hosts other than its own,
 * resource timing first. `pageUrl` resolves relative sources and tells the page's own host.
 */
export function loadedResources(doc: Document, pageUrl: string, options: ResourceOptions = {}): string[] {
  let ownHost = "";
  try {
    ownHost = new URL(pageUrl).hostname;
  } catch {
    // A page without an address: relative sources are dropped, every absolute one is kept.
  }
  const raw = [
    ...(options.resourceNames ?? []),
    ...elementUrls(doc),
    ...(options.inlineScripts ? inlineScriptUrls(doc) : []),
  ];
  const seen = new Set<string>();
  for (const value of raw) {
    const url = normalise(value, pageUrl || "about:blank");
    if (!url || new URL(url).hostname === ownHost) continue;
    seen.add(url);
    if (seen.size >= MAX_RESOURCE_URLS) break;
  }
  return [...seen];
}
