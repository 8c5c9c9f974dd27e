// Evidence quotes. Clicking one asks the page to scroll to it and highlight it; when the page can't
// find it, the quote says so.
import { useState } from "preact/hooks";
import { t } from "@/lib/i18n";
import type { Evidence } from "@/lib/types";

type QuoteStatus = "idle" | "found" | "missing";

export function EvidenceList({
  evidence,
  onShow,
}: {
  evidence: Evidence[];
  /** Resolves true when the page found and highlighted the text. */
  onShow: (text: string) => Promise<boolean>;
}) {
  const [status, setStatus] = useState<Record<number, QuoteStatus>>({});

  const show = async (index: number, text: string) => {
    let found = false;
    try {
      found = await onShow(text);
    } catch {
      found = false;
    }
    setStatus((previous) => ({ ...previous, [index]: found ? "found" : "missing" }));
  };

  return (
    <ul class="evidence">
      {evidence.map((quote, index) => {
        const quoteStatus = status[index] ?? "idle";
        return (
          <li key={`${quote.segment}:${quote.text}`} class="evidence__item" data-quote-status={quoteStatus}>
            <button type="button" class="evidence__quote" onClick={() => show(index, quote.text)}>
              <q>{quote.text}</q>
              <span class="evidence__hint">{t("evidenceHint")}</span>
            </button>
            <p class="evidence__status" role="status">
              {quoteStatus === "missing"
                ? t("evidenceNotFound")
                : quoteStatus === "found"
                  ? t("evidenceHighlighted")
                  : ""}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
