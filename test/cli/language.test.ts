// `analyze` says which language it read: English and French fixture pages (our own), real process.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin/privacy-glance.js");
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8" });

describe("privacy-glance analyze: the language read", () => {
  it("adds language to --json, the contract's fields unchanged", () => {
    const fr = JSON.parse(run(["analyze", "test/fixtures/site/confidentialite.html", "--json"]).stdout);
    expect(fr.language).toBe("fr");
    expect(fr.detection.isPolicy).toBe(true);
    expect(fr.summary.sharing.sells).toBe(false);
    expect(fr.summary.tracking.doNotTrack).toBe("not-honored");
    expect(fr.summary.optOut.contacts.map((c: { value: string }) => c.value)).toEqual([
      "vie-privee@librairie-du-quai.example",
    ]);
    const en = JSON.parse(run(["analyze", "test/fixtures/site/privacy.html", "--json"]).stdout);
    expect(en.language).toBe("en");
  });

  it("names it in the readable report", () => {
    expect(run(["analyze", "test/fixtures/site/confidentialite.html"]).stdout).toContain(
      "language: Français (fr)",
    );
    expect(run(["analyze", "test/fixtures/site/privacy.html"]).stdout).toContain("language: English (en)");
  });
});
