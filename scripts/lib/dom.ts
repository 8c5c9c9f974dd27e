import { parseHTML } from "linkedom";

/** Parses an HTML string into a DOM Document in Node (linkedom: fast, no layout). */
export function parseHtmlDocument(html: string): Document {
  const { document } = parseHTML(html);
  return document as unknown as Document;
}
