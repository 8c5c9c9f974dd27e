// The toolbar button's tooltip on an analysed page: what the badge's colour stands for, finding by finding.
import type { MessageKey } from "./i18n";
import type { Level, Summary } from "./types";

const LEVEL_WORD: Record<Level, MessageKey> = {
  good: "levelGood",
  caution: "levelCaution",
  bad: "levelBad",
  unknown: "levelUnknown",
};

export function badgeTitle(summary: Summary, t: (key: MessageKey) => string): string {
  const parts: [MessageKey, Level][] = [
    ["findingCookies", summary.cookies.level],
    ["findingSharing", summary.sharing.level],
    ["findingOptOut", summary.optOut.level],
    ["findingTracking", summary.tracking.level],
  ];
  const lines = parts.map(([finding, level]) => `${t(finding)}: ${t(LEVEL_WORD[level])}`);
  return [t("actionTitle"), ...lines].join("\n");
}
