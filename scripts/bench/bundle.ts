// esbuild bundles of lib/ code for the benchmark: the page harness (not minified, so CPU profiles name
// real functions) and lib/detect alone (minified, the figure test/detect/size.test.ts checks).
import { existsSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { repoRoot } from "../lib/data-dir.ts";

export interface HarnessBundle {
  code: string;
  /** Sorted [line, source file] markers: the bundle line where each source file's code starts. */
  sources: Array<[number, string]>;
}

export async function bundleHarness(): Promise<HarnessBundle> {
  const modelData = path.join(repoRoot, "lib/classify/model-data.ts");
  if (!existsSync(modelData))
    throw new Error(`${modelData} is missing: train the model (npm run train) first`);
  const out = await build({
    entryPoints: [path.join(repoRoot, "scripts/bench/harness.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "chrome120",
    write: false,
    minify: false,
    legalComments: "none",
    logLevel: "silent",
  });
  const code = out.outputFiles[0]?.text ?? "";
  // esbuild writes a "// path/of/source.ts" comment where each module starts.
  const sources: Array<[number, string]> = [];
  code.split("\n").forEach((line, i) => {
    const m = /^\s*\/\/ ((?:lib|scripts|node_modules)\/\S+\.[cm]?[jt]s)$/.exec(line);
    if (m?.[1]) sources.push([i, m[1]]);
  });
  return { code, sources };
}

/** The source file that bundle line `line` (0-based) belongs to. */
export function sourceOfLine(bundle: HarnessBundle, line: number): string {
  let found = "?";
  for (const [start, file] of bundle.sources) {
    if (start > line) break;
    found = file;
  }
  return found;
}

/** lib/detect/index.ts bundled and minified on its own (no WXT runtime, no message schemas). */
export async function detectLibBytes(): Promise<number> {
  const out = await build({
    entryPoints: [path.join(repoRoot, "lib/detect/index.ts")],
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  return out.outputFiles[0]?.contents.length ?? 0;
}
