// Every popup state in real Chromium, both themes: screenshots into test-results/popup-states (the main
// ones also into docs/screenshots for the README) and an axe-core check with zero violations.
import { copyFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHROMIUM, ensureDir, README_SCREENSHOTS, SCREENSHOTS } from "./paths";
import { capturePopupStates } from "./popup-states";

const FOR_README = [
  "analysed-light",
  "analysed-expanded-dark",
  "not-policy-with-link-light",
  "options-light",
];

describe.skipIf(!existsSync(CHROMIUM))("popup states in Chromium", () => {
  it("renders every state in light and dark with no axe-core violations", async () => {
    const outDir = ensureDir(path.join(SCREENSHOTS, "../popup-states"));
    const { files, problems } = await capturePopupStates(outDir);
    expect(problems).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(24);
    for (const name of FOR_README) {
      const file = files.find((f) => path.basename(f) === `${name}.png`);
      expect(file, name).toBeTruthy();
      copyFileSync(file as string, path.join(ensureDir(README_SCREENSHOTS), `${name}.png`));
    }
  });
});
