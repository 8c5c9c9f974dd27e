/**
 * extractPolicy: a page → its title and readable blocks, in document order. Bounded: an element cap
 * (status "too-large" before any work) and a time budget checked while walking.
 */
import { MAX_PAGE_ELEMENTS } from "../limits";
import type { Block, Extraction } from "../types";
import { cleanSpaces } from "../whitespace";
import { collectBlocks } from "./blocks";
import { CODE_AND_MEDIA } from "./boilerplate";
import { createBudget } from "./budget";
import { preferReadability } from "./choose";
import { fallbackBlocks } from "./fallback";
import { readArticle } from "./readability";

export interface ExtractOptions {
  /** Pages with more elements are not read (status "too-large"). Default 50,000. */
  maxElements?: number;
  /** Milliseconds the walk may take before giving up (status "too-large"). Default 3000. */
  timeBudgetMs?: number;
  /** Clock, injectable for tests. Default performance.now. */
  now?: () => number;
  /**
   * The document is a private copy (parsed from HTML for this read) that extraction may rewrite in
   * place instead of cloning it first. Default false: a live page must never be changed.
   */
  ownsDocument?: boolean;
}

export const DEFAULT_MAX_ELEMENTS = MAX_PAGE_ELEMENTS;

/**
 * Subtrees the fallback walk skipped that Readability would only discard: code, styles, embedded media.
 * Removing them spares it serialising and walking them. Furniture (menus, footers) and forms stay:
 * removing those changed what Readability kept on 4 of the 94 OPP-115 pages (a menu and a feedback
 * form got into two of them).
 */
const NOTHING_FOR_READABILITY = new Set<string>(CODE_AND_MEDIA);

/** Removes the skipped subtrees Readability has no use for (see NOTHING_FOR_READABILITY). */
export function removeForReadability(skipped: readonly Element[]): void {
  for (const el of skipped) {
    // Structured data (JSON-LD) can name the article: Readability reads it for the title.
    if (el.localName === "script" && el.getAttribute("type") === "application/ld+json") continue;
    if (NOTHING_FOR_READABILITY.has(el.localName)) el.remove();
  }
}

export const DEFAULT_TIME_BUDGET_MS = 3000;

/**
 * Counts elements, up to `limit`. The DOM counts them natively (getElementsByTagName("*"), the check
 * Readability's maxElemsToParse makes too): far cheaper than a walk in script, even on a huge page.
 */
export function countElements(doc: Document, limit: number): number {
  const native = doc.getElementsByTagName("*").length;
  if (native > 0 || !doc.documentElement) return Math.min(native, limit);
  // linkedom (the CLI's DOM) answers 0 for "*": walk instead, stopping at `limit`.
  let count = 0;
  let el: Element | null = doc.documentElement;
  while (el && count < limit) {
    count++;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) el = el.parentElement;
    el = el?.nextElementSibling ?? null;
  }
  return count;
}

function pageTitle(doc: Document): string {
  const h1 = cleanSpaces(doc.querySelector("h1")?.textContent ?? "");
  return h1 || (doc.title ?? "").trim();
}

/** The title as the first heading, unless the text already starts with it. */
function withTitle(title: string, blocks: Block[]): Block[] {
  const first = blocks[0];
  if (!title || (first?.kind === "heading" && first.text === title)) return blocks;
  // "Privacy Notice" under the tab title "Privacy Notice | Orchard Bank" is the same title.
  if (blocks.slice(0, 3).some((b) => b.kind === "heading" && (b.text === title || title.includes(b.text))))
    return blocks;
  return [{ kind: "heading", text: title, level: 1 }, ...blocks];
}

export function extractPolicy(doc: Document, options: ExtractOptions = {}): Extraction {
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const now = options.now ?? (() => performance.now());
  const budget = createBudget(options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS, now);
  const fallbackTitle = pageTitle(doc);
  const tooLarge = (method: string): Extraction => ({
    status: "too-large",
    title: fallbackTitle,
    blocks: [],
    method,
  });

  if (countElements(doc, maxElements + 1) > maxElements) return tooLarge("none");
  // Readability rewrites what it reads: everything runs on a private copy (the caller's, if it owns one).
  const page = options.ownsDocument ? doc : (doc.cloneNode(true) as Document);
  const skipped: Element[] = [];
  // Links are resolved only for the walk whose blocks are kept.
  const fallback = fallbackBlocks(page, budget, skipped, true);
  if (fallback.aborted) return tooLarge("fallback");

  removeForReadability(skipped);
  const article = readArticle(page, maxElements);
  if (budget.expired()) return tooLarge("readability");
  const readable = article ? collectBlocks(article.content, { budget, deferLinks: true }) : null;
  if (readable?.aborted) return tooLarge("readability");

  const useReadability =
    readable !== null && readable.blocks.length > 0 && preferReadability(readable.blocks, fallback.blocks);
  const title = article?.title || fallbackTitle;
  const kept =
    useReadability && readable ? readable.withLinks(readable.blocks) : fallback.withLinks(fallback.blocks);
  const blocks = withTitle(title, kept);
  const method = useReadability ? "readability" : article ? "fallback" : "fallback:rejected";
  const hasText = blocks.some((b) => b.kind !== "heading");
  return { status: hasText ? "ok" : "empty", title, blocks: hasText ? blocks : [], method };
}
