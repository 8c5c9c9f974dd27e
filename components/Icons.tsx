// Small inline SVG icons. They are decoration: every icon sits next to a word that says the same.
import { type FindingKey, findingOf, type IconShape } from "@/lib/findings/index";
import type { Level } from "@/lib/types";

function Shape({ shape }: { shape: IconShape }) {
  if ("path" in shape) return <path d={shape.path} />;
  const [cx, cy, r] = shape.circle;
  return <circle cx={cx} cy={cy} r={r} fill={shape.filled ? "currentColor" : undefined} />;
}

/** The finding's icon, as its file declares it. */
export function FindingIcon({ name }: { name: FindingKey }) {
  return (
    <svg
      class="icon icon--finding"
      viewBox="0 0 20 20"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {findingOf(name).icon.map((shape, i) => (
        <Shape key={i} shape={shape} />
      ))}
    </svg>
  );
}

const LEVEL_PATHS: Record<Level, preact.JSX.Element> = {
  good: <path d="M2.8 6.4l2.2 2.3 4.2-5" />,
  caution: (
    <>
      <path d="M6 2.6v4.2" />
      <circle cx="6" cy="9.2" r="0.5" fill="currentColor" />
    </>
  ),
  bad: <path d="M3.2 3.2l5.6 5.6M8.8 3.2l-5.6 5.6" />,
  unknown: (
    <>
      <path d="M4.3 4.4a1.8 1.8 0 1 1 2.4 1.7c-.5.2-.7.6-.7 1.1v.2" />
      <circle cx="6" cy="9.4" r="0.5" fill="currentColor" />
    </>
  ),
};

/** A different shape per level, so the level never depends on colour alone. */
export function LevelIcon({ level }: { level: Level }) {
  return (
    <svg
      class="icon icon--level"
      viewBox="0 0 12 12"
      width="12"
      height="12"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {LEVEL_PATHS[level]}
    </svg>
  );
}

export function ChevronIcon() {
  return (
    <svg
      class="icon icon--chevron"
      viewBox="0 0 12 12"
      width="12"
      height="12"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M3 4.5l3 3 3-3" />
    </svg>
  );
}
