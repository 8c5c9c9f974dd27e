// Shows an evidence sentence on the page without rewriting the page's DOM: the CSS Custom Highlight
// API paints a Range; where it is missing, the browser's own selection marks the text instead.

const HIGHLIGHT_NAME = "privacy-glance-evidence";
const MAX_TEXT_NODES = 50_000;

/**
 * One character as both sides are compared: lower case, curly quotes and apostrophes straight, every
 * dash a hyphen; "" for characters that print nothing (soft hyphen, zero-width spaces and joiners).
 * The page is read character by character with the same mapping, so offsets stay exact.
 */
export function foldChar(c: string): string {
  if (/[\u00ad\u200b-\u200d\u2060\ufeff]/.test(c)) return "";
  if (/[\u2018\u2019\u201a\u201b\u2032]/.test(c)) return "'";
  if (/[\u201c\u201d\u201e\u201f\u2033]/.test(c)) return '"';
  if (/[\u2010-\u2015\u2212]/.test(c)) return "-";
  return c.toLowerCase();
}

/** A text as the page is searched for it: spaces collapsed, each character folded (foldChar). */
export function normalise(text: string): string {
  let out = "";
  // Code unit by code unit, keeping one folded character each: exactly as the page is read below.
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (/\s/.test(c)) {
      if (out && !out.endsWith(" ")) out += " ";
      continue;
    }
    out += foldChar(c)[0] ?? "";
  }
  return out.trim();
}

/** Shortest part of a quote worth finding on its own (a table cell, the start of a long sentence). */
const MIN_PART = 12;

/**
 * What to look for, best first: the whole quote, then without the "…" we added where we cut it, then
 * its parts where we joined text the page shows apart (a table row's "column — value" pairs, cells
 * joined by " | "), longest first, then its first 80 characters.
 */
export function searchTargets(quote: string): string[] {
  const whole = normalise(quote);
  const uncut = whole.replace(/\s*…$/, "");
  const parts = uncut
    .split(/\s[-|]\s|;\s/)
    .map((p) => p.trim())
    .filter((p) => p.length >= MIN_PART)
    .sort((a, b) => b.length - a.length);
  const targets = [whole, uncut, ...parts];
  if (uncut.length > 80) targets.push(uncut.slice(0, 80));
  return [...new Set(targets.filter(Boolean))];
}

/** Elements that start a new line of text (the rest are inline: links, emphasis, spans). */
const INLINE =
  /^(?:A|ABBR|B|BDI|BDO|CITE|CODE|DATA|DFN|EM|FONT|I|KBD|LABEL|MARK|Q|S|SAMP|SMALL|SPAN|STRONG|SUB|SUP|TIME|U|VAR|WBR)$/;

/** The nearest ancestor of `node` that is not inline: the block its text belongs to. */
function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE.test(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}

/** Finds the first place where `needle` occurs in the page text, across text nodes, ignoring case and spacing. */
export function findTextRange(doc: Document, needle: string): Range | null {
  const targets = searchTargets(needle);
  if (!targets.length || !doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  // One flat, whitespace-collapsed string of the page, with each character's node and offset.
  let flat = "";
  const nodeAt: Text[] = [];
  const offsetAt: number[] = [];
  let count = 0;
  let block: Element | null = null;
  for (let node = walker.nextNode(); node && count < MAX_TEXT_NODES; node = walker.nextNode(), count++) {
    const parent = node.parentElement;
    if (parent && /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName)) continue;
    const text = node.textContent ?? "";
    // Text of one paragraph runs on across inline elements ("your <a>Ad settings</a>."); a new block
    // is a break, as the extractor reads it.
    const here = blockOf(node);
    if (here !== block && flat && !flat.endsWith(" ")) {
      flat += " ";
      nodeAt.push(node as Text);
      offsetAt.push(0);
    }
    block = here;
    for (let i = 0; i < text.length; i++) {
      const isSpace = /\s/.test(text[i] ?? "");
      if (isSpace && (flat.length === 0 || flat.endsWith(" "))) continue;
      const folded = isSpace ? " " : foldChar(text[i] ?? "");
      // One page character gives at most one compared character ("İ" lower-cases to two: keep the first).
      if (!folded) continue;
      flat += folded[0];
      nodeAt.push(node as Text);
      offsetAt.push(i);
    }
  }
  // The whole quote if the page has it; else its best part (see searchTargets).
  let target = "";
  let at = -1;
  for (const candidate of targets) {
    at = flat.indexOf(candidate);
    if (at >= 0) {
      target = candidate;
      break;
    }
  }
  if (at < 0) return null;
  const last = at + target.length - 1;
  const range = doc.createRange();
  range.setStart(nodeAt[at] as Text, offsetAt[at] ?? 0);
  range.setEnd(nodeAt[last] as Text, Math.min((offsetAt[last] ?? 0) + 1, (nodeAt[last] as Text).length));
  return range;
}

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

/**
 * Scrolls to and marks `text`; returns whether it was found. `painted` says whether the highlight's
 * style could be adopted (adoptHighlightStyle): without it a Custom Highlight would be invisible, so
 * the selection marks the text instead.
 */
export function highlightText(win: Window, text: string, painted = true): boolean {
  const range = findTextRange(win.document, text);
  clearHighlight(win);
  if (!range) return false;
  const registry = ((win as unknown as { CSS?: unknown }).CSS as { highlights?: HighlightRegistry })
    .highlights;
  const HighlightCtor = (win as unknown as { Highlight?: new (r: Range) => unknown }).Highlight;
  if (painted && registry && HighlightCtor) {
    registry.set(HIGHLIGHT_NAME, new HighlightCtor(range));
  } else {
    const selection = win.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: "center", behavior: "smooth" });
  return true;
}

export function clearHighlight(win: Window): void {
  ((win as unknown as { CSS?: unknown }).CSS as { highlights?: HighlightRegistry }).highlights?.delete(
    HIGHLIGHT_NAME,
  );
}

/** The style rule that paints the highlight; adopted as a stylesheet, not inserted into the DOM. */
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: #fde047; color: #111827; }`;

/**
 * Adds the highlight's style to the document's adopted stylesheets (the page's DOM tree is left
 * untouched); returns whether it could. The list is read by index, not iterated: in a Firefox content
 * script the page's list is seen through a wrapper that is not iterable, and a browser that refuses
 * the assignment makes this return false rather than throw.
 */
export function adoptHighlightStyle(doc: Document): boolean {
  try {
    const current = doc.adoptedStyleSheets;
    if (!current) return false;
    const sheets: CSSStyleSheet[] = [];
    for (let i = 0; i < current.length; i++) {
      const sheet = current[i];
      if (sheet) sheets.push(sheet);
    }
    const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    doc.adoptedStyleSheets = [...sheets, sheet];
    return true;
  } catch {
    return false;
  }
}
