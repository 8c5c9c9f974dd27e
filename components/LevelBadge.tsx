// A finding's level: shape + word + colour (never colour alone).
import { LEVEL_WORD } from "@/lib/findings/index";
import { t } from "@/lib/i18n";
import type { Level } from "@/lib/types";
import { LevelIcon } from "./Icons";

export function LevelBadge({ level }: { level: Level }) {
  return (
    <span class={`level level--${level}`}>
      <LevelIcon level={level} />
      <span class="level__word">{t(LEVEL_WORD[level])}</span>
    </span>
  );
}
