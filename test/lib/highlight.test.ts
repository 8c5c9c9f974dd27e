// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { findTextRange } from "../../lib/highlight";

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
