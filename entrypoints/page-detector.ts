// Injected by the background into pages whose address or title may name a policy (lib/detect/first-look.ts);
// ordinary pages never run it. A plain script holding only the cheap detector: nothing announced to the
// page, nothing sent unless the page is a policy. The extractor is injected by the background when a
// page is detected, or when the popup asks about a page.
import type { browser as ExtensionApi } from "wxt/browser";
import { watchUrl } from "@/lib/detect/navigation";
import { watchPolicy } from "@/lib/detect/recheck";

// The background may inject again (its memory of tabs goes when the service worker stops, or a route
// changed): one copy per page is enough, and it keeps watching the page itself.
const RUNNING = Symbol.for("privacy-glance.detector");

export default defineUnlistedScript(() => {
  // The running copy keeps, under RUNNING, how to look at the page again: injected once more (the
  // background does so when a loaded page's address changes), this copy asks it to, and stops.
  const scope = globalThis as { [RUNNING]?: () => void };
  const running = scope[RUNNING];
  if (running) {
    running();
    return;
  }
  let lookAgain = (): void => {};
  scope[RUNNING] = () => lookAgain();
  // After the extension is reloaded or removed, this copy of the script must go quiet. Checked only
  // before sending: merely touching the extension API costs ~1 ms, which ordinary pages never pay.
  const api = (): typeof ExtensionApi | undefined =>
    (globalThis as { browser?: typeof ExtensionApi }).browser ??
    (globalThis as { chrome?: typeof ExtensionApi }).chrome;
  const alive = () => Boolean(api()?.runtime?.id);
  let reportedPolicy = false;
  // Injected while the page is still being built (the background looks once the DOM is ready, not
  // when loading ends), the first look waits for a task of its own: never inside the page's own work.
  if (document.readyState === "complete") start();
  else setTimeout(start, 0);

  function start(): void {
    const watcher = watchPolicy(
      document,
      () => location.href,
      (detection, url) => {
        // Tell the background about policies, and about leaving one (so its badge goes away).
        if ((!detection.isPolicy && !reportedPolicy) || !alive()) return;
        reportedPolicy = detection.isPolicy;
        api()
          ?.runtime.sendMessage({ type: "page-detected", url, detection })
          .catch(() => {
            // The background may be restarting; the popup can still ask for the page later.
          });
      },
      { setTimeout: (fn, ms) => setTimeout(fn, ms) },
    );

    lookAgain = () => watcher.restart();
    // Single-page apps change the URL without a reload: listened for, not polled (navigation.ts).
    watchUrl(window as unknown as Parameters<typeof watchUrl>[0], () => watcher.restart(), {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    });
  }
});
