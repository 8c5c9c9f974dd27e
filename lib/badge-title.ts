// The toolbar button's tooltip on an analysed page: what the badge's colour stands for, finding by finding.
import { FINDINGS, LEVEL_WORD } from "./findings/index";
import type { MessageKey } from "./i18n";
import type { Summary } from "./types";

export function badgeTitle(summary: Summary, t: (key: MessageKey) => string): string {
  const lines = FINDINGS.map(
    (finding) => `${t(finding.messages.title)}: ${t(LEVEL_WORD[summary[finding.key].level])}`,
  );
  return [t("actionTitle"), ...lines].join("\n");
}
