// The CLI parses pages exactly as the extension's background does.
export { parseHtmlDocument } from "../../lib/html-document.ts";
