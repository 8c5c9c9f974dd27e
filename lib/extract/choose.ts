/**
 * Readability or the fallback? Readability drops furniture well but also drops parts of policies
 * (lists, accordions, tables, second <article>). Keep it only when it holds nearly all the prose the
 * fallback found.
 */
import type { Block } from "../types";

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
/** Fallback blocks shorter than this are too ambiguous to count as missing prose. */
const MIN_PROSE = 60;

export interface Coverage {
  /** Characters of fallback prose that Readability's text does not contain. */
  missingChars: number;
  readabilityChars: number;
}

export function coverage(readability: readonly Block[], fallback: readonly Block[]): Coverage {
  const text = norm(readability.map((b) => b.text).join(" \n "));
  // Most fallback blocks are one of Readability's blocks word for word: a set lookup answers those
  // (a block's normalised text is always inside the normalised whole); the rest search the whole.
  const same = new Set<string>();
  for (const b of readability) if (b.text.length >= MIN_PROSE) same.add(b.text);
  let missingChars = 0;
  for (const block of fallback) {
    if (block.kind === "heading" || block.text.length < MIN_PROSE || same.has(block.text)) continue;
    if (!text.includes(norm(block.text))) missingChars += block.text.length;
  }
  return { missingChars, readabilityChars: text.length };
}

/** Readability is kept when what it misses is small next to what it kept. */
export function preferReadability(c: Coverage): boolean {
  return c.missingChars <= Math.max(100, c.readabilityChars * 0.05);
}
