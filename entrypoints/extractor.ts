// Injected on demand into one tab (a detected policy, or the user asked): hands the page's HTML to the
// background, which reads and classifies it away from the page's main thread; also answers the popup's
// highlight requests and tells the popup what the page is (and where the site's policy link points).
// A plain script: it announces nothing to the page.
import { browser } from "wxt/browser";
import { detectPolicy, findPolicyLink } from "@/lib/detect/index";
import { fetchPolicyHtml } from "@/lib/fetch-policy";
import { adoptHighlightStyle, clearHighlight, highlightText } from "@/lib/highlight";
import { MAX_PAGE_ELEMENTS, MAX_PAGE_HTML_CHARS } from "@/lib/limits";
import {
  type ContentRequest,
  contentRequestSchema,
  type PageHtmlMessage,
  parseMessage,
} from "@/lib/messages";
import { pageHtml, withBase } from "@/lib/page-html";
import { hasTooMuchText } from "@/lib/page-text-size";
import { loadedResources } from "@/lib/third-parties/page-resources";

// Injection can happen more than once per page: each copy removes the previous copy's listener.
const PREVIOUS_COPY = Symbol.for("privacy-glance.extractor");

function errorText(error: unknown): string {
  return String(error instanceof Error ? error.message : error).slice(0, 200);
}

/** This page's HTML as rendered now; serialising is the only work the page's main thread does. */
function currentPage(): PageHtmlMessage {
  const base = {
    type: "page-html" as const,
    url: location.href,
    title: document.title,
    contentType: document.contentType,
    detection: detectPolicy(document, location.href),
  };
  try {
    // Checked before serialising: on a huge page, serialising alone would hold up the page.
    const tooMany = document.getElementsByTagName("*").length > MAX_PAGE_ELEMENTS;
    if (tooMany || hasTooMuchText(document)) return { ...base, status: "too-large", html: "" };
    const html =
      document.contentType === "text/plain" ? (document.body?.textContent ?? "") : pageHtml(document);
    if (html.length > MAX_PAGE_HTML_CHARS) return { ...base, status: "too-large", html: "" };
    return { ...base, status: "ok", html };
  } catch (error) {
    return { ...base, status: "error", html: "", error: errorText(error) };
  }
}

/** The site's own policy, fetched from the same origin without leaving the page. */
async function policyAt(url: string): Promise<PageHtmlMessage> {
  const detection = { isPolicy: false, score: 0, reasons: [] };
  const base = { type: "page-html" as const, url, title: "", contentType: "text/html", detection };
  try {
    const html = withBase(await fetchPolicyHtml(url), url);
    if (html.length > MAX_PAGE_HTML_CHARS) return { ...base, status: "too-large", html: "" };
    return { ...base, status: "ok", html };
  } catch (error) {
    return { ...base, status: "error", html: "", error: errorText(error) };
  }
}

/** Whether the highlight's style is adopted: null until the first highlight tries. */
let painted: boolean | null = null;

function highlight(text: string): boolean {
  painted ??= adoptHighlightStyle(document);
  return highlightText(window, text, painted);
}

function respond(request: ContentRequest): Promise<unknown> | unknown {
  switch (request.type) {
    case "extract":
      return currentPage();
    case "extract-url":
      return policyAt(request.url);
    case "highlight":
      return { found: highlight(request.text) };
    case "clear-highlight":
      clearHighlight(window);
      return { found: false };
    case "list-loaded": {
      // What the page loaded from other hosts, for the popup's third-party rows.
      const start = performance.now();
      const resourceNames = performance.getEntriesByType("resource").map((entry) => entry.name);
      const urls = loadedResources(document, location.href, { resourceNames });
      return { type: "loaded-resources", url: location.href, urls, elapsedMs: performance.now() - start };
    }
    case "get-page-info": {
      const detection = detectPolicy(document, location.href);
      const policyLink = detection.isPolicy ? null : findPolicyLink(document, location.href);
      return { url: location.href, detection, policyLink };
    }
    default:
      return undefined;
  }
}

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as Record<symbol, (() => void) | undefined>;
  scope[PREVIOUS_COPY]?.();

  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
    // After the extension is reloaded, browser.runtime.id is gone: this copy goes quiet.
    if (!browser.runtime?.id || sender.id !== browser.runtime.id) return;
    const message = parseMessage(contentRequestSchema, raw);
    if (!message.ok) return;
    Promise.resolve(respond(message.value)).then(sendResponse, (error: unknown) =>
      sendResponse({ error: errorText(error) }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  scope[PREVIOUS_COPY] = () => browser.runtime.onMessage.removeListener(listener);
});
