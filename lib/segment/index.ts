// Blocks or plain text → paragraph-level segments (comparable to OPP-115's), each with its heading.
import type { Segment } from "../types";
import { segmentBlocks } from "./segmenter";
import { textToBlocks } from "./text-blocks";

export { MAX_CHARS, MIN_CHARS, segmentBlocks, TARGET_CHARS } from "./segmenter";
export { sentences, splitLong } from "./split";
export { isAllCaps, isTitleLike, textToBlocks } from "./text-blocks";

/** Plain-text policies (CLI .txt input, saved policies). */
export function segmentText(text: string): Segment[] {
  return segmentBlocks(textToBlocks(text));
}
