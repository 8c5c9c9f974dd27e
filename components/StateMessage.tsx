// The frame of every non-summary state: a heading, some explanation and the actions that help.
import type { ComponentChildren } from "preact";

export type PopupStateName =
  | "loading"
  | "analysing"
  | "not-policy"
  | "analysed"
  | "too-large"
  | "error"
  | "no-answer"
  | "unsupported"
  | "disabled";

export function StateMessage({
  state,
  title,
  children,
  actions,
}: {
  /** The data-state hook the e2e tests read. */
  state: PopupStateName;
  title: string;
  children?: ComponentChildren;
  actions?: ComponentChildren;
}) {
  return (
    <section class={`state state--${state}`} data-state={state}>
      <h2 class="state__title">{title}</h2>
      {children}
      {actions ? <div class="state__actions">{actions}</div> : null}
    </section>
  );
}
