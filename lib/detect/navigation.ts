/**
 * Noticing that a single-page app changed the URL, without a timer running in the page.
 *
 * - Where the Navigation API exists (Chromium; Firefox from 147), its `currententrychange` event fires
 *   for pushState / replaceState / back / forward / fragment changes, in content scripts too.
 * - Elsewhere (Firefox ESR 140) a content script cannot see the page's pushState: it listens for
 *   popstate / hashchange, and after a click or key press (how users move around an app) it looks at
 *   the URL again a little later. Navigations made by script soon after load are seen by the
 *   detector's own re-checks (recheck.ts compares the URL each time).
 *
 * Every trigger is debounced: the URL is read once, `SETTLE_MS` after the last event, by which time
 * the app has usually rendered the new view. Nothing runs while nobody navigates.
 */

/** How long after a URL-change event the URL is compared (and the new view detected). */
export const SETTLE_MS = 500;
/** Without the Navigation API: checks this long after a click or key press (slow routes included). */
export const INPUT_CHECKS_MS: readonly number[] = [SETTLE_MS, 2000];

/** The parts of `window` this needs (a fake in tests). */
export interface NavigationHost {
  location: { href: string };
  addEventListener(type: string, fn: () => void, options?: AddEventListenerOptions): void;
  navigation?: { addEventListener(type: string, fn: () => void): void };
}

export interface UrlWatchOptions {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  /** False once the content script is invalidated: events are ignored from then on. */
  isActive?: () => boolean;
}

/** Which way URL changes are noticed: "navigation-api" or "events" (the fallback). */
export type UrlWatchMode = "navigation-api" | "events";

/** Calls `onChange(url)` after the page's URL changed (same-document navigations included). */
export function watchUrl(
  host: NavigationHost,
  onChange: (url: string) => void,
  options: UrlWatchOptions,
): UrlWatchMode {
  let lastUrl = host.location.href;
  const timers = new Set<unknown>();

  const compare = (): void => {
    if (options.isActive && !options.isActive()) return;
    const url = host.location.href;
    if (url === lastUrl) return;
    lastUrl = url;
    onChange(url);
  };
  /** Compares after each of `delays` (ms), replacing any comparison already scheduled. */
  const schedule = (delays: readonly number[]): void => {
    for (const id of timers) options.clearTimeout(id);
    timers.clear();
    for (const ms of delays) {
      const id = options.setTimeout(() => {
        timers.delete(id);
        compare();
      }, ms);
      timers.add(id);
    }
  };
  const afterNavigation = (): void => schedule([SETTLE_MS]);
  const afterInput = (): void => schedule(INPUT_CHECKS_MS);

  const nav = host.navigation;
  if (nav && typeof nav.addEventListener === "function") {
    nav.addEventListener("currententrychange", afterNavigation);
    return "navigation-api";
  }
  const capture = { capture: true, passive: true };
  host.addEventListener("popstate", afterNavigation);
  host.addEventListener("hashchange", afterNavigation);
  host.addEventListener("click", afterInput, capture);
  host.addEventListener("keydown", afterInput, capture);
  return "events";
}
