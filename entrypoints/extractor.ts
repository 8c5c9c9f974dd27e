// Injected on demand into one tab (a detected policy, or the user asked): reads the page text with
// Readability, segments it and replies to the background; also answers the popup's highlight requests
// and tells the popup what the page is (and, on an ordinary page, where the site's policy is).
// A plain script: it announces nothing to the page.
import { browser } from "wxt/browser";
import { detectPolicy, findPolicyLink } from "@/lib/detect/index";
import { parsePolicyHtml } from "@/lib/fetch-policy";
import { clearHighlight, HIGHLIGHT_CSS, highlightText } from "@/lib/highlight";
import {
  type ContentRequest,
  contentRequestSchema,
  type PageTextMessage,
  parseMessage,
} from "@/lib/messages";
import { readPageText } from "@/lib/page-text";

// Injection can happen more than once per page: each copy removes the previous copy's listener.
const PREVIOUS_COPY = Symbol.for("privacy-glance.extractor");

function errorText(error: unknown): string {
  return String(error instanceof Error ? error.message : error).slice(0, 200);
}

function readDocument(doc: Document, url: string): PageTextMessage {
  const detection = detectPolicy(doc, url);
  try {
    return { type: "page-text", url, detection, ...readPageText(doc) };
  } catch (error) {
    const failed = { title: doc.title, method: "none", segments: [], error: errorText(error) };
    return { type: "page-text", url, detection, status: "error", ...failed };
  }
}

async function readPolicyAt(url: string): Promise<PageTextMessage> {
  try {
    return readDocument(await parsePolicyHtml(url), url);
  } catch (error) {
    const detection = { isPolicy: false, score: 0, reasons: [] };
    const failed = { title: "", method: "none", segments: [], error: errorText(error) };
    return { type: "page-text", url, detection, status: "error", ...failed };
  }
}

let styleAdded = false;

function highlight(text: string): boolean {
  // The highlight colour is an adopted stylesheet: the page's DOM tree is left untouched.
  if (!styleAdded && "adoptedStyleSheets" in document) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    styleAdded = true;
  }
  return highlightText(window, text);
}

function respond(request: ContentRequest): Promise<unknown> | unknown {
  switch (request.type) {
    case "extract":
      return readDocument(document, location.href);
    case "extract-url":
      return readPolicyAt(request.url);
    case "highlight":
      return { found: highlight(request.text) };
    case "clear-highlight":
      clearHighlight(window);
      return { found: false };
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
