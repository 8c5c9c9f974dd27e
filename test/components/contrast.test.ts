// Colour contrast of every text/background pair the UI uses, in both themes (WCAG 2: >= 4.5:1).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const css = readFileSync(path.resolve(__dirname, "../../components/theme.css"), "utf8");

function variables(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]),
  );
}

const lightBlock = /:root\s*{([^}]*)}/.exec(css)?.[1] ?? "";
const darkBlock = /prefers-color-scheme:\s*dark\)\s*{\s*:root\s*{([^}]*)}/.exec(css)?.[1] ?? "";
const themes = { light: variables(lightBlock), dark: { ...variables(lightBlock), ...variables(darkBlock) } };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// [text, background] pairs as used in popup.css / options.css.
const PAIRS: [string, string][] = [
  ["text", "bg"],
  ["text", "surface"],
  ["text", "surface-hover"],
  ["text-muted", "bg"],
  ["text-muted", "surface"],
  ["text-muted", "surface-hover"],
  ["accent", "bg"],
  ["accent", "surface"],
  ["accent", "surface-hover"],
  ["accent-text", "accent"],
  ["good-fg", "good-bg"],
  ["caution-fg", "caution-bg"],
  ["bad-fg", "bad-bg"],
  ["bad-fg", "surface"],
  ["unknown-fg", "unknown-bg"],
];

describe("theme contrast", () => {
  it("parses both themes", () => {
    expect(Object.keys(themes.light).length).toBeGreaterThan(15);
    expect(Object.keys(variables(darkBlock)).length).toBeGreaterThan(15);
  });

  for (const [name, vars] of Object.entries(themes)) {
    it.each(PAIRS)(`${name}: --%s on --%s is at least 4.5:1`, (fg, bg) => {
      const [a, b] = [vars[fg], vars[bg]];
      expect(a, fg).toBeDefined();
      expect(b, bg).toBeDefined();
      expect(contrast(a as string, b as string)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it("the check itself can fail", () => {
    expect(contrast("#777777", "#888888")).toBeLessThan(4.5);
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
  });
});
