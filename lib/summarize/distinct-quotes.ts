// No quote shown twice: a sentence that backs two findings is quoted by the first card that needs it.
// Each finding's first quote is the one that says why it has its level (README, "Levels"), so it is
// always kept; the other quotes give way to a quote another card already shows.
import type { Evidence } from "../types";

/** The same words, or one quote holding the other from the same segment. */
function sameQuote(a: Evidence, b: Evidence): boolean {
  return (
    a.text === b.text || (a.segment === b.segment && (a.text.includes(b.text) || b.text.includes(a.text)))
  );
}

/** Each finding's evidence, in order, without a quote any other finding shows before it or leads with. */
export function distinctQuotes(evidence: readonly (readonly Evidence[])[]): Evidence[][] {
  const leads = evidence.map((list) => list[0]).filter((e): e is Evidence => e !== undefined);
  const shown: Evidence[] = [];
  return evidence.map((list) => {
    const kept: Evidence[] = [];
    list.forEach((quote, i) => {
      const lead = i === 0;
      if (!lead && (shown.some((s) => sameQuote(s, quote)) || leads.some((l) => sameQuote(l, quote)))) return;
      kept.push(quote);
      shown.push(quote);
    });
    return kept;
  });
}
