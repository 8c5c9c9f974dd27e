// Bounds shared by the page side and the message protocol, so a page the extractor reads always fits
// what the background accepts (a hostile page cannot make it reject the whole result).

/** Most segments sent for one page; longer policies are cut here (real ones have a few hundred). */
export const MAX_SEGMENTS = 5000;
/** Longest segment text or heading accepted, in characters. */
export const MAX_SEGMENT_CHARS = 20_000;
/** Longest heading kept on a segment. */
export const MAX_HEADING_CHARS = 300;
/** Pages with more text than this are "too large to analyse" (the longest real policies are ~200k). */
export const MAX_PAGE_TEXT_CHARS = 2_000_000;
/** Largest page HTML sent from the tab to the background for reading. */
export const MAX_PAGE_HTML_CHARS = 20_000_000;
/** Pages with more elements than this are "too large to analyse" (the extractor's own cap is the same). */
export const MAX_PAGE_ELEMENTS = 50_000;
