// A version's fingerprint (record.ts) from its segments and summary, and its sentences back from one.
import type { Summary } from "../findings/index";
import { findingFacts } from "./diff";
import { type KeyedSentence, keyed, keyedSentences } from "./normalize";
import { packSentences, unpackSentences } from "./pack";
import type { Fingerprint } from "./record";

/** SHA-256 (hex) of the sentence keys in sorted order: the same for any reordering of the same text. */
export async function keysHash(sentences: readonly KeyedSentence[]): Promise<string> {
  const text = sentences
    .map((s) => s.key)
    .sort()
    .join("\n");
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Marks a heading among the packed sentences (a sentence never starts with this control character). */
const HEADING_MARK = "\u0001";

export async function fingerprintOf(
  segments: readonly { text: string; heading: string }[],
  summary: Summary,
  readAt: number,
): Promise<{ fingerprint: Fingerprint; sentences: KeyedSentence[] }> {
  const sentences = keyedSentences(segments);
  return {
    sentences,
    fingerprint: {
      hash: await keysHash(sentences),
      sentences: await packSentences(sentences.map((s) => (s.heading ? HEADING_MARK : "") + s.text)),
      findings: findingFacts(summary),
      readAt,
    },
  };
}

/** The remembered version's sentences with their keys; null when the packed text is unreadable. */
export async function sentencesOf(fingerprint: Fingerprint): Promise<KeyedSentence[] | null> {
  const texts = await unpackSentences(fingerprint.sentences);
  return (
    texts
      ?.map((text) => (text.startsWith(HEADING_MARK) ? keyed(text.slice(1), true) : keyed(text)))
      .filter((s) => s.words.length) ?? null
  );
}
