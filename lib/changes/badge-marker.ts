// The toolbar button of a policy that changed since the user last read it: its badge text with a
// mark, and a line saying so under its tooltip.
import type { MessageKey } from "../i18n";

export const CHANGE_MARK = "*";

export function withChangeMark(text: string, changed: boolean): string {
  return changed && text ? `${text}${CHANGE_MARK}` : text;
}

export function withChangeLine(title: string, changed: boolean, t: (key: MessageKey) => string): string {
  return changed ? `${title}\n${t("policyChangedBadgeTitle")}` : title;
}
