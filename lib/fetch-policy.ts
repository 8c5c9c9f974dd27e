// "Analyse this site's privacy policy": the only request Privacy Glance ever makes, and only when the
// user clicks that button. It goes to the page's own site (same origin), never anywhere else.

const MAX_BYTES = 5_000_000;

export function isSameOrigin(url: string, pageUrl: string): boolean {
  try {
    return new URL(url).origin === new URL(pageUrl).origin;
  } catch {
    return false;
  }
}

/** Fetches a same-origin policy page's HTML (read by the background like any page's HTML). */
export async function fetchPolicyHtml(url: string, pageUrl = location.href): Promise<string> {
  if (!isSameOrigin(url, pageUrl)) throw new Error("The policy is on another site.");
  const response = await fetch(url, { credentials: "same-origin", redirect: "follow" });
  if (!response.ok) throw new Error(`The policy page ${url} answered ${response.status}.`);
  const type = response.headers.get("content-type") ?? "";
  if (!/html|text\/plain/.test(type)) throw new Error("The policy link is not a web page.");
  const html = await response.text();
  if (html.length > MAX_BYTES) throw new Error("The policy page is too large to analyse.");
  return html;
}
