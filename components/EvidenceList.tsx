// Evidence quotes. When they come from the page the tab shows, clicking one asks the page to scroll to
// it and highlight it (and the quote says when the page can't find it). When they were read from
// another page (the site's policy, fetched by its link), they are plain text with a link to that page.
import { useState } from "preact/hooks";
import { t } from "@/lib/i18n";
import type { Evidence } from "@/lib/types";
import { PageLink } from "./PageLink";
import { shownPart } from "./quote-length";

type QuoteStatus = "idle" | "found" | "missing";

/** A quote's words: cut at a readable length until "more" is pressed (page text, rendered as text). */
function QuoteText({ text, whole }: { text: string; whole: boolean }) {
  const { shown, cut } = shownPart(text);
  return <q data-quote-cut={cut && !whole ? "" : undefined}>{whole || !cut ? text : shown}</q>;
}

/** "more" / "less" for a quote longer than what is shown. */
function MoreButton({ text, whole, onToggle }: { text: string; whole: boolean; onToggle: () => void }) {
  if (!shownPart(text).cut) return null;
  return (
    <button type="button" class="evidence__more" aria-expanded={whole} onClick={onToggle}>
      {t(whole ? "evidenceLess" : "evidenceMore")}
    </button>
  );
}

export function EvidenceList({
  evidence,
  onShow,
  readFrom,
}: {
  evidence: Evidence[];
  /** Resolves true when the page found and highlighted the text; absent when the quotes aren't from this page. */
  onShow?: (text: string) => Promise<boolean>;
  /** Where the quotes were read, when that isn't the tab's page. */
  readFrom?: string;
}) {
  const [status, setStatus] = useState<Record<number, QuoteStatus>>({});
  const [open, setOpen] = useState<Record<number, boolean>>({});
  const toggle = (index: number) => setOpen((previous) => ({ ...previous, [index]: !previous[index] }));

  if (!onShow) {
    return (
      <>
        <ul class="evidence">
          {evidence.map((quote, index) => (
            <li key={`${quote.segment}:${quote.text}`} class="evidence__item" data-quote-status="elsewhere">
              <p class="evidence__quote evidence__quote--text">
                <QuoteText text={quote.text} whole={open[index] ?? false} />
              </p>
              <MoreButton text={quote.text} whole={open[index] ?? false} onToggle={() => toggle(index)} />
            </li>
          ))}
        </ul>
        <p class="evidence__elsewhere">
          {t("evidenceElsewhere")} {readFrom && <PageLink url={readFrom}>{t("evidenceOpenPolicy")}</PageLink>}
        </p>
      </>
    );
  }

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
              <QuoteText text={quote.text} whole={open[index] ?? false} />
              <span class="evidence__hint">{t("evidenceHint")}</span>
            </button>
            <MoreButton text={quote.text} whole={open[index] ?? false} onToggle={() => toggle(index)} />
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
