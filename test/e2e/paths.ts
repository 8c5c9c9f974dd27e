import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { annotatedUrl } from "../../scripts/lib/opp115";

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

/**
 * Where the e2e servers publish a saved OPP-115 policy: under the path of the address it was published
 * at (from its annotations), as a browser would have seen it. The address matters: the background
 * injects the detector only where the address or title may name a policy.
 */
export function publishedPolicyPath(dataDir: string, name: string): string {
  const url = annotatedUrl(name, path.join(dataDir, "opp115"));
  const address = url ? new URL(url) : null;
  return `${PUBLISHED}${name}${address ? address.pathname + address.search : "/"}`;
}

/**
 * The saved policy file behind a publishedPolicyPath request ("/data/…", query dropped), or null. Only
 * the page's own path: the saved pages' relative links (frames, styles) must not load the page again.
 */
export function publishedPolicyFile(pathname: string, dataDir: string): string | null {
  if (!pathname.startsWith(`/data/${PUBLISHED}`)) return null;
  const name = pathname.slice(`/data/${PUBLISHED}`.length).split("/", 1)[0] ?? "";
  if (!/^[\w.-]+$/.test(name)) return null;
  const own = `/data/${publishedPolicyPath(dataDir, name)}`.replace(/\?.*$/, "");
  return pathname === own ? `opp115/original_policies/${name}.html` : null;
}

const PUBLISHED = "published/";

/**
 * A few real policy pages (dev split, at their published paths) and ordinary pages from the shared
 * data, as paths under the servers' "/data/".
 */
export function realPages(dataDir: string, count = 3): { policies: string[]; ordinary: string[] } {
  const dev = readFileSync(path.join(dataDir, "opp115/splits/dev.txt"), "utf8").split(/\s+/).filter(Boolean);
  const policies = dev
    .filter((name) => existsSync(path.join(dataDir, `opp115/original_policies/${name}.html`)))
    .slice(0, count)
    .map((name) => publishedPolicyPath(dataDir, name));
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
