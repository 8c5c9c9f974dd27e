// One way for the e2e suites to drive the BUILT extension, whichever browser runs it: a driver
// (chromium-driver.ts, firefox-driver.ts) opens pages and evaluates code in one of the extension's own
// pages; everything the suites ask the extension (a tab's id, its badge, a message to the background,
// a popup's state) is written once here on top of that.

/** A web or extension page, in either browser. */
export interface DriverPage {
  /** Runs `fn(arg)` in the page (it is serialised: it may use only its argument and the page's globals). */
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Evaluates a script's source in the page. */
  evaluateSource(source: string): Promise<unknown>;
  title(): Promise<string>;
  /** Reloads the page and waits for its load event. */
  reload(): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * What a suite may ask of the browser it launches, in words both browsers understand: each driver turns
 * it into its own flags (Chromium) or prefs (Firefox), on top of the ones every launch has.
 */
export interface LaunchOptions {
  /**
   * Every host name resolves to this machine (127.0.0.1), so a local server can answer for any site
   * (Chromium --host-resolver-rules=MAP * 127.0.0.1; Firefox network.dns.forceResolve). Without it only
   * 127.0.0.1 itself is reached.
   */
  resolveAllHere?: boolean;
  /** Accept a self-signed certificate (Chromium --ignore-certificate-errors; Firefox acceptInsecureCerts). */
  acceptInsecureCerts?: boolean;
  /**
   * The language the browser asks for, as language-REGION ("fr-FR"): Chromium's UI (--lang, its locale,
   * LANGUAGE and LANG), so the extension's too; Firefox's intl.accept_languages only (its UI stays en-US:
   * Debian's firefox-esr here has no language pack).
   */
  locale?: `${string}-${string}`;
  /**
   * A page already open (perhaps still loading) when the extension's background starts. Chromium: the
   * browser starts a second time on the same profile, restoring the tab its first run opened (the
   * extension's runtime.onStartup); Firefox: the address on the command line, and the extension
   * installed once the browser is up (runtime.onInstalled).
   */
  startUrl?: string;
}

export interface OpenOptions {
  allErrors?: boolean;
  timeout?: number;
  until?: "load" | "domcontentloaded";
}

export interface ExtensionDriver {
  readonly name: "Chromium" | "Firefox";
  /** chrome-extension://… or moz-extension://… */
  readonly extensionOrigin: string;
  /** What would give the extension away in a page (its id, its Firefox UUID). */
  readonly extensionIds: readonly string[];
  /** Errors the background logged (Chromium's service worker; Firefox's background page can't be watched). */
  readonly backgroundErrors: string[];
  /** Restarts the background so it reads storage afresh; false where the browser can't (Firefox MV2). */
  restartBackground(): Promise<boolean>;
  /**
   * Opens `url` in a new tab and waits for its load event (with `until: "domcontentloaded"`, only for
   * its DOM: a page whose subresources never finish has no load event). Page errors that name the
   * extension (or, with `allErrors`, every page error) are added to `errors`.
   */
  open(url: string, errors?: string[], options?: OpenOptions): Promise<DriverPage>;
  /** Opens the popup for a tab (popup.html?tab=) without waiting for it; its errors go to `errors`. */
  openPopup(tabId: number, errors?: string[]): Promise<DriverPage>;
  /** Runs `fn(arg)` in an extension page, where the WebExtension API is `chrome` or `browser`. */
  inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  close(): Promise<void>;
}

/** What the suites read of a tab's state (lib/tab-state.ts). */
export interface TabStateLike {
  status: string;
  title: string;
  segmentCount: number;
  error?: string;
  /** The parts of the summary the suites read. */
  summary?: { optOut?: { contacts?: Array<{ kind: string; value: string }> } } | null;
}

/** The background's reply: { result } or { error }; `thrown` when the browser refused to send it. */
export type Reply = { result?: unknown; error?: string; thrown?: string } | undefined;

/** The API as an extension page sees it; declared for the evaluated functions below. */
interface PageApi {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown, options?: object): Promise<unknown>;
  };
  action?: { getBadgeText(d: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(d: { tabId: number }): Promise<string> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: Record<
    "local" | "session",
    { set(v: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> }
  >;
}
declare const browser: PageApi | undefined;
declare const chrome: PageApi | undefined;

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `check` until it returns a truthy value or the time is up (returns the last value). */
export async function poll<T>(check: () => Promise<T>, timeoutMs = 15_000, everyMs = 200): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < until) {
    try {
      last = await check();
      if (last) return last;
    } catch {
      // not ready yet (a page still loading, a tab not listed yet)
    }
    await sleep(everyMs);
  }
  return last as T;
}

