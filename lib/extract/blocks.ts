/**
 * DOM → blocks (heading / paragraph / list-item / table-row) in document order, text only.
 * Used on Readability's output and, with a furniture filter, on the page itself (fallback).
 */

import { absoluteHref, linkWords, uniqueLinks } from "../links";
import { rowReading } from "../table-row";
import type { Block, Link } from "../types";
import { cleanSpaces } from "../whitespace";
import { NEVER_TEXT } from "./boilerplate";
import type { Budget } from "./budget";

/** Elements that end the current paragraph. Everything else is inline text. */
const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
  "caption",
  "legend",
  "font-block",
]);
/** 1–6 for h1–h6, else 0 (no match array allocated per element). */
function headingLevel(name: string): number {
  if (name.length !== 2 || name.charCodeAt(0) !== 104 /* h */) return 0;
  const level = name.charCodeAt(1) - 48;
  return level >= 1 && level <= 6 ? level : 0;
}
/** Content that turns a table cell into a layout cell (walked like a div, not read as a row). */
const CELL_BLOCKS = "p, div, table, ul, ol, dl, h1, h2, h3, h4, h5, h6, blockquote, section, article";
/** Emphasis that makes a short stand-alone line a heading ("<p><b>Cookies</b></p>"). */
const EMPHASIS = new Set(["b", "strong", "u"]);
const MAX_DEPTH = 300;

export interface WalkOptions {
  budget: Budget;
  /** Extra subtrees to skip (page furniture in the fallback). */
  skip?: (el: Element) => boolean;
  /** Receives every subtree the walk skipped as holding no policy text (furniture, scripts, forms). */
  skipped?: Element[];
  /** Elements visited so far is added here; the walk stops (aborted) beyond `maxNodes`. */
  maxNodes?: number;
  /**
   * Leave the blocks' links unresolved until `withLinks` is asked for them (default false). Reading a
   * link's address (URL parsing) is most of what a link costs, and extraction keeps only one of its two
   * walks: the other's links need never be resolved. A link's words and raw address are read during
   * the walk all the same, so the document may change afterwards (Readability rewrites it).
   */
  deferLinks?: boolean;
}

export interface WalkResult {
  blocks: Block[];
  /** True when the budget or node cap stopped the walk early. */
  aborted: boolean;
  /** Characters of block text that sat inside links (menus are mostly links). */
  linkChars: number[];
  /**
   * Blocks of this walk with their links (with `deferLinks`, resolved now; otherwise they already have
   * them). Blocks not made by this walk come back as they are.
   */
  withLinks(blocks: readonly Block[]): Block[];
}

/** A link as the walk reads it: its words, and its address as written (resolved later). */
interface RawLink {
  text: string;
  raw: string;
}

/**
 * The links of `raws` whose words are in `text`, resolved against `base`, without repeats: the same
 * as uniqueLinks(linksWithin(text, links)) over the resolved links, resolving only those in the text.
 */
function ownLinks(text: string, raws: readonly RawLink[], base: string | null): Link[] {
  const resolved: Link[] = [];
  for (const l of raws) {
    if (!text.includes(l.text)) continue;
    const href = absoluteHref(l.raw, base);
    if (href) resolved.push({ text: l.text, href });
  }
  return uniqueLinks(resolved);
}

const clean = cleanSpaces;

/** The characters JavaScript's \s matches (what `clean` collapses). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** clean(s).length without building the string: counted for every text node in a link or emphasis. */
export function cleanLength(s: string): number {
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) length++;
    pendingSpace = false;
    length++;
  }
  return length;
}

/** A short line without final punctuation reads as a heading ("Use of Cookies"). */
export function looksLikeHeading(text: string): boolean {
  return text.length <= 90 && text.split(" ").length <= 12 && !/[.,;:!)]$/.test(text) && /\p{L}/u.test(text);
}

