// The change of the tab's policy since the user last read it, fetched once its analysis is shown; the
// popup then tells the background it has been seen (it stays shown while the popup is open).
import { useEffect, useState } from "preact/hooks";
import type { PolicyChange } from "@/lib/changes/record";
import type { TabState } from "@/lib/tab-state";
import type { PopupConnector } from "./connector";

export function usePolicyChange(
  connector: PopupConnector,
  tabId: number | null,
  analysed: TabState | null,
): PolicyChange | null {
  const [change, setChange] = useState<PolicyChange | null>(null);
  const updatedAt = analysed?.updatedAt;
  useEffect(() => {
    if (tabId === null || updatedAt === undefined || !connector.policyChange) return;
    let alive = true;
    connector
      .policyChange(tabId)
      .then((found) => {
        if (!alive || !found) return;
        setChange(found);
        return connector.markChangeSeen?.(tabId);
      })
      .catch(() => {
        // No change to show: the banner is only ever an addition to the summary.
      });
    return () => {
      alive = false;
    };
  }, [connector, tabId, updatedAt]);
  return change;
}