/** The id of the tab showing `url` (0 when none shows it in time). */
export function tabIdOf(driver: ExtensionDriver, url: string): Promise<number> {
  return poll(() =>
    driver.inExtension(async (u) => {
      const api = (typeof browser === "undefined" ? chrome : browser) as PageApi;
      const tabs = await api.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? 0;
    }, url),
  );
}

/** The toolbar badge's text in a tab ("" for none). */
export function badgeOf(driver: ExtensionDriver, tabId: number): Promise<string> {
  return driver.inExtension((id) => {
    const api = (typeof browser === "undefined" ? chrome : browser) as PageApi;
    const action = api.action ?? api.browserAction;
    return action ? action.getBadgeText({ tabId: id }) : "";
  }, tabId);
}

/** The badge once analysis is over ("…" is not final): "!", "~", "ok", "?", or "" if none came. */
export function finalBadge(driver: ExtensionDriver, tabId: number, timeoutMs = 15_000): Promise<string> {
  return poll(async () => ((await badgeOf(driver, tabId)) || "").replace("…", ""), timeoutMs);
}

/**
 * Sends a runtime message to the background from an extension page. It travels as JSON and is rebuilt
 * there: Firefox's BiDi cannot pass objects such as { toString: "x" } through Xrays.
 */
export function ask(driver: ExtensionDriver, message: unknown): Promise<Reply> {
  return driver.inExtension(async (json) => {
    const api = (typeof browser === "undefined" ? chrome : browser) as PageApi;
    try {
      const m: unknown = json === undefined ? undefined : JSON.parse(json);
      return (await api.runtime.sendMessage(m)) as Reply;
    } catch (error) {
      return { thrown: String(error) };
    }
  }, JSON.stringify(message));
}

/** Sends a message to a tab's content scripts (top frame); null when nothing answers. */
export function sendToTab(driver: ExtensionDriver, tabId: number, message: unknown): Promise<unknown> {
  return driver.inExtension(
    async ([id, json]) => {
      const api = (typeof browser === "undefined" ? chrome : browser) as PageApi;
      const m: unknown = json === undefined ? undefined : JSON.parse(json);
      return api.tabs.sendMessage(id, m, { frameId: 0 }).catch(() => null);
    },
    [tabId, JSON.stringify(message)] as [number, string | undefined],
  );
}

/** Writes values into the extension's storage areas (e.g. corrupt ones, or settings). */
export function setStorage(
  driver: ExtensionDriver,
  values: { local?: object; session?: object },
): Promise<void> {
  return driver.inExtension(async (v) => {
    const api = (typeof browser === "undefined" ? chrome : browser) as PageApi;
    if (v.local) await api.storage.local.set(v.local);
    if (v.session) await api.storage.session.set(v.session);
  }, values);
}

/** What the extension's local storage holds under `key` (undefined for nothing). */
export function localValue(driver: ExtensionDriver, key: string): Promise<unknown> {
  return driver.inExtension(async (k) => {
    const api = (typeof browser === "undefined" ? chrome : browser) as PageApi;
    return (await api.storage.local.get(k))[k];
  }, key);
}

export function setAutoDetect(driver: ExtensionDriver, autoDetect: boolean): Promise<void> {
  return setStorage(driver, { local: { settings: { autoDetect, disabledSites: [] } } });
}

/** What the background holds for a tab (null for nothing). */
export async function tabState(driver: ExtensionDriver, tabId: number): Promise<TabStateLike | null> {
  const reply = await ask(driver, { type: "get-tab-state", tabId });
  return (reply?.result as TabStateLike | null | undefined) ?? null;
}

/** The tab's state once analysis is over, or null when none came in time. */
export function finalState(driver: ExtensionDriver, tabId: number, timeoutMs = 15_000) {
  return poll(async () => {
    const s = await tabState(driver, tabId);
    return s && s.status !== "analysing" ? s : null;
  }, timeoutMs);
}

/**
 * Opens the popup for a tab and waits until it shows `state` (its data-state; null: any state);
 * `shown` is false if it never did. `findings` counts the finding cards then. The popup stays open: close it.
 */
export async function popupShowing(
  driver: ExtensionDriver,
  tabId: number,
  state: string | null,
  errors?: string[],
): Promise<{ popup: DriverPage; shown: boolean; findings: number }> {
  const popup = await driver.openPopup(tabId, errors);
  const seen = await poll(() =>
    popup.evaluate(
      (s) =>
        document.querySelector(s === null ? "[data-state]" : `[data-state="${s}"]`)
          ? { findings: document.querySelectorAll("[data-finding]").length }
          : null,
      state,
    ),
  );
  return { popup, shown: seen !== null, findings: seen?.findings ?? 0 };
}
