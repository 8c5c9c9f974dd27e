// Runs on every page (declared in wxt.config.ts), so it holds only the cheap detector: no framework
// wrapper, nothing announced to the page, nothing sent unless the page is a policy. The heavy extractor
// is injected by the background when a page is detected (or the user asks).
import { browser } from "wxt/browser";
import { watchUrl } from "@/lib/detect/navigation";
import { watchPolicy } from "@/lib/detect/recheck";
import type { PageInfo } from "@/lib/messages";
import { isPageInfoRequest } from "@/lib/page-info-request";

export default defineUnlistedScript(() => {
  // After the extension is reloaded or removed, this copy of the script must go quiet.
  const alive = () => Boolean(browser.runtime?.id);
  let reportedPolicy = false;
  const watcher = watchPolicy(
    document,
    () => location.href,
    (detection, url) => {
      // Tell the background about policies, and about leaving one (so its badge goes away).
      if ((!detection.isPolicy && !reportedPolicy) || !alive()) return;
      reportedPolicy = detection.isPolicy;
      browser.runtime.sendMessage({ type: "page-detected", url, detection }).catch(() => {
        // The background may be restarting; the popup can still ask for the page later.
      });
    },
    { setTimeout: (fn, ms) => setTimeout(fn, ms), isActive: alive },
  );

  // Single-page apps change the URL without a reload: listened for, not polled (navigation.ts).
  watchUrl(window as unknown as Parameters<typeof watchUrl>[0], () => watcher.restart(), {
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    isActive: alive,
  });

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id || !isPageInfoRequest(raw)) return;
    const detection = watcher.last() ?? { isPolicy: false, score: 0, reasons: [] };
    // The policy link is looked for by the extractor only when the popup needs it (see background).
    const info: PageInfo = { url: location.href, detection, policyLink: null };
    sendResponse(info);
  });
});
