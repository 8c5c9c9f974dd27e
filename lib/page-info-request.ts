// The one request the every-page detector answers. Checked by hand rather than with zod so the code
// injected into every page stays a few kilobytes (zod/mini alone would triple it).

export interface PageInfoRequest {
  type: "get-page-info";
}

export function isPageInfoRequest(raw: unknown): raw is PageInfoRequest {
  return (
    typeof raw === "object" &&
    raw !== null &&
    !Array.isArray(raw) &&
    Object.keys(raw).length === 1 &&
    (raw as { type?: unknown }).type === "get-page-info"
  );
}
