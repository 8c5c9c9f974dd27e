// Everything the extension stores, as versioned WXT storage items. Values are validated on read:
// a corrupt value is reset to its fallback with a warning, never trusted.
import { storage } from "wxt/utils/storage";
import { z } from "zod/mini";
import { type TabState, tabStateSchema } from "./tab-state";

export const settingsSchema = z.object({
  /** Analyse detected policies automatically; when off, only on click. */
  autoDetect: z.boolean(),
  /** Hostnames where the extension stays silent. */
  disabledSites: z.array(z.string()),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = { autoDetect: true, disabledSites: [] };

export const settingsItem = storage.defineItem<Settings>("local:settings", {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Results per tab, in session storage (memory only, gone when the browser closes). */
export const tabStatesItem = storage.defineItem<Record<string, TabState>>("session:tabStates", {
  fallback: {},
  version: 1,
});

/** How many tabs' results are kept; the oldest are dropped first. */
export const MAX_TAB_STATES = 50;

/** Validates a settings value read from storage; returns the defaults (and says so) when it is corrupt. */
export function validSettings(raw: unknown, warn: (msg: string) => void = console.warn): Settings {
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  warn("Privacy Glance: stored settings were unreadable and have been reset to the defaults.");
  return DEFAULT_SETTINGS;
}

/** Keeps only well-formed tab states; drops the rest with a warning. */
export function validTabStates(
  raw: unknown,
  warn: (msg: string) => void = console.warn,
): Record<string, TabState> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    if (raw !== null && raw !== undefined)
      warn("Privacy Glance: stored results were unreadable and were cleared.");
    return {};
  }
  const kept: Record<string, TabState> = {};
  let dropped = 0;
  for (const [tabId, value] of Object.entries(raw)) {
    const parsed = tabStateSchema.safeParse(value);
    if (parsed.success && /^\d+$/.test(tabId)) kept[tabId] = parsed.data;
    else dropped++;
  }
  if (dropped) warn(`Privacy Glance: ${dropped} unreadable stored result(s) were dropped.`);
  return kept;
}

/** Adds or replaces one tab's state, keeping at most `max` tabs (the least recently updated go first). */
export function withTabState(
  states: Record<string, TabState>,
  tabId: number,
  state: TabState,
  max = MAX_TAB_STATES,
): Record<string, TabState> {
  const next = { ...states, [String(tabId)]: state };
  const ids = Object.keys(next).sort((a, b) => (next[a]?.updatedAt ?? 0) - (next[b]?.updatedAt ?? 0));
  for (const id of ids.slice(0, Math.max(0, ids.length - max))) delete next[id];
  return next;
}

/**
 * The one rule for a site name, shared by the popup's "Turn off on this site", the options page and the
 * background's check: the host of an http(s) address, lower-case, without port or trailing dot. A host
 * name (letters, digits, hyphens, underscores; international names in their xn-- form; a single label
 * such as `localhost` or an intranet name is a site too), an IPv4 address or a bracketed IPv6 address.
 */
const HOST_LABEL = "[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?";
const SITE_NAME = new RegExp(`^(?:${HOST_LABEL})(?:\\.${HOST_LABEL})*$|^\\[[0-9a-f:.]+\\]$`);

export function isSiteName(name: string): boolean {
  return name.length <= 253 && SITE_NAME.test(name);
}

/** The site key used by the per-site switch, for a page's address; null when it has none. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== "http:" && protocol !== "https:") return null;
    const site = hostname.toLowerCase().replace(/\.$/, "");
    return isSiteName(site) ? site : null;
  } catch {
    return null;
  }
}

/**
 * The site key for what someone types ("Example.com", "127.0.0.1:8080", "https://www.example.com/privacy"),
 * by the same rule as siteOf; null when it isn't a site.
 */
export function siteFromInput(input: string): string | null {
  const text = input.trim();
  if (!text || /[\s@\\]/.test(text)) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  return siteOf(hasScheme ? text : `https://${text}`);
}