class Walker {
  readonly blocks: Block[] = [];
  readonly linkChars: number[] = [];
  aborted = false;
  private visited = 0;
  /** Inline text of the paragraph being built; "\n" marks a <br>. */
  private buffer = "";
  private emphasized = 0;
  private linked = 0;
  /** Kind of the block being built: "list-item" inside <li>/<dd>/<dt>, else "paragraph". */
  private kind: Block["kind"] = "paragraph";
  private emphasisDepth = 0;
  private linkDepth = 0;
  /** Links of the paragraph being built. */
  private links: RawLink[] = [];
  /** With deferLinks: the unresolved links of each block that has any. */
  readonly pending = new Map<Block, readonly RawLink[]>();

  constructor(
    private readonly options: WalkOptions,
    /** The address relative links are read against, or null (then only absolute links are kept). */
    readonly base: string | null,
  ) {}

  private push(block: Block, linkChars: number, links: readonly RawLink[] = []): void {
    if (this.options.deferLinks) {
      if (links.length) this.pending.set(block, links);
      this.blocks.push(block);
    } else {
      const own = links.length ? ownLinks(block.text, links, this.base) : [];
      this.blocks.push(own.length ? { ...block, links: own } : block);
    }
    this.linkChars.push(linkChars);
  }

  /** Ends the current paragraph: double <br> splits it, a short bold line becomes a heading. */
  flush(kind: Block["kind"] = this.kind): void {
    const raw = this.buffer;
    if (raw === "") return;
    const whole = clean(raw);
    const total = whole.length;
    const allEmphasized = total > 0 && this.emphasized >= total * 0.9;
    const linkShare = total > 0 ? Math.min(1, this.linked / total) : 0;
    const links = this.links;
    this.buffer = "";
    this.emphasized = 0;
    this.linked = 0;
    this.links = [];
    if (total === 0) return;
    // Only a buffer with two line breaks (<br><br>) can split; the usual one-paragraph case reuses `whole`.
    const first = raw.indexOf("\n");
    const paragraphs =
      first === -1 || raw.indexOf("\n", first + 1) === -1
        ? [whole]
        : raw
            .split(/\n[ \t\r\f]*\n/)
            .map(clean)
            .filter(Boolean);
    for (const [i, text] of paragraphs.entries()) {
      const linkChars = Math.round(text.length * linkShare);
      if (kind === "paragraph" && allEmphasized && paragraphs.length === 1 && looksLikeHeading(text)) {
        this.push({ kind: "heading", text, level: 4 }, linkChars, links);
        continue;
      }
      this.push({ kind: i === 0 ? kind : "paragraph", text }, linkChars, links);
    }
  }

  private tick(): boolean {
    this.visited++;
    if ((this.visited & 63) === 0 && this.options.budget.expired()) this.aborted = true;
    if (this.options.maxNodes !== undefined && this.visited > this.options.maxNodes) this.aborted = true;
    return !this.aborted;
  }

