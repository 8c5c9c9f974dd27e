/**
 * Bounded reads of a page for the detector: a few headings and a capped text sample.
 * Never walks the whole DOM: every loop stops at a node or character cap.
 */

/** Subtrees that never hold a policy's own prose (menus, scripts, widgets). */
const SKIP_TAGS = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "nav",
  "header",
  "footer",
  "aside",
  "select",
  "button",
  "iframe",
  "object",
  "canvas",
  "a",
]);

/**
 * The element holding the page: the body, or the whole document when the body is empty (pages whose
 * markup a non-browser parser such as linkedom splits into several <body> elements).
 */
export function pageRoot(doc: Document): Element | null {
  const body = doc.body;
  return body?.firstElementChild ? body : (doc.documentElement ?? body);
}

/** The next node in document order inside `root`, optionally skipping `node`'s children. */
export function nextInOrder(node: Node, root: Node, skipChildren: boolean): Node | null {
  if (!skipChildren && node.firstChild) return node.firstChild;
  let n: Node | null = node;
  while (n && n !== root) {
    if (n.nextSibling) return n.nextSibling;
    n = n.parentNode;
  }
  return null;
}

export interface PageHeading {
  level: number;
  text: string;
  el: Element;
}

export interface PageScan {
  /** The first few h1, h2 and h3 headings (by level, then document order). */
  headings: PageHeading[];
  /** The first <main> or [role=main] element. */
  main: Element | null;
}

/**
 * Headings and the main element through the DOM's native selector engine (one pass in C++ in a
 * browser); only the first few headings of each level have their text read.
 */
export function scanPage(doc: Document, perLevel = 8): PageScan {
  const headings: PageHeading[] = [];
  const counts = [0, 0, 0, 0];
  const list = doc.querySelectorAll("h1, h2, h3");
  for (let i = 0; i < list.length && headings.length < perLevel * 3; i++) {
    const el = list[i];
    const level = Number(el?.localName.charAt(1));
    if (!el || !(level >= 1 && level <= 3) || (counts[level] ?? 0) >= perLevel) continue;
    counts[level] = (counts[level] ?? 0) + 1;
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 200);
    if (text) headings.push({ level, text, el });
  }
  headings.sort((a, b) => a.level - b.level);
  return { headings, main: doc.querySelector("main, [role=main]") };
}

/**
 * Prose from `start` onwards (document order, within `root`): text nodes outside links, menus and
 * scripts, until `maxChars` characters or `maxNodes` visited nodes.
 */
export function textSample(start: Node, root: Node, maxChars = 3000, maxNodes = 5000): string {
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  let node: Node | null = start;
  while (node && length < maxChars && visited < maxNodes) {
    visited++;
    let skip = false;
    if (node.nodeType === 1) {
      skip =
        SKIP_TAGS.has((node as Element).localName) ||
        (node as Element).getAttribute("aria-hidden") === "true";
    } else if (node.nodeType === 3) {
      const text = (node.nodeValue ?? "").replace(/\s+/g, " ").trim();
      if (text) {
        parts.push(text);
        length += text.length + 1;
      }
    }
    node = nextInOrder(node, root, skip);
  }
  return parts.join(" ").slice(0, maxChars);
}
