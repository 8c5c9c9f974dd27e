// A finding's level: shape + word + colour (never colour alone).
import { t } from "@/lib/i18n";
import type { Level } from "@/lib/types";
import { LevelIcon } from "./Icons";
import { LEVEL_WORD } from "./verdicts";

export function LevelBadge({ level }: { level: Level }) {
  return (
    <span class={`level level--${level}`}>
      <LevelIcon level={level} />
      <span class="level__word">{t(LEVEL_WORD[level])}</span>
    </span>
  );
}
