// Runs on every page: only the cheap detector. The heavy extractor is injected by the background
// when a page is detected (or the user asks), so ordinary pages pay almost nothing and send nothing.
import { findPolicyLink, watchPolicy } from "@/lib/detect/index";
import { contentRequestSchema, type PageInfo, parseMessage } from "@/lib/messages";

export default defineContentScript({
  matches: ["<all_urls>"],
  runAt: "document_idle",
  main(ctx) {
    let reportedPolicy = false;
    // Late-rendered pages and single-page apps are looked at again after a delay and on URL changes.
    const watcher = watchPolicy(
      document,
      () => location.href,
      (detection, url) => {
        // Tell the background about policies, and about leaving one (so its badge goes away).
        if (!detection.isPolicy && !reportedPolicy) return;
        reportedPolicy = detection.isPolicy;
        browser.runtime.sendMessage({ type: "page-detected", url, detection }).catch(() => {
          // The background may be restarting; the popup can still ask for the page later.
        });
      },
      { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), isActive: () => ctx.isValid },
    );
    ctx.addEventListener(window, "wxt:locationchange", () => watcher.restart());

    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id) return;
      const message = parseMessage(contentRequestSchema, raw);
      if (!message.ok || message.value.type !== "get-page-info") return;
      const detection = watcher.last() ?? { isPolicy: false, score: 0, reasons: [] };
      const info: PageInfo = {
        url: location.href,
        detection,
        policyLink: detection.isPolicy ? null : findPolicyLink(document, location.href),
      };
      sendResponse(info);
    });
  },
});
