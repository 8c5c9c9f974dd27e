// The background's one door for runtime messages: parsed with zod, then the sender rule (content
// scripts may send only what they need to, everything else only from our own extension pages), then
// the message type's handler. Replies are { result } or { error }.
import { type BackgroundRequest, backgroundRequestSchema, parseMessage } from "../messages";
import { isOwnContentScript, isOwnExtensionPage, type SenderLike } from "../sender";
import type { RequestHandlers } from "./requests";

/** The only messages a content script (running in a web page) may send. */
export const FROM_CONTENT_SCRIPTS: ReadonlySet<BackgroundRequest["type"]> = new Set(["page-detected"]);

export interface Extension {
  /** browser.runtime.id */
  id: string;
  /** The origin of the extension's own pages (popup, options). */
  origin: string;
}

/** Whether this sender may send a message of this type. */
export function senderMayAsk(
  type: BackgroundRequest["type"],
  sender: SenderLike,
  extension: Extension,
): boolean {
  if (FROM_CONTENT_SCRIPTS.has(type))
    return isOwnContentScript(sender, extension.id) && !sender.url?.startsWith(extension.origin);
  return isOwnExtensionPage(sender, extension.id, extension.origin);
}

export type Reply = { result: unknown } | { error: string };

/** The request, when it is well-formed and its sender may send it; otherwise the reply that rejects it. */
export function admit(
  raw: unknown,
  sender: SenderLike,
  extension: Extension,
): { request: BackgroundRequest } | { rejected: Reply } {
  const message = parseMessage(backgroundRequestSchema, raw);
  if (!message.ok) return { rejected: { error: "rejected: malformed message" } };
  if (!senderMayAsk(message.value.type, sender, extension))
    return { rejected: { error: "rejected: unexpected sender" } };
  return { request: message.value };
}

/** Runs the request's handler; never throws (a failure is an { error } reply). */
export async function answer(
  request: BackgroundRequest,
  senderTabId: number | undefined,
  handlers: RequestHandlers,
): Promise<Reply> {
  // The table pairs each type with its own handler.
  const handler = handlers[request.type] as (r: BackgroundRequest, tabId?: number) => Promise<unknown>;
  try {
    return { result: await handler(request, senderTabId) };
  } catch (error) {
    return { error: String(error instanceof Error ? error.message : error) };
  }
}

/**
 * A runtime.onMessage listener: rejections are answered at once; accepted requests keep the channel
 * open (returns true) until their handler is done.
 */
export function messageListener(extension: Extension, handlers: RequestHandlers) {
  return (raw: unknown, sender: SenderLike, sendResponse: (reply: Reply) => void): true | undefined => {
    const admitted = admit(raw, sender, extension);
    if ("rejected" in admitted) {
      sendResponse(admitted.rejected);
      return undefined;
    }
    answer(admitted.request, sender.tab?.id, handlers).then(sendResponse);
    return true;
  };
}
