import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const CHROME_BUILD = path.join(repoRoot, ".output/chrome-mv3");
export const FIREFOX_BUILD = path.join(repoRoot, ".output/firefox-mv2");
export const SCREENSHOTS = path.join(repoRoot, "test-results/screenshots");
export const README_SCREENSHOTS = path.join(repoRoot, "docs/screenshots");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

export function dataDirIfPresent(): string | null {
  const dir = process.env.PRIVACY_GLANCE_DATA ?? path.resolve(repoRoot, "../shared/data");
  return existsSync(path.join(dir, "opp115")) ? dir : null;
}

/** A few real policy pages and ordinary pages from the shared data (dev split policies). */
export function realPages(dataDir: string, count = 3): { policies: string[]; ordinary: string[] } {
  const dev = readFileSync(path.join(dataDir, "opp115/splits/dev.txt"), "utf8").split(/\s+/).filter(Boolean);
  const policies = dev
    .map((name) => `opp115/original_policies/${name}.html`)
    .filter((p) => existsSync(path.join(dataDir, p)))
    .slice(0, count);
  const ordinary = readdirSync(path.join(dataDir, "pages/non-policy"))
    .sort()
    .slice(0, count)
    .map((d) => `pages/non-policy/${d}`);
  return { policies, ordinary };
}

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}
