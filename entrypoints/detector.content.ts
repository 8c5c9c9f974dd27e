// Runs on every page: only the cheap detector. The heavy extractor is injected by the background
// when a page is detected (or the user asks), so ordinary pages pay almost nothing.
import { detectPolicy, findPolicyLink } from "@/lib/detect/index";
import { contentRequestSchema, parseMessage, type PageInfo } from "@/lib/messages";

const RECHECK_DELAYS_MS = [1500, 5000];

export default defineContentScript({
  matches: ["<all_urls>"],
  runAt: "document_idle",
  main(ctx) {
    let reportedUrl = "";
    let detection = detectPolicy(document, location.href);

    const report = () => {
      if (!detection.isPolicy || reportedUrl === location.href || ctx.isInvalid) return;
      reportedUrl = location.href;
      browser.runtime.sendMessage({ type: "page-detected", url: location.href, detection }).catch(() => {
        // The background may be restarting; the popup can still ask for the page later.
      });
    };
    const recheck = () => {
      detection = detectPolicy(document, location.href);
      report();
    };

    report();
    // Late-rendered pages (single-page apps) fill in their text after load.
    for (const delay of RECHECK_DELAYS_MS) ctx.setTimeout(() => !detection.isPolicy && recheck(), delay);
    ctx.addEventListener(window, "wxt:locationchange", () => {
      reportedUrl = "";
      recheck();
      for (const delay of RECHECK_DELAYS_MS) ctx.setTimeout(() => !detection.isPolicy && recheck(), delay);
    });

    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id) return;
      const message = parseMessage(contentRequestSchema, raw);
      if (!message.ok || message.value.type !== "get-page-info") return;
      const info: PageInfo = {
        url: location.href,
        detection,
        policyLink: detection.isPolicy ? null : findPolicyLink(document, location.href),
      };
      sendResponse(info);
    });
  },
});
