import { buildSync } from "esbuild";
import { describe, expect, it } from "vitest";

// The detector is injected into pages (those whose address or title may name a policy): page code is
// budgeted at 10 KB minified (scripts/bench/goals.ts).
describe("detector bundle size", () => {
  it("lib/detect minifies to at most 10 KB", () => {
    const out = buildSync({
      entryPoints: [new URL("../../lib/detect/index.ts", import.meta.url).pathname],
      bundle: true,
      minify: true,
      format: "esm",
      write: false,
    });
    const bytes = out.outputFiles[0]?.contents.length ?? Number.POSITIVE_INFINITY;
    expect(bytes).toBeLessThanOrEqual(10 * 1024);
  });
});
