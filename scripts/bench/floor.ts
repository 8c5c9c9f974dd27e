// The floor of the every-page cost: a minimal MV3 extension whose only content script is empty, declared
// like ours (<all_urls>, document_idle). Traced exactly like the detector, it shows what any extension
// pays per page (isolated world, script injection) before running a line of its own.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface FloorExtension {
  dir: string;
  /** The content script the manifest injects into every page. */
  scripts: string[];
  remove(): void;
}

export function buildFloorExtension(): FloorExtension {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pg-bench-floor-"));
  const manifest = {
    manifest_version: 3,
    name: "floor",
    version: "1",
    // launch() finds the extension's id through its service worker: an empty one.
    background: { service_worker: "background.js" },
    content_scripts: [{ matches: ["<all_urls>"], js: ["empty.js"], run_at: "document_idle" }],
  };
  writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
  writeFileSync(path.join(dir, "background.js"), "");
  writeFileSync(path.join(dir, "empty.js"), "");
  return { dir, scripts: ["empty.js"], remove: () => rmSync(dir, { recursive: true, force: true }) };
}
