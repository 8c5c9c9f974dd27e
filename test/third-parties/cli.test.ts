// `analyze --json` on saved HTML pages adds thirdParties (the command-line and popup contract in the README); plain text does not.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin/privacy-glance.js");
const policy = path.join(root, "test/fixtures/third-parties/privacy.html");

function analyze(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, "analyze", "--json", ...args], {
    cwd: root,
    encoding: "utf8",
  });
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

describe("analyze --json: thirdParties", () => {
  it("lists the page's third parties beside the policy, not-named first", () => {
    const { thirdParties } = analyze(policy, "--url", "https://www.kettle-and-crumb.com/privacy.html");
    expect(thirdParties).toEqual([
      {
        domain: "hotjar.com",
        name: "Hotjar",
        organization: "Hotjar",
        category: "analytics",
        named: "no",
        evidence: null,
      },
      {
        domain: "facebook.net",
        name: "Meta Pixel",
        organization: "Meta",
        category: "ad",
        named: "no",
        evidence: null,
      },
      {
        domain: "google-analytics.com",
        name: "Google Analytics",
        organization: "Google",
        category: "analytics",
        named: "yes",
        evidence: {
          text: expect.stringContaining("We use Google Analytics to count visits"),
          segment: expect.any(Number),
        },
      },
    ]);
  });

  it("takes the site from --url: the site's own domain is not a third party", () => {
    const { thirdParties } = analyze(policy, "--url", "https://www.hotjar.com/privacy");
    expect(thirdParties.map((t: { domain: string }) => t.domain)).not.toContain("hotjar.com");
  });

  it("has no thirdParties for plain text", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pg-third-"));
    const file = path.join(dir, "policy.txt");
    writeFileSync(
      file,
      "Privacy Policy\n\nWe use Google Analytics and cookies to measure visits to our site.\n",
    );
    expect(analyze(file)).not.toHaveProperty("thirdParties");
  });
});
