// Renders a Preact tree into happy-dom and waits for its promises to settle (no testing-library here).
import { type ComponentChild, render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach } from "vitest";
import { setMessageLookup } from "../../lib/i18n";
import { useEnglishMessages } from "./english";

export interface Rendered {
  root: HTMLElement;
  unmount(): void;
}

export async function flush(times = 5): Promise<void> {
  for (let i = 0; i < times; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** What renderInto mounted in the current test (unmounted after it by englishPopupTests). */
const mounted: Rendered[] = [];

export async function renderInto(tree: ComponentChild): Promise<Rendered> {
  const root = document.createElement("div");
  document.body.append(root);
  await act(async () => {
    render(tree, root);
  });
  await flush();
  const view = {
    root,
    unmount() {
      render(null, root);
      root.remove();
    },
  };
  mounted.push(view);
  return view;
}

/** Each test reads the English messages, and what it rendered is unmounted after it. */
export function englishPopupTests(): void {
  beforeEach(() => useEnglishMessages());
  afterEach(() => {
    for (const view of mounted.splice(0)) view.unmount();
    setMessageLookup();
  });
}

export async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error("nothing to click");
  await act(async () => {
    (element as HTMLElement).click();
  });
  await flush();
}

/** Buttons by their visible text. */
export function buttonNamed(root: ParentNode, text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll("button")].find((b) => b.textContent?.trim() === text);
}
