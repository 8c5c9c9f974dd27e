/**
 * findPolicyLink: the site's privacy-policy URL, read from an ordinary page (rel=privacy-policy, or the
 * footer's "Privacy Policy" link). A cookie policy is only a second choice.
 */

const MAX_LINKS = 3000;

/** An absolute http(s) URL for `href` relative to the page, or null. */
function resolveHttp(href: string, base: string): string | null {
  try {
    const u = new URL(href.trim(), base || undefined);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/** How strongly a link's text and address say "privacy policy" (0 = not at all). */
export function linkScore(text: string, href: string): number {
  const t = text.replace(/\s+/g, " ").trim().toLowerCase();
  let path = href.toLowerCase();
  try {
    path = new URL(href, "https://x.invalid/").pathname.toLowerCase();
  } catch {
    // Keep the raw href: still good enough for a substring test.
  }
  // Choice/settings links ("Your Privacy Choices", "Privacy settings") are not the policy itself.
  if (/privacy (choices|settings|preferences|options)|do not sell|opt[ -]?out/.test(t)) return 1;
  let score = 0;
  if (/\bprivacy (policy|notice|statement|center|centre)\b|datenschutz|confidentialit|privacidad/.test(t))
    score = 10;
  else if (/\bprivacy\b/.test(t) && t.length <= 40) score = 7;
  else if (/\bcookie (policy|notice|statement)\b|^cookies$/.test(t)) score = 4;
  if (/privacy|datenschutz/.test(path)) score += score > 0 ? 2 : 5;
  else if (/cookie/.test(path) && score === 0) score = 3;
  return score;
}

export function findPolicyLink(doc: Document, url: string): string | null {
  const rel = doc.querySelector('link[rel~="privacy-policy" i][href], a[rel~="privacy-policy" i][href]');
  const relHref = rel ? resolveHttp(rel.getAttribute("href") ?? "", url) : null;
  if (relHref) return relHref;

  const anchors = doc.getElementsByTagName("a");
  let best: string | null = null;
  let bestScore = 1;
  const n = Math.min(anchors.length, MAX_LINKS);
  for (let i = 0; i < n; i++) {
    const a = anchors[i];
    const href = a?.getAttribute("href");
    if (!a || !href || href.startsWith("#")) continue;
    let score = linkScore(a.textContent ?? "", href);
    if (score <= bestScore) continue;
    // Footers are where sites put the policy link; a body link may point at a news story.
    if (a.closest("footer, [role=contentinfo], #footer, .footer")) score += 1;
    const abs = resolveHttp(href, url);
    if (abs && score > bestScore) {
      best = abs;
      bestScore = score;
    }
  }
  return best;
}
