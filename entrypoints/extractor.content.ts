// Injected on demand (a detected policy, or the user asked): reads the page text with Readability,
// segments it and replies to the background; also answers highlight requests from the popup.

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

// Injection can happen more than once per page; one listener is enough.
const LOADED = Symbol.for("privacy-glance.extractor");

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
    return {
      type: "page-text",
      url,
      detection,
      title: "",
      status: "error",
      method: "none",
      segments: [],
      error: errorText(error),
    };
  }
}

export default defineContentScript({
  registration: "runtime",
  matches: ["<all_urls>"],
  // Don't announce ourselves to the page's own message listeners.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const scope = globalThis as unknown as Record<symbol, boolean>;
    if (scope[LOADED]) return;
    scope[LOADED] = true;
    let styleAdded = false;

    const highlight = (text: string): boolean => {
      // The highlight colour is an adopted stylesheet: the page's DOM tree is left untouched.
      if (!styleAdded && "adoptedStyleSheets" in document) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(HIGHLIGHT_CSS);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        styleAdded = true;
      }
      return highlightText(window, text);
    };

    const respond = (request: ContentRequest): Promise<unknown> | unknown => {
      switch (request.type) {
        case "extract":
          return readDocument(document, location.href);
        case "extract-url":
          return readPolicyAt(request.url);
        case "highlight":
          return { found: highlight(request.text) };
        case "find-policy-link":
          return { policyLink: findPolicyLink(document, location.href) };
        case "clear-highlight":
          clearHighlight(window);
          return { found: false };
        default:
          return undefined;
      }
    };

    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id || ctx.isInvalid) return;
      const message = parseMessage(contentRequestSchema, raw);
      if (!message.ok || message.value.type === "get-page-info") return;
      Promise.resolve(respond(message.value)).then(sendResponse, (error: unknown) =>
        sendResponse({ error: errorText(error) }),
      );
      return true;
    });
  },
});
