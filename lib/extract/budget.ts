/** A time budget checked during long walks, so extraction can give up instead of freezing the page. */
export interface Budget {
  /** True once the deadline has passed (checked every call; callers call it every few dozen nodes). */
  expired(): boolean;
}

export function createBudget(timeBudgetMs: number, now: () => number): Budget {
  const deadline = now() + timeBudgetMs;
  return { expired: () => now() > deadline };
}
