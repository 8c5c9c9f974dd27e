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

const HEADING_TAGS = ["h1", "h2", "h3"] as const;

/**
 * The first `perLevel` h1, h2 and h3 elements (by level, then document order) with their raw text (at
 * most 2000 characters, whitespace as in the page). Live getElementsByTagName collections are walked
 * only as far as the items read, unlike querySelectorAll, which matches the whole document first.
 */
export function readHeadings(doc: Document, perLevel = 8): PageHeading[] {
  const headings: PageHeading[] = [];
  for (let level = 1; level <= 3; level++) {
    const list = doc.getElementsByTagName(HEADING_TAGS[level - 1] as string);
    for (let i = 0; i < perLevel; i++) {
      const el = list[i];
      if (!el) break;
      headings.push({ level, text: (el.textContent ?? "").slice(0, 2000), el });
    }
  }
  return headings;
}

/** Headings as names are matched: whitespace collapsed, at most 200 characters, empty ones dropped. */
export function tidyHeadings(raw: readonly PageHeading[]): PageHeading[] {
  return raw
    .map((h) => ({ ...h, text: h.text.replace(/\s+/g, " ").trim().slice(0, 200) }))
    .filter((h) => h.text);
}

/** The first <main> or [role=main] element. */
export function mainElement(doc: Document): Element | null {
  return doc.querySelector("main, [role=main]");
}

/**
 * Prose from `start` onwards (document order, within `root`): the text nodes outside links, menus and
 * scripts, whitespace collapsed, until `maxChars` characters or `maxNodes` visited nodes.
 */
export function textParts(start: Node, root: Node, maxChars = 3000, maxNodes = 5000): string[] {
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  let node: Node | null = start;
  while (node && length < maxChars && visited < maxNodes) {
    visited++;
    let skip = false;
    const type = node.nodeType;
    if (type === 1) {
      skip =
        SKIP_TAGS.has((node as Element).localName) ||
        (node as Element).getAttribute("aria-hidden") === "true";
    } else if (type === 3) {
      // trim() removes exactly what \s matches: the same text as replace(/\s+/g, " ").trim().
      // A text node of megabytes (a hostile page) is only read as far as the sample can use.
      const value = node.nodeValue ?? "";
      const raw = (value.length > 4 * maxChars ? value.slice(0, 4 * maxChars) : value).trim();
      if (raw) {
        const text = raw.replace(/\s+/g, " ");
        parts.push(text);
        length += text.length + 1;
      }
    }
    // The next node in document order, inlined (this loop is the detector's hot path).
    let next: Node | null = skip ? null : node.firstChild;
    if (!next) {
      let n: Node | null = node;
      while (n && n !== root) {
        next = n.nextSibling;
        if (next) break;
        n = n.parentNode;
      }
    }
    node = next;
  }
  return parts;
}

/** The same prose as one string of at most `maxChars` characters. */
export function textSample(start: Node, root: Node, maxChars = 3000, maxNodes = 5000): string {
  return textParts(start, root, maxChars, maxNodes).join(" ").slice(0, maxChars);
}
