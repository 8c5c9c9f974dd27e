// Writes lib/third-parties/entity-table.json from the installed `third-party-web` package (MIT): only
// what the extension uses (name, company, category, domains), so the bundle carries a trimmed table
// instead of the package's full dataset. Run after upgrading third-party-web:
//   npm run build:third-party-table
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { repoRoot } from "./lib/data-dir.ts";
import { trimEntities } from "./lib/third-party-table.ts";

const require = createRequire(import.meta.url);
const source = require.resolve("third-party-web/dist/entities-nostats.json");
const entities = JSON.parse(readFileSync(source, "utf8"));
const { version } = JSON.parse(readFileSync(path.join(path.dirname(source), "../package.json"), "utf8"));
const table = trimEntities(entities, `third-party-web@${version}`);
const out = path.join(repoRoot, "lib/third-parties/entity-table.json");
writeFileSync(out, `${JSON.stringify(table)}\n`);
console.log(`${table.entities.length} organisations, ${path.relative(repoRoot, out)}`);
