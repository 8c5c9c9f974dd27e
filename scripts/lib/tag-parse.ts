// An independent reading of a saved page's tracker tags, for `npm run eval:third-parties`: plain text
// scanning of the raw HTML (no DOM), written apart from lib/third-parties so the two can disagree.
// It lists the registrable domains the page's tags would fetch from: absolute sources of loading tags,
// and addresses written in string literals of its inline scripts.
import { parse } from "tldts";

const LOADING_TAG = /<(script|iframe|frame|img|video|audio|source|embed|track|input|object|link)\b([^>]*)>/gi;
const ATTRIBUTE = /\b(src|href|data|rel|type)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const FETCHING_LINK = /stylesheet|icon|preload|prefetch|manifest/i;
// Comments and script blocks, whichever starts first: "<!--" inside a script is old script hiding, and
// the browser still runs what it hides.
const COMMENT_OR_SCRIPT = /<!--[\s\S]*?-->|<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
// In a JavaScript string: a scheme-relative or absolute address, or ".host/" after a scheme chosen at run time.
const STRING_ADDRESS = /['"](?:https?:)?(?:\\\/|\/){2}([\w-]+(?:\.[\w-]+)+)|['"]\.([\w-]+(?:\.[\w-]+)+)\//g;

function domainOf(host: string): string | null {
  const p = parse(host.toLowerCase());
  return p.isIcann && !p.isIp && p.domain ? p.domain : null;
}

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTRIBUTE)) out[(m[1] ?? "").toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? "";
  return out;
}

function absoluteHost(address: string): string | null {
  const m = /^\s*(?:https?:)?\/\/([^/?#:\s"'>]+)/i.exec(address);
  return m?.[1] ?? null;
}

/** The third-party registrable domains a saved page's tags load, leaving out `siteDomain`. */
export function tagDomains(html: string, siteDomain: string | null): Set<string> {
  // What the browser ignores while scripts run: comments (and old IE's conditional ones) and <noscript>.
  const scripts: [string, string][] = [];
  const live = html
    .replace(COMMENT_OR_SCRIPT, (_whole, attrs?: string, body?: string) => {
      if (attrs === undefined) return " ";
      scripts.push([attrs, body ?? ""]);
      return `<script${attrs}>`;
    })
    .replace(/<noscript\b[\s\S]*?<\/noscript\s*>/gi, " ");
  const hosts: string[] = [];
  for (const tag of live.matchAll(LOADING_TAG)) {
    const name = (tag[1] ?? "").toLowerCase();
    const attrs = attributes(tag[2] ?? "");
    if (name === "link" && !FETCHING_LINK.test(attrs.rel ?? "")) continue;
    const address = name === "link" ? attrs.href : name === "object" ? attrs.data : attrs.src;
    const host = address ? absoluteHost(address) : null;
    if (host) hosts.push(host);
  }
  for (const [attrs, body] of scripts) {
    const type = attributes(attrs).type ?? "";
    if (type && !/javascript|ecmascript|module/i.test(type)) continue;
    if (/\bsrc\s*=/i.test(attrs)) continue;
    for (const m of body.matchAll(STRING_ADDRESS)) hosts.push(m[1] ?? m[2] ?? "");
  }
  const domains = new Set<string>();
  for (const host of hosts) {
    const domain = domainOf(host);
    if (domain && domain !== siteDomain) domains.add(domain);
  }
  return domains;
}
