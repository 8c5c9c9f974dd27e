// Chrome: the background's way to the offscreen document (entrypoints/offscreen), where pages are read
// with the browser's own DOM. One document serves every read: created on first use, closed when idle.
import { browser } from "wxt/browser";
import { pageTextSchema, parseMessage } from "./messages";
import type { PageText } from "./page-text";

const OFFSCREEN_PATH = "/offscreen.html";
/** Idle time before the document is closed: a page is not kept in memory for nothing. Shorter than the
 * service worker's own idle lifetime (30 s), so the timer still runs. */
const IDLE_CLOSE_MS = 20_000;
/** The one check-and-create in flight: callers at the same time share it (Chrome allows one document). */
let opening: Promise<void> | null = null;
let closing: Promise<void> | null = null;
let pendingReads = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

async function openDocument(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const existing = await browser.runtime.getContexts({
    contextTypes: ["OFFSCREEN_DOCUMENT"],
    documentUrls: [url],
  });
  if (existing.length > 0) return;
  await browser.offscreen.createDocument({
    url: OFFSCREEN_PATH,
    reasons: ["DOM_PARSER"],
    justification: "Read the text of privacy policy pages",
  });
}

async function ensureDocument(): Promise<void> {
  // A read that starts while the idle document is closing waits for it, then opens a new one.
  if (closing) await closing;
  // Checking and creating as one step: a second caller whose check ran before the first one's
  // document existed would otherwise create another, which Chrome refuses.
  opening ??= openDocument().finally(() => {
    opening = null;
  });
  await opening;
}

/** Reads a page's HTML in the offscreen document: extract → segment on the browser's own DOM. */
export async function readInOffscreenDocument(html: string, contentType: string): Promise<PageText> {
  clearTimeout(idleTimer);
  pendingReads++;
  try {
    await ensureDocument();
    const raw: unknown = await browser.runtime.sendMessage({ type: "read-page", html, contentType });
    const reply = parseMessage(pageTextSchema, raw);
    if (!reply.ok) {
      // The document says what went wrong when reading failed; otherwise the reply was malformed.
      const reason =
        typeof raw === "object" && raw !== null && "error" in raw ? String(raw.error) : reply.error;
      throw new Error(`the page could not be read: ${reason}`);
    }
    const { type: _, ...text } = reply.value;
    return text;
  } finally {
    pendingReads--;
    if (pendingReads === 0) idleTimer = setTimeout(closeDocument, IDLE_CLOSE_MS);
  }
}

function closeDocument(): void {
  if (pendingReads > 0 || opening) return;
  closing = browser.offscreen
    .closeDocument()
    // Already closed (or never opened in this worker's life): nothing to do.
    .catch(() => {})
    .finally(() => {
      closing = null;
    });
}
