// The change alerts' storage as the options page reads and writes it (components/ChangeAlertsSection).
import type { ChangeAlertsStore } from "@/components/ChangeAlertsSection";
import { validRecords } from "@/lib/changes/record";
import { changeAlertsItem, policyRecordsItem, validSwitch } from "@/lib/changes/storage";

export function extensionChangeAlertsStore(): ChangeAlertsStore {
  return {
    async load() {
      const enabled = validSwitch(await changeAlertsItem.getValue());
      return { enabled, count: Object.keys(validRecords(await policyRecordsItem.getValue())).length };
    },
    async setEnabled(enabled) {
      await changeAlertsItem.setValue(enabled);
      if (!enabled) await policyRecordsItem.setValue({});
    },
    async clear() {
      await policyRecordsItem.setValue({});
    },
  };
}
