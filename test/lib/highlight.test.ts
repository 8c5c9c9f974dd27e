// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { adoptHighlightStyle, findTextRange, highlightText, searchTargets } from "../../lib/highlight";

describe("findTextRange", () => {
  it.each([
    ["inside one text node", "<p>We use cookies to remember you.</p>", "use cookies", "use cookies"],
    [
      "across elements",
      "<p>We <b>share</b>   data\n with partners.</p>",
      "share data with",
      "share   data\n with",
    ],
    ["ignoring case", "<p>Do Not Track signals</p>", "do not track", "Do Not Track"],
  ])("finds text %s", (_name, html, needle, expected) => {
    document.body.innerHTML = html;
    expect(findTextRange(document, needle)?.toString()).toBe(expected);
  });

  it("returns null when the text is not on the page, and ignores scripts", () => {
    document.body.innerHTML = "<p>Nothing here</p><script>var secret = 'hidden text';</script>";
    expect(findTextRange(document, "hidden text")).toBeNull();
    expect(findTextRange(document, "")).toBeNull();
  });

  it("does not change the page", () => {
    document.body.innerHTML = "<p>We use cookies.</p>";
    const before = document.body.innerHTML;
    findTextRange(document, "cookies");
    expect(document.body.innerHTML).toBe(before);
  });
});

describe("findTextRange on long sentences", () => {
  it("marks the whole sentence, not just its first part", () => {
    const sentence =
      "When you visit our shop we record which pages you open, how long you stay on each of them, which links you follow and the rough area your connection comes from.";
    document.body.innerHTML = `<p>Intro.</p><p>${sentence}</p>`;
    expect(findTextRange(document, sentence)?.toString()).toBe(sentence);
  });

  it("falls back to the start of a sentence the page has since changed", () => {
    const start =
      "We keep the records of your orders for six years so that we can answer questions from the tax office";
    document.body.innerHTML = `<p>${start} about them.</p>`;
    expect(findTextRange(document, `${start} and then delete them.`)?.toString()).toBe(start.slice(0, 80));
  });
});

describe("findTextRange: both sides normalised the same way", () => {
  it.each([
    [
      "curly quotes against straight ones",
      "<p>We don’t sell “personal” data.</p>",
      `We don't sell "personal" data.`,
      "We don’t sell “personal” data.",
    ],
    [
      "a soft hyphen on the page",
      "<p>We use ana\u00adlytics tools.</p>",
      "We use analytics tools.",
      "We use ana\u00adlytics tools.",
    ],
    ["dashes", "<p>Opt out – at any time.</p>", "Opt out - at any time.", "Opt out – at any time."],
    [
      "a quote we cut",
      "<p>We share data with our partners for advertising and measurement.</p>",
      "We share data with our partners for advertising…",
      "We share data with our partners for advertising",
    ],
  ])("finds %s", (_name, html, needle, expected) => {
    document.body.innerHTML = html;
    expect(findTextRange(document, needle)?.toString()).toBe(expected);
  });

  it("finds a table row read as column — value by its longest cell", () => {
    document.body.innerHTML =
      "<table><tr><th>Category</th><th>Sold</th></tr><tr><td>Identifiers such as your name</td><td>No</td></tr></table>";
    expect(findTextRange(document, "Category — Identifiers such as your name; Sold — No")?.toString()).toBe(
      "Identifiers such as your name",
    );
  });

  it("still finds nothing that is not there", () => {
    document.body.innerHTML = "<p>We bake bread.</p>";
    expect(findTextRange(document, "Category — We sell your data; Sold — Yes")).toBeNull();
  });
});

describe("searchTargets", () => {
  it("tries the whole quote first, then the parts we joined, longest first", () => {
    expect(searchTargets("Category — Identifiers such as name; Sold — No")).toEqual([
      "category - identifiers such as name; sold - no",
      "identifiers such as name",
    ]);
  });
});

describe("findTextRange across inline elements", () => {
  it("reads a link followed by punctuation as the paragraph's own text", () => {
    document.body.innerHTML = '<p>Change it in your <a href="/ads">Ad settings</a>.</p>';
    expect(findTextRange(document, "Change it in your Ad settings.")?.toString()).toBe(
      "Change it in your Ad settings.",
    );
  });

  it("still breaks between blocks", () => {
    document.body.innerHTML = "<p>First one</p><p>second one.</p>";
    expect(findTextRange(document, "First one second one.")?.toString()).toBe("First onesecond one.");
    expect(findTextRange(document, "First onesecond one.")).toBeNull();
  });
});

describe("adoptHighlightStyle", () => {
  class FakeSheet {
    text = "";
    replaceSync(css: string): void {
      this.text = css;
    }
  }
  /** A document whose adopted list is a non-iterable wrapper, as a Firefox content script sees it. */
  function docWith(list: unknown, onSet: (v: unknown) => void): Document {
    return {
      defaultView: { CSSStyleSheet: FakeSheet },
      get adoptedStyleSheets() {
        return list;
      },
      set adoptedStyleSheets(v: unknown) {
        onSet(v);
      },
    } as unknown as Document;
  }

  it("keeps the page's own sheets when their list is not iterable", () => {
    const own = new FakeSheet();
    let set: unknown[] = [];
    const doc = docWith({ length: 1, 0: own }, (v) => {
      set = v as unknown[];
    });
    expect(adoptHighlightStyle(doc)).toBe(true);
    expect(set).toHaveLength(2);
    expect(set[0]).toBe(own);
    expect((set[1] as FakeSheet).text).toContain("::highlight(");
  });

  it("returns false, without throwing, when the browser refuses the sheet or has no list", () => {
    const refusing = docWith([], () => {
      throw new TypeError("refused");
    });
    expect(adoptHighlightStyle(refusing)).toBe(false);
    expect(adoptHighlightStyle(docWith(undefined, () => {}))).toBe(false);
  });

  it("marks the text with the selection when the style could not be adopted", () => {
    document.body.innerHTML = "<p>We use cookies to remember you.</p>";
    expect(highlightText(window, "use cookies", false)).toBe(true);
    expect(window.getSelection()?.toString()).toBe("use cookies");
    expect(highlightText(window, "not on this page", false)).toBe(false);
  });
});
