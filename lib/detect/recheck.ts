/**
 * Re-running the detector for late-rendered pages (single-page apps, policies loaded by script):
 * the entrypoint passes its own timer (WXT's ctx.setTimeout) so the checks stop with the context.
 */
import type { Detection } from "../types";
import { detectPolicy } from "./detector";

export interface RecheckOptions {
  /** Delays after start (or after a URL change) at which to look again. */
  delaysMs?: readonly number[];
  /** The detector (tests pass a counting one). Default detectPolicy. */
  detect?: (doc: Document, url: string) => Detection;
  setTimeout: (fn: () => void, ms: number) => unknown;
  /** False once the content script is invalidated; checks stop. */
  isActive?: () => boolean;
}

export interface Rechecker {
  /** Call after the page URL changed (history navigation): checks now and again after the delays. */
  restart(): void;
  /** The most recent result. */
  last(): Detection | null;
}

/** True when a new detection should be reported (first one, or the verdict flipped). */
export function detectionChanged(previous: Detection | null, next: Detection): boolean {
  return previous === null || previous.isPolicy !== next.isPolicy;
}

/**
 * What a re-check would look at, cheaply: the URL, the title and how many elements the page has (a
 * live collection's length, counted natively). A page whose signature has not changed since the last
 * detection is not read again: late-rendered content adds elements (or retitles the page). (Measured in
 * Chromium: comparing costs about half of taking the detector's first look again.)
 */
export function pageSignature(doc: Document, url: string): string {
  // linkedom (tests, CLI) answers 0 for getElementsByTagName("*"): count with a selector there.
  const elements = doc.getElementsByTagName("*").length || doc.querySelectorAll("*").length;
  return `${url}\n${doc.title}\n${elements}`;
}

/**
 * Detects now and after each delay; calls `onChange` with the first result and whenever the verdict
 * changes (or the URL did). Stops early once the page is found to be a policy, and skips a re-check
 * when the page has not changed since the last one.
 */
export function watchPolicy(
  doc: Document,
  getUrl: () => string,
  onChange: (detection: Detection, url: string) => void,
  options: RecheckOptions,
): Rechecker {
  const delays = options.delaysMs ?? [1500, 5000];
  const detect = options.detect ?? detectPolicy;
  let last: Detection | null = null;
  let lastUrl = "";
  let lastSignature = "";
  let generation = 0;
  const check = (gen: number): void => {
    if (gen !== generation || (options.isActive && !options.isActive())) return;
    const url = getUrl();
    const signature = pageSignature(doc, url);
    if (last && signature === lastSignature) return;
    const detection = detect(doc, url);
    if (detectionChanged(last, detection) || url !== lastUrl) onChange(detection, url);
    last = detection;
    lastUrl = url;
    lastSignature = signature;
  };
  const restart = (): void => {
    const gen = ++generation;
    last = null;
    check(gen);
    for (const ms of delays) {
      options.setTimeout(() => {
        if (!last?.isPolicy) check(gen);
      }, ms);
    }
  };
  restart();
  return { restart, last: () => last };
}
