/**
 * The fallback reader for policies Readability rejects or truncates (lists, accordions, tables, several
 * <article>s, sections side by side): a walk of the main content that drops page furniture.
 */

import { pageRoot } from "../detect/sample";
import type { Block } from "../types";
import { collectBlocks, type WalkResult } from "./blocks";
import { isFurniture } from "./boilerplate";
import type { Budget } from "./budget";

/** The element to read: <main> / [role=main] when it holds the content, else the body. */
export function contentRoot(doc: Document): Element | null {
  const body = pageRoot(doc);
  if (!body) return null;
  const mains = doc.querySelectorAll("main, [role=main]");
  if (mains.length === 1) {
    const main = mains[0];
    // Some sites mark only a small box as main: use it only when it holds most of the prose.
    if (main && paragraphCount(main) * 2 >= paragraphCount(body)) return main;
  }
  return body;
}

function paragraphCount(el: Element): number {
  return el.getElementsByTagName("p").length + el.getElementsByTagName("li").length;
}

/** Blocks that are mostly link text and short are menus or "related links", not policy text. */
function isLinkList(block: Block, linkChars: number): boolean {
  return block.kind !== "heading" && linkChars >= block.text.length * 0.7 && block.text.length < 200;
}

/** `skipped` receives the subtrees the walk dropped, `deferLinks` is the walk's (see WalkOptions). */
export function fallbackBlocks(
  doc: Document,
  budget: Budget,
  skipped?: Element[],
  deferLinks = false,
): WalkResult {
  const root = contentRoot(doc);
  if (!root) return { blocks: [], aborted: false, linkChars: [], withLinks: (b) => [...b] };
  const result = collectBlocks(root, { budget, skip: isFurniture, skipped, deferLinks });
  const blocks: Block[] = [];
  const linkChars: number[] = [];
  result.blocks.forEach((block, i) => {
    const links = result.linkChars[i] ?? 0;
    if (isLinkList(block, links)) return;
    blocks.push(block);
    linkChars.push(links);
  });
  return { blocks, aborted: result.aborted, linkChars, withLinks: result.withLinks };
}
