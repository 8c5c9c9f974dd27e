// Parses page HTML with the browser's own DOMParser, where the context has one (Firefox's background is
// a page). The document it returns is inert: no scripts run, nothing is fetched, and it has no layout.
export function parseHtmlNatively(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}
