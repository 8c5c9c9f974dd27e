import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Where the corpora live: $PRIVACY_GLANCE_DATA, else ../shared/data beside the repository. */
export function dataDir(): string {
  return process.env.PRIVACY_GLANCE_DATA ?? path.resolve(repoRoot, "../shared/data");
}

/** Where the seed policies live: $PRIVACY_GLANCE_SEEDS, else ../shared/seeds. */
export function seedsDir(): string {
  return process.env.PRIVACY_GLANCE_SEEDS ?? path.resolve(repoRoot, "../shared/seeds");
}

export function hasData(): boolean {
  return existsSync(path.join(dataDir(), "opp115"));
}

export { repoRoot };
