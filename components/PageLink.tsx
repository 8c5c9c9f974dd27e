// A link to a web page the extension read (the site's policy, fetched by its link). Only http(s)
// addresses without credentials become links, opened in a new tab; anything else is plain text.
import type { ComponentChildren } from "preact";

export function pageHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
    if (parsed.username || parsed.password) return null;
    return parsed.href;
  } catch {
    return null;
  }
}

export function PageLink({ url, children }: { url: string; children?: ComponentChildren }) {
  const href = pageHref(url);
  const text = children ?? url;
  if (!href) return <span class="page-link">{text}</span>;
  return (
    <a class="page-link" href={href} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  );
}
