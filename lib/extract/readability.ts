/**
 * Readability on a clone of the page (parse() rewrites the document it is given). Returns the article
 * element itself (serializer) so its blocks can be read without re-parsing HTML.
 */
import { Readability } from "@mozilla/readability";

export interface ReadabilityArticle {
  title: string;
  content: Element;
}

/** Readability's article, or null when it rejects the page or throws (maxElemsToParse throws). */
export function readArticle(doc: Document, maxElements: number): ReadabilityArticle | null {
  try {
    const clone = doc.cloneNode(true) as Document;
    const article = new Readability<Element>(clone, {
      maxElemsToParse: maxElements,
      serializer: (node: Node) => node as Element,
      // Policies are long; keep every candidate paragraph Readability would otherwise score away.
      charThreshold: 200,
    }).parse();
    if (!article?.content) return null;
    return { title: (article.title ?? "").trim(), content: article.content };
  } catch {
    return null;
  }
}
