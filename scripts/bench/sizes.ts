// Sizes: the code the manifest puts on every page (none), the code the extension injects into pages,
// each bundle of both builds, the model, the store zips.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { repoRoot } from "../lib/data-dir.ts";

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

/** The scripts the manifest injects into every page (content_scripts matching <all_urls>). */
export function everyPageScripts(buildDir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, "manifest.json"), "utf8")) as {
    content_scripts?: { matches?: string[]; js?: string[] }[];
  };
  return (manifest.content_scripts ?? [])
    .filter((c) => c.matches?.includes("<all_urls>"))
    .flatMap((c) => c.js ?? []);
}

/**
 * The extension's scripts that can run inside web pages: the detector, which the background injects
 * where the address or title may name a policy, and the extractor, injected on a detected policy or at
 * the user's request.
 */
export const PAGE_SCRIPTS = ["page-detector.js", "extractor.js"];

export interface Sizes {
  /** The content scripts the manifest injects into every page, summed (null: none). */
  everyPage: FileSize | null;
  /** page-detector.js: what a page whose address or title may name a policy gets first. */
  detector: FileSize | null;
  /** lib/detect alone, bundled and minified by esbuild (what test/detect/size.test.ts checks). */
  detectLibBytes: number;
  chrome: FileSize[];
  firefox: FileSize[];
  /** lib/classify/model-data.ts (the model JSON as a string module). */
  model: FileSize | null;
  zips: FileSize[];
}

export const OUTPUT = path.join(repoRoot, ".output");
export const CHROME_BUILD = path.join(OUTPUT, "chrome-mv3");
export const FIREFOX_BUILD = path.join(OUTPUT, "firefox-mv2");

function sizeOf(file: string, base: string): FileSize {
  const bytes = readFileSync(file);
  return { file: path.relative(base, file), bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** The JavaScript and HTML of a build, largest first. */
function bundles(dir: string): FileSize[] {
  return walk(dir)
    .filter((f) => /\.(js|html|css)$/.test(f))
    .map((f) => sizeOf(f, dir))
    .sort((a, b) => b.bytes - a.bytes);
}

/** `wxt zip` and `wxt zip -b firefox` (each builds first): ~10 s. */
export function buildAndZip(log: (s: string) => void): void {
  for (const args of [
    ["wxt", "zip"],
    ["wxt", "zip", "-b", "firefox"],
  ]) {
    log(`$ npx ${args.join(" ")}`);
    execFileSync("npx", args, { cwd: repoRoot, stdio: ["ignore", "ignore", "inherit"] });
  }
}

export function measureSizes(detectLibBytes: number): Sizes {
  const scripts = existsSync(CHROME_BUILD) ? everyPageScripts(CHROME_BUILD) : [];
  const everyPage = scripts.map((f) => sizeOf(path.join(CHROME_BUILD, f), CHROME_BUILD));
  const modelFile = path.join(repoRoot, "lib/classify/model-data.ts");
  const zips = existsSync(OUTPUT)
    ? readdirSync(OUTPUT)
        .filter((f) => f.endsWith(".zip"))
        .map((f) => sizeOf(path.join(OUTPUT, f), OUTPUT))
    : [];
  const detectorFile = path.join(CHROME_BUILD, "page-detector.js");
  return {
    detector: existsSync(detectorFile) ? sizeOf(detectorFile, CHROME_BUILD) : null,
    everyPage: everyPage.length
      ? {
          file: everyPage.map((f) => f.file).join(" + "),
          bytes: everyPage.reduce((n, f) => n + f.bytes, 0),
          gzip: everyPage.reduce((n, f) => n + f.gzip, 0),
        }
      : null,
    detectLibBytes,
    chrome: bundles(CHROME_BUILD),
    firefox: bundles(FIREFOX_BUILD),
    model: existsSync(modelFile) ? sizeOf(modelFile, repoRoot) : null,
    zips,
  };
}
