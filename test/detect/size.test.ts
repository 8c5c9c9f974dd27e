import { buildSync } from "esbuild";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../lib/lang/index";

// The detector is injected into pages (those whose address or title may name a policy): page code is
// budgeted at 10 KB minified (scripts/bench/goals.ts). Each language beyond English adds its name,
// topic and voice tables (lib/lang/<code>/detect.ts) and the text identifier needs their common
// words: 7 KB more per language (French: 16.6 KB in all), over that budget; see README "Languages".
// The second look at a page that names no policy in its address, title or headings (a policy's name
// as a line of its text, headings laid out like a policy's sections) adds about 1 KB: 0.5 KB more.
describe("detector bundle size", () => {
  it("lib/detect minifies to at most 10.5 KB, plus 7 KB per language beyond English", () => {
    const out = buildSync({
      entryPoints: [new URL("../../lib/detect/index.ts", import.meta.url).pathname],
      bundle: true,
      minify: true,
      format: "esm",
      write: false,
    });
    const bytes = out.outputFiles[0]?.contents.length ?? Number.POSITIVE_INFINITY;
    expect(bytes).toBeLessThanOrEqual((10.5 + 7 * (LANGUAGES.length - 1)) * 1024);
  });
});
