// Shows an evidence sentence on the page without rewriting the page's DOM: the CSS Custom Highlight
// API paints a Range; where it is missing, the browser's own selection marks the text instead.

const HIGHLIGHT_NAME = "privacy-glance-evidence";
const MAX_TEXT_NODES = 50_000;

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/** Finds the first place where `needle` occurs in the page text, across text nodes, ignoring case and spacing. */
export function findTextRange(doc: Document, needle: string): Range | null {
  const whole = normalise(needle);
  if (!whole || !doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  // One flat, whitespace-collapsed string of the page, with each character's node and offset.
  let flat = "";
  const nodeAt: Text[] = [];
  const offsetAt: number[] = [];
  let count = 0;
  for (let node = walker.nextNode(); node && count < MAX_TEXT_NODES; node = walker.nextNode(), count++) {
    const parent = node.parentElement;
    if (parent && /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName)) continue;
    const text = node.textContent ?? "";
    for (let i = 0; i < text.length; i++) {
      const isSpace = /\s/.test(text[i] ?? "");
      if (isSpace && (flat.length === 0 || flat.endsWith(" "))) continue;
      flat += isSpace ? " " : (text[i] ?? "").toLowerCase();
      nodeAt.push(node as Text);
      offsetAt.push(i);
    }
    if (!flat.endsWith(" ")) {
      flat += " ";
      nodeAt.push(node as Text);
      offsetAt.push(text.length);
    }
  }
  // The whole sentence if the page has it; else its start (the page may have changed since it was read).
  let target = whole;
  let at = flat.indexOf(target);
  if (at < 0 && whole.length > 80) {
    target = whole.slice(0, 80);
    at = flat.indexOf(target);
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

/** Scrolls to and marks `text`; returns whether it was found. */
export function highlightText(win: Window, text: string): boolean {
  const range = findTextRange(win.document, text);
  clearHighlight(win);
  if (!range) return false;
  const registry = ((win as unknown as { CSS?: unknown }).CSS as { highlights?: HighlightRegistry })
    .highlights;
  const HighlightCtor = (win as unknown as { Highlight?: new (r: Range) => unknown }).Highlight;
  if (registry && HighlightCtor) {
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