  walk(node: Node, depth: number): void {
    if (!this.tick()) return;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? "";
      this.buffer += text;
      // Characters are counted only inside emphasis or links (the share decides headings and menus).
      if (this.emphasisDepth > 0 || this.linkDepth > 0) {
        const n = cleanLength(text);
        if (this.emphasisDepth > 0) this.emphasized += n;
        if (this.linkDepth > 0) this.linked += n;
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const name = el.localName;
    if (NEVER_TEXT.has(name) || this.options.skip?.(el)) {
      this.options.skipped?.push(el);
      return;
    }
    if (name === "br") {
      this.buffer += "\n";
      return;
    }
    const level = headingLevel(name);
    if (level || name === "summary") {
      this.flush();
      const text = clean(el.textContent ?? "");
      if (text) this.push({ kind: "heading", text, level: level || 4 }, 0, linksUnder(el));
      return;
    }
    if (name === "button") {
      // Only accordion toggles survive the furniture filter: their label heads the panel.
      this.flush();
      const text = clean(el.textContent ?? "");
      if (text && looksLikeHeading(text)) this.push({ kind: "heading", text, level: 4 }, 0);
      return;
    }
    if (name === "tr" && !el.querySelector(CELL_BLOCKS)) {
      this.flush();
      const text = rowText(el);
      if (text) this.push({ kind: "table-row", text }, 0, linksUnder(el));
      return;
    }
    if (depth > MAX_DEPTH) {
      this.buffer += ` ${el.textContent ?? ""} `;
      return;
    }
    const isBlock = BLOCK_TAGS.has(name);
    if (isBlock) this.flush();
    const emphasis =
      EMPHASIS.has(name) ||
      (name === "span" && /bold|strong|heading|title/i.test(el.getAttribute("class") ?? ""));
    if (emphasis) this.emphasisDepth++;
    if (name === "a") this.linkDepth++;
    const outerKind = this.kind;
    if (name === "li" || name === "dd" || name === "dt") this.kind = "list-item";
    else if (isBlock && name !== "span") this.kind = outerKind;
    this.walkChildren(el, depth);
    if (name === "a") this.keepLink(el);
    if (isBlock) this.flush();
    this.kind = outerKind;
    if (emphasis) this.emphasisDepth--;
    if (name === "a") this.linkDepth--;
  }

  /** Records a link of the paragraph being built (its words and its address as written). */
  private keepLink(el: Element): void {
    const link = rawLinkOf(el);
    if (link) this.links.push(link);
  }

  private walkChildren(el: Element, depth: number): void {
    for (let c = el.firstChild; c && !this.aborted; c = c.nextSibling) this.walk(c, depth + 1);
  }
}

/** The link `a` makes as written, or null when it has no address or no words. */
function rawLinkOf(a: Element): RawLink | null {
  const raw = a.getAttribute("href");
  if (raw === null) return null;
  const text = linkWords(a.textContent ?? "");
  return text ? { text, raw } : null;
}

/**
 * The address relative links are read against ("about:blank", an extension page and the like are no
 * base). Read once per walk: the CLI's DOM works it out anew on every call, at a cost per link.
 */
function baseOf(root: Node): string | null {
  const doc = root.ownerDocument ?? (root as Document);
  const base = doc.baseURI || "";
  return /^https?:/i.test(base) ? base : null;
}

/** Every link inside `el`, in order (a heading or a table row is read whole, not walked). */
function linksUnder(el: Element): RawLink[] {
  const out: RawLink[] = [];
  for (const a of Array.from(el.querySelectorAll("a[href]"))) {
    const link = rawLinkOf(a);
    if (link) out.push(link);
  }
  return out;
}

/**
 * A table row as a person reads it: "column — value" for each cell under a header row ("Category —
 * Identifiers; Sold — No"). The header row itself says nothing alone: each row below repeats it. A
 * table without a header row keeps its cells joined by " | ".
 */
function rowText(tr: Element): string {
  const cells = Array.from(tr.children, (c) => clean(c.textContent ?? ""));
  if (!cells.some(Boolean)) return "";
  const header = headerRowOf(tr);
  if (header === tr) return "";
  return rowReading(cells, header ? Array.from(header.children, (c) => clean(c.textContent ?? "")) : null);
}

/** The header row of each table met, looked up once per table (a policy's table can have hundreds of rows). */
const headerRows = new WeakMap<Element, Element | null>();

/** The table's header row: its first row when every cell is a header cell and other rows follow. */
function headerRowOf(tr: Element): Element | null {
  const table = tr.closest("table");
  if (!table) return null;
  const known = headerRows.get(table);
  if (known !== undefined) return known;
  const rows = table.querySelectorAll("tr");
  const first = rows[0];
  const cells = first ? Array.from(first.children) : [];
  const header =
    first && rows.length > 1 && cells.length > 0 && cells.every((c) => c.localName === "th") ? first : null;
  headerRows.set(table, header);
  return header;
}

export function collectBlocks(root: Node, options: WalkOptions): WalkResult {
  const walker = new Walker(options, baseOf(root));
  walker.walk(root, 0);
  walker.flush();
  const { pending, base } = walker;
  const withLinks = (blocks: readonly Block[]): Block[] =>
    blocks.map((block) => {
      const raws = pending.get(block);
      const own = raws ? ownLinks(block.text, raws, base) : [];
      return own.length ? { ...block, links: own } : block;
    });
  return { blocks: walker.blocks, aborted: walker.aborted, linkChars: walker.linkChars, withLinks };
}
