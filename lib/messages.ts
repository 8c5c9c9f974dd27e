// The one message protocol between the extension's parts. Every message is parsed with zod on receipt;
// anything unknown or malformed is rejected.
import { z } from "zod/mini";
import { MAX_PAGE_HTML_CHARS, MAX_SEGMENT_CHARS, MAX_SEGMENTS } from "./limits";
import { MAX_LINK_HREF_CHARS, MAX_LINK_TEXT_CHARS, MAX_LINKS } from "./links";

const detectionSchema = z.object({
  isPolicy: z.boolean(),
  score: z.number(),
  reasons: z.array(z.string()),
});

const linkSchema = z.object({
  text: z.string().check(z.maxLength(MAX_LINK_TEXT_CHARS)),
  href: z.string().check(z.maxLength(MAX_LINK_HREF_CHARS)),
});

const segmentSchema = z.object({
  index: z.number(),
  text: z.string().check(z.maxLength(MAX_SEGMENT_CHARS)),
  heading: z.string().check(z.maxLength(MAX_SEGMENT_CHARS)),
  links: z.optional(z.array(linkSchema).check(z.maxLength(MAX_LINKS))),
});

/**
 * What reading a page produces (lib/page-text.ts), bounded as the background accepts it: Chrome's
 * offscreen document replies with it to "read-page".
 */
export const pageTextSchema = z.object({
  type: z.literal("page-text"),
  title: z.string(),
  status: z.enum(["ok", "too-large", "empty"]),
  method: z.string(),
  segments: z.array(segmentSchema).check(z.maxLength(MAX_SEGMENTS)),
});

/** Background → Chrome's offscreen document: read this page's HTML with the browser's own DOM. */
export const readPageRequestSchema = z.object({
  type: z.literal("read-page"),
  html: z.string().check(z.maxLength(MAX_PAGE_HTML_CHARS)),
  contentType: z.string(),
});

/**
 * The tab's reply to "extract" / "extract-url": the page's HTML as the browser has it now (rendered
 * content included). The background parses and reads it, so the page's main thread only serialises.
 */
export const pageHtmlSchema = z.object({
  type: z.literal("page-html"),
  url: z.string(),
  title: z.string(),
  contentType: z.string(),
  detection: detectionSchema,
  status: z.enum(["ok", "too-large", "error"]),
  html: z.string().check(z.maxLength(MAX_PAGE_HTML_CHARS)),
  error: z.optional(z.string().check(z.maxLength(500))),
});
export type PageHtmlMessage = z.infer<typeof pageHtmlSchema>;

/** Sent by the detector content script when a page looks like a policy (or stops looking like one). */
export const pageDetectedSchema = z.object({
  type: z.literal("page-detected"),
  url: z.string(),
  detection: detectionSchema,
});

/** Messages the background accepts. */
export const backgroundRequestSchema = z.discriminatedUnion("type", [
  pageDetectedSchema,
  z.object({ type: z.literal("get-tab-state"), tabId: z.number() }),
  z.object({ type: z.literal("analyze-tab"), tabId: z.number() }),
  z.object({ type: z.literal("analyze-policy-url"), tabId: z.number(), url: z.string() }),
  z.object({ type: z.literal("clear-results") }),
  z.object({ type: z.literal("get-page-info"), tabId: z.number() }),
  // Change alerts (lib/changes): the change of the tab's policy, and the user having seen it.
  z.object({ type: z.literal("get-policy-change"), tabId: z.number() }),
  z.object({ type: z.literal("policy-change-seen"), tabId: z.number() }),
  z.object({ type: z.literal("get-third-parties"), tabId: z.number() }),
]);
export type BackgroundRequest = z.infer<typeof backgroundRequestSchema>;

/** Messages the content scripts accept (from the extension's own pages only). */
export const contentRequestSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("get-page-info") }),
  z.object({ type: z.literal("extract") }),
  z.object({ type: z.literal("extract-url"), url: z.string() }),
  z.object({ type: z.literal("highlight"), text: z.string().check(z.maxLength(MAX_SEGMENT_CHARS)) }),
  z.object({ type: z.literal("clear-highlight") }),
  z.object({ type: z.literal("list-loaded") }),
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;

export const pageInfoSchema = z.object({
  url: z.string(),
  detection: detectionSchema,
  policyLink: z.nullable(z.string()),
});
export type PageInfo = z.infer<typeof pageInfoSchema>;

export const highlightResultSchema = z.object({ found: z.boolean() });

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Parses an incoming message; never throws. */
export function parseMessage<S extends z.ZodMiniType>(schema: S, raw: unknown): ParseResult<z.infer<S>> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data as z.infer<S> };
  return { ok: false, error: z.prettifyError(result.error) };
}
