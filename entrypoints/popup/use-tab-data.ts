// Loads what the popup shows for its tab, and looks again while an analysis is under way. A question
// that gets no answer in time (time-limit.ts) ends in the "no answer" failure, which offers a retry.
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { PageInfo } from "@/lib/messages";
import { linkedSite, switchedOffEntry } from "@/lib/site-lookups";
import type { PopupConnector } from "./connector";
import { isNoAnswer } from "./time-limit";
import { shouldPoll, siteOfTab, type TabData } from "./view";

export const POLL_INTERVAL_MS = 400;
/** How long to wait for an automatic analysis that hasn't started yet. */
const MAX_IDLE_POLLS = 8;

/** Why the popup has nothing (new) to show: no answer in time, or an error with its message. */
export type TabDataFailure = { kind: "no-answer" } | { kind: "error"; reason: string };

/**
 * The page's own answer; null when the page did not answer in time but the background holds a result
 * for the tab (it is shown without the page's part). With no result either, that is a no-answer.
 */
async function pageUnlessSilent(
  connector: PopupConnector,
  tabId: number,
  hasState: Promise<boolean>,
): Promise<PageInfo | null> {
  try {
    return await connector.pageInfo(tabId);
  } catch (error) {
    if (isNoAnswer(error) && (await hasState)) return null;
    throw error;
  }
}

export function useTabData(connector: PopupConnector, busy: boolean) {
  const [data, setData] = useState<TabData | null>(null);
  const [failure, setFailure] = useState<TabDataFailure | null>(null);
  const alive = useRef(true);
  const idlePolls = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refresh = useCallback(async (): Promise<TabData | null> => {
    try {
      const tabId = await connector.tabId();
      const settings = await connector.settings();
      let state: TabData["state"] = null;
      let page: TabData["page"] = null;
      if (tabId !== null) {
        const stateAsked = connector.tabState(tabId);
        const hasState = stateAsked.then((s) => s !== null).catch(() => false);
        [state, page] = await Promise.all([stateAsked, pageUnlessSilent(connector, tabId, hasState)]);
      }
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
      if (alive.current)
        setFailure(
          isNoAnswer(error)
            ? { kind: "no-answer" }
            : { kind: "error", reason: String(error instanceof Error ? error.message : error) },
        );
      return null;
    }
  }, [connector]);

  /** After a failure: "Loading…" again while the popup asks once more. */
  const retry = useCallback(async (): Promise<void> => {
    setFailure(null);
    setData(null);
    await refresh();
  }, [refresh]);

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

  return { data, failure, refresh, retry };
}
