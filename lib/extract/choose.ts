/**
 * Readability or the fallback? Readability drops furniture well but also drops parts of policies
 * (lists, accordions, tables, second <article>). Keep it only when it holds nearly all the prose the
 * fallback found.
 */
import type { Block } from "../types";

const NON_ASCII = /[\u0080-\uffff]/;
const NOT_ASCII_WORD = /[^a-z0-9]+/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Lower-cased letters and digits, every other run as one space. Most policies are ASCII, where the
 * plain character class gives the same result as \p{L}\p{N} several times faster.
 */
export function normalizeProse(s: string): string {
  const lower = s.toLowerCase();
  return lower.replace(NON_ASCII.test(lower) ? NOT_WORD : NOT_ASCII_WORD, " ").trim();
}

/** Fallback blocks shorter than this are too ambiguous to count as missing prose. */
const MIN_PROSE = 60;

/**
 * Readability is kept when the prose it misses is small next to what it kept: at most 100
 * characters, or 5% of its own (normalised) text.
 */
export function preferReadability(readability: readonly Block[], fallback: readonly Block[]): boolean {
  // Most fallback blocks are one of Readability's blocks word for word: a set lookup answers those.
  // The others are searched in Readability's whole text, first as it is (text inside it is inside its
  // normalised form too), then normalised; each form is built the first time a block needs it.
  const same = new Set<string>();
  for (const b of readability) if (b.text.length >= MIN_PROSE) same.add(b.text);
  let raw: string | null = null;
  let text: string | null = null;
  let missingChars = 0;
  for (const block of fallback) {
    if (block.kind === "heading" || block.text.length < MIN_PROSE || same.has(block.text)) continue;
    raw ??= readability.map((b) => b.text).join(" \n ");
    if (raw.includes(block.text)) continue;
    text ??= normalizeProse(raw);
    if (text.includes(normalizeProse(block.text))) continue;
    missingChars += block.text.length;
    // Enough is missing already: the rest need not be searched.
    if (missingChars > allowedMissing(text)) return false;
  }
  return missingChars <= allowedMissing(text ?? "");
}

/** Prose Readability may miss and still be kept: 100 characters, or 5% of its normalised text. */
function allowedMissing(normalizedText: string): number {
  return Math.max(100, normalizedText.length * 0.05);
}
