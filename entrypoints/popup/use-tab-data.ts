// Loads what the popup shows for its tab, and looks again while an analysis is under way.
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { linkedSite, switchedOffEntry } from "@/lib/site-lookups";
import type { PopupConnector } from "./connector";
import { shouldPoll, siteOfTab, type TabData } from "./view";

export const POLL_INTERVAL_MS = 400;
/** How long to wait for an automatic analysis that hasn't started yet. */
const MAX_IDLE_POLLS = 8;

export function useTabData(connector: PopupConnector, busy: boolean) {
  const [data, setData] = useState<TabData | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const alive = useRef(true);
  const idlePolls = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refresh = useCallback(async (): Promise<TabData | null> => {
    try {
      const tabId = await connector.tabId();
      const settings = await connector.settings();
      const [state, page] =
        tabId === null
          ? [null, null]
          : await Promise.all([connector.tabState(tabId), connector.pageInfo(tabId)]);
      const seen = { tabId, state, page, settings, switchedOffBy: null, policyLinkSite: null };
      const [switchedOffBy, policyLinkSite] = await Promise.all([
        switchedOffEntry(settings.disabledSites, siteOfTab(seen)),
        page ? linkedSite(page.policyLink, page.url) : null,
      ]);
      const next: TabData = { ...seen, switchedOffBy, policyLinkSite };
      if (alive.current) {
        setData(next);
        setFailure(null);
      }
      return next;
    } catch (error) {
      if (alive.current) setFailure(String(error instanceof Error ? error.message : error));
      return null;
    }
  }, [connector]);

  useEffect(() => {
    alive.current = true;
    refresh();
    return () => {
      alive.current = false;
      clearTimeout(timer.current);
    };
  }, [refresh]);

  // Poll while something is under way; stop once the result is final.
  useEffect(() => {
    clearTimeout(timer.current);
    const analysing = data?.state?.status === "analysing";
    if (!busy && !shouldPoll(data)) return;
    if (!busy && !analysing && idlePolls.current >= MAX_IDLE_POLLS) return;
    if (!analysing) idlePolls.current += 1;
    timer.current = setTimeout(refresh, POLL_INTERVAL_MS);
  }, [data, busy, refresh]);

  return { data, failure, refresh };
}
