// Small inline SVG icons. They are decoration: every icon sits next to a word that says the same.
import type { Level } from "@/lib/types";
import type { FindingName } from "./verdicts";

const FINDING_PATHS: Record<FindingName, preact.JSX.Element> = {
  cookies: (
    <>
      <path d="M10 2.2a7.8 7.8 0 1 0 7.8 8.3 2.6 2.6 0 0 1-3-2.6 2.6 2.6 0 0 1-2.6-2.7A2.6 2.6 0 0 1 10 2.2z" />
      <circle cx="7" cy="8" r="0.9" fill="currentColor" />
      <circle cx="12.5" cy="12.5" r="0.9" fill="currentColor" />
      <circle cx="7.5" cy="13" r="0.9" fill="currentColor" />
    </>
  ),
  sharing: (
    <>
      <circle cx="15" cy="4.5" r="2.3" />
      <circle cx="5" cy="10" r="2.3" />
      <circle cx="15" cy="15.5" r="2.3" />
      <path d="M7 9l6-3.4M7 11l6 3.4" />
    </>
  ),
  optOut: (
    <>
      <path d="M8 3H4.5A1.5 1.5 0 0 0 3 4.5v11A1.5 1.5 0 0 0 4.5 17H8" />
      <path d="M12.5 6l4 4-4 4M16.5 10H8" />
    </>
  ),
  tracking: (
    <>
      <path d="M1.8 10S5 4.5 10 4.5 18.2 10 18.2 10 15 15.5 10 15.5 1.8 10 1.8 10z" />
      <circle cx="10" cy="10" r="2.5" />
    </>
  ),
};

export function FindingIcon({ name }: { name: FindingName }) {
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
      {FINDING_PATHS[name]}
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
