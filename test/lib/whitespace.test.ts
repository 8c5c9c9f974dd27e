import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanSpaces, collapseSpaces } from "../../lib/whitespace";

// Every character JavaScript's \s matches, and look-alikes it does not (zero-width space, NEL, U+180E).
const SPACES = [" ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u1680", "\u2000", "\u200a", "\u2028"];
const MORE_SPACES = ["\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"];
const NOT_SPACES = ["\u200b", "\u0085", "\u180e", "a", "é", "中", "😀", "."];

describe("collapseSpaces / cleanSpaces", () => {
  it.each([
    ["", "", ""],
    [" ", " ", ""],
    ["a b", "a b", "a b"],
    ["a  b", "a b", "a b"],
    ["a\tb", "a b", "a b"],
    ["a \n b", "a b", "a b"],
    ["\u00a0Privacy\u3000Policy\n", " Privacy Policy ", "Privacy Policy"],
    ["one space only, left alone", "one space only, left alone", "one space only, left alone"],
  ])("%j → %j / %j", (text, collapsed, cleaned) => {
    expect(collapseSpaces(text)).toBe(collapsed);
    expect(cleanSpaces(text)).toBe(cleaned);
  });

  it("leaves look-alikes that are not whitespace (zero-width space, NEL) in place", () => {
    expect(cleanSpaces("a\u200bb\u0085c")).toBe("a\u200bb\u0085c");
  });

  it("equals replace(/\\s+/g, ' ') (and its trim) for any mix of spaces and other characters", () => {
    const piece = fc.constantFrom(...SPACES, ...MORE_SPACES, ...NOT_SPACES);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, " "));
        expect(cleanSpaces(text)).toBe(text.replace(/\s+/g, " ").trim());
      }),
      { numRuns: 2000 },
    );
  });
});
