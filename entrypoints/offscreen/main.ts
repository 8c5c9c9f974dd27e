// Chrome only: an offscreen document, the one place a Manifest V3 extension has the browser's own DOM
// outside web pages. The background sends it a page's HTML; it reads the text (extract → segment) with
// a native, inert DOMParser and replies. Messages meant for the background are not answered here.
import { browser } from "wxt/browser";
import { parseMessage, readPageRequestSchema } from "@/lib/messages";
import { parseHtmlNatively } from "@/lib/native-html-document";
import { readPageHtml } from "@/lib/page-text";
import { isOwnExtensionPage } from "@/lib/sender";

const extensionOrigin = new URL(browser.runtime.getURL("/")).origin;

browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
  const request = parseMessage(readPageRequestSchema, raw);
  if (!request.ok || !isOwnExtensionPage(sender, browser.runtime.id, extensionOrigin)) return;
  try {
    const text = readPageHtml(request.value.html, request.value.contentType, parseHtmlNatively);
    sendResponse({ type: "page-text", ...text });
  } catch (error) {
    sendResponse({ error: String(error instanceof Error ? error.message : error) });
  }
});
