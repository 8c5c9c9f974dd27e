import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanLength } from "../../lib/extract/blocks";

/** What cleanLength stands in for: the length of the text with whitespace runs collapsed and trimmed. */
const collapsedLength = (s: string): number => s.replace(/\s+/g, " ").trim().length;

// Every character JavaScript's \s matches, and look-alikes it does not (zero-width space, NEL, U+180E).
const SPACES = [" ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u1680", "\u2000", "\u200a", "\u2028"];
const MORE_SPACES = ["\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"];
const NOT_SPACES = ["\u200b", "\u0085", "\u180e", "a", "é", "中", "😀"];

describe("cleanLength", () => {
  it.each([
    ["", 0],
    ["   ", 0],
    [" a ", 1],
    ["a  b", 3],
    ["\u00a0Privacy\u3000Policy\n", 14],
  ])("%j → %d", (text, expected) => {
    expect(cleanLength(text)).toBe(expected);
  });

  it("equals the collapsed, trimmed length for any mix of spaces and letters", () => {
    const piece = fc.constantFrom(...SPACES, ...MORE_SPACES, ...NOT_SPACES);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join("");
        expect(cleanLength(text)).toBe(collapsedLength(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => cleanLength(text) === collapsedLength(text)),
    );
  });
});
