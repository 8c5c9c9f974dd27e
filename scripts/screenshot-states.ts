// Screenshots of every popup state (light and dark) with an axe-core check, without the extension:
// `npm run screenshots:states [-- outDir]` (default test-results/popup-states). Needs /usr/bin/chromium.
import path from "node:path";
import { capturePopupStates } from "../test/e2e/popup-states.ts";

const outDir = path.resolve(process.argv[2] ?? "test-results/popup-states");
const { files, problems } = await capturePopupStates(outDir);
for (const file of files) console.log(file);
if (problems.length) {
  console.error(`axe-core found ${problems.length} problem(s):\n${problems.join("\n")}`);
  process.exitCode = 1;
} else {
  console.log("axe-core: no WCAG 2 A/AA violations in any state or theme.");
}
