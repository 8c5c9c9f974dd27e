// The toolbar button of each tab: its badge (the worst finding's level, "…" while analysing) and its
// tooltip (what the colour stands for, finding by finding).
import { badgeTitle } from "../badge-title";
import { withChangeLine, withChangeMark } from "../changes/badge-marker";
import type { MessageKey } from "../i18n";
import { badgeFor, type TabState } from "../tab-state";

/** The parts of `action` (MV3) / `browserAction` (MV2) the badge uses. */
export interface ToolbarAction {
  setBadgeText(details: { tabId: number; text: string }): unknown;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): unknown;
  setTitle(details: { tabId: number; title: string }): unknown;
}

/** Sets (or, for null and unanalysed states, clears) a tab's badge and tooltip. */
export type ShowBadge = (tabId: number, state: TabState | null) => Promise<void>;

/** Whether the tab's policy changed since the user last read it (a "*" on the badge, a tooltip line). */
export type ChangedSinceRead = (tabId: number, state: TabState | null) => Promise<boolean>;

export function badgeShower(
  action: ToolbarAction,
  t: (key: MessageKey) => string,
  changed: ChangedSinceRead = async () => false,
): ShowBadge {
  return async (tabId, state) => {
    const look = badgeFor(state);
    try {
      const isChanged = await changed(tabId, state).catch(() => false);
      await action.setBadgeText({ tabId, text: withChangeMark(look?.text ?? "", isChanged) });
      if (look) await action.setBadgeBackgroundColor({ tabId, color: look.color });
      const title =
        state?.status === "analysed" && state.summary ? badgeTitle(state.summary, t) : t("actionTitle");
      await action.setTitle({ tabId, title: withChangeLine(title, isChanged, t) });
    } catch {
      // The tab closed before its badge could be set.
    }
  };
}
