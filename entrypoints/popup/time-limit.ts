// The popup's requests to the background have a time limit: past it the popup says that nothing
// answered and offers to try again, instead of showing "Loading…" for ever (a background that is
// starting or stuck, a page that never lets the extractor in).

/** How long the popup waits for the background to answer one of its questions about the tab. */
export const ANSWER_WITHIN_MS = 5000;

/** Nothing answered `what` within `ms` milliseconds. */
export class NoAnswerError extends Error {
  constructor(
    readonly what: string,
    readonly ms: number,
  ) {
    super(`no answer to ${what} within ${ms} ms`);
    this.name = "NoAnswerError";
  }
}

export function isNoAnswer(error: unknown): error is NoAnswerError {
  return error instanceof NoAnswerError;
}

/** `work`'s outcome, or a NoAnswerError once `ms` have passed without one. */
export function withTimeLimit<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswerError(what, ms)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
