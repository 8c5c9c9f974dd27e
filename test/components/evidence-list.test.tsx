// @vitest-environment happy-dom
// Long quotes are cut at a readable length with "more"; "Show on page" still looks for the whole quote.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EvidenceList } from "@/components/EvidenceList";
import { QUOTE_SHOWN_CHARS, shownPart } from "@/components/quote-length";
import { setMessageLookup } from "@/lib/i18n";
import { useEnglishMessages } from "../popup/english";
import { type Rendered, renderInto } from "../popup/render";

const long = `${"We keep the records of your orders for as long as the law asks us to keep them. ".repeat(8)}End.`;

describe("shownPart", () => {
  it("keeps a short quote whole", () => {
    expect(shownPart("We use cookies.")).toEqual({ shown: "We use cookies.", cut: false });
  });

  it("cuts a long one at a space before the limit, with an ellipsis", () => {
    const { shown, cut } = shownPart(long);
    expect(cut).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(QUOTE_SHOWN_CHARS);
    expect(shown.endsWith("…")).toBe(true);
    expect(long.startsWith(shown.slice(0, -1))).toBe(true);
    expect(shown.at(-2)).not.toBe(" ");
  });
});

describe("EvidenceList", () => {
  let view: Rendered | undefined;
  beforeEach(() => useEnglishMessages());
  afterEach(() => {
    view?.unmount();
    setMessageLookup();
  });

  it("shows a long quote cut, the whole of it after 'more', and looks for the whole on the page", async () => {
    const asked: string[] = [];
    const rendered = await renderInto(
      <EvidenceList
        evidence={[
          { text: long, segment: 0 },
          { text: "We use cookies.", segment: 1 },
        ]}
        onShow={async (text) => {
          asked.push(text);
          return false;
        }}
      />,
    );
    view = rendered;
    const quotes = () => [...rendered.root.querySelectorAll("q")].map((q) => q.textContent ?? "");
    expect(quotes()[0]?.length).toBeLessThanOrEqual(QUOTE_SHOWN_CHARS);
    expect(quotes()[1]).toBe("We use cookies.");
    const more = rendered.root.querySelectorAll<HTMLButtonElement>(".evidence__more");
    expect(more).toHaveLength(1);
    more[0]?.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(quotes()[0]).toBe(long);
    rendered.root.querySelector<HTMLButtonElement>(".evidence__quote")?.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toEqual([long]);
    expect(rendered.root.textContent).toContain("Couldn't mark this quote on the page.");
    expect(rendered.root.textContent).not.toMatch(/changed/);
  });
});
