// The storage items of the change alerts: the remembered policies and the switch that allows them.
import { storage } from "wxt/utils/storage";
import type { PolicyRecords } from "./record";

/** Remembered policies (record.ts), in local storage: on this device only, bounded. */
export const policyRecordsItem = storage.defineItem<PolicyRecords>("local:policyRecords", {
  fallback: {},
  version: 1,
});

/** Whether policies are remembered to tell their changes (the options page's switch). */
export const changeAlertsItem = storage.defineItem<boolean>("local:changeAlerts", {
  fallback: true,
  version: 1,
});

/** The switch as stored; a value that is not true or false is read as on, with a warning. */
export function validSwitch(raw: unknown, warn: (msg: string) => void = console.warn): boolean {
  if (typeof raw === "boolean") return raw;
  if (raw !== null && raw !== undefined)
    warn("Privacy Glance: the change alerts setting was unreadable and has been reset.");
  return true;
}
