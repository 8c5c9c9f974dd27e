// A saved HTML page's third parties (the command line's view): its tags are all it has, so the
// addresses come from its sources and inline scripts, and its own address from --url, else from what
// the page says of itself (a browser's "saved from url" mark, its canonical link, its og:url).
import { compareWithPolicy, loadedParties, type ThirdParty } from "./compare";
import { loadedResources } from "./page-resources";
import { policyMentions } from "./policy-mentions";

function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** The address a saved page says it had; null when it says none. */
export function savedPageAddress(doc: Document, html: string): string | null {
  const savedFrom = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4000))?.[1];
  return (
    httpUrl(savedFrom) ??
    httpUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute("href")) ??
    httpUrl(doc.querySelector('meta[property="og:url"]')?.getAttribute("content"))
  );
}

export interface SavedPageResources {
  siteUrl: string | null;
  urls: string[];
}

/** Read before the pipeline runs: extraction may change the document. */
export function savedPageResources(doc: Document, html: string, url: string | null): SavedPageResources {
  const siteUrl = url ?? savedPageAddress(doc, html);
  return { siteUrl, urls: loadedResources(doc, siteUrl ?? "", { inlineScripts: true }) };
}

export function savedPageThirdParties(
  resources: SavedPageResources,
  segments: readonly { text: string; index: number }[],
): ThirdParty[] {
  return compareWithPolicy(loadedParties(resources.urls, resources.siteUrl), policyMentions(segments));
}
