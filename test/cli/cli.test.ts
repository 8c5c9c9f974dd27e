// The `privacy-glance` command as a user runs it: real process, real files (the project's own fixtures).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin/privacy-glance.js");
const policy = path.join(root, "test/fixtures/site/privacy.html");
const ordinary = path.join(root, "test/fixtures/site/shop.html");

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("privacy-glance analyze", () => {
  it("prints the JSON contract for a policy page", () => {
    const { code, stdout } = run([
      "analyze",
      policy,
      "--json",
      "--url",
      "https://lanternlane.example/privacy",
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.source).toBe(policy);
    expect(result.url).toBe("https://lanternlane.example/privacy");
    expect(result.detection.isPolicy).toBe(true);
    expect(result.segments.length).toBeGreaterThan(5);
    expect(result.segments[0]).toEqual(
      expect.objectContaining({
        text: expect.any(String),
        heading: expect.any(String),
        categories: expect.any(Array),
      }),
    );
    const { cookies, sharing, optOut, tracking } = result.summary;
    expect(cookies.uses).toBe(true);
    expect(sharing.thirdParty).toBe(true);
    expect(optOut.contacts.map((c: { value: string }) => c.value)).toContain("privacy@lanternlane.example");
    expect(tracking.doNotTrack).toBe("not-honored");
    for (const finding of [cookies, sharing, optOut, tracking]) {
      expect(["good", "caution", "bad", "unknown"]).toContain(finding.level);
      for (const evidence of finding.evidence) expect(typeof evidence.segment).toBe("number");
    }
  });

  it("reads plain-text policies too", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pg-cli-"));
    const file = path.join(dir, "policy.txt");
    writeFileSync(
      file,
      "Privacy Policy\n\nWe use cookies to keep you signed in.\n\nWe never sell your personal information to anyone.\n",
    );
    const { code, stdout } = run(["analyze", file, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary.cookies.uses).toBe(true);
  });

  it("reports bad inputs on stderr, exits non-zero, and still analyses the rest of a folder", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pg-cli-"));
    writeFileSync(path.join(dir, "a-empty.html"), "   ");
    writeFileSync(path.join(dir, "b-binary.html"), Buffer.from([0, 1, 2, 3, 0, 255]));
    writeFileSync(path.join(dir, "c-policy.html"), execFileSync("cat", [policy]));
    const { code, stdout, stderr } = run(["analyze", dir, path.join(dir, "missing.html"), "--json"]);
    expect(code).toBe(1);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(stdout).source).toContain("c-policy.html");
    expect(stderr).toMatch(/a-empty\.html: the file is empty/);
    expect(stderr).toMatch(/b-binary\.html: not a text or HTML file/);
    expect(stderr).toMatch(/missing\.html: no such file/);
    expect(stderr).toMatch(/1 analysed, 3 failed/);
  });

  it("says so when an ordinary page is not a policy, but still summarises what it read", () => {
    const { stdout } = run(["analyze", ordinary, "--json"]);
    expect(JSON.parse(stdout).detection.isPolicy).toBe(false);
  });

  it("rejects unknown options and commands with usage", () => {
    expect(run(["analyze", policy, "--frobnicate"]).code).toBe(2);
    expect(run(["explode"]).stderr).toMatch(/unknown command/);
  });
});

describe("privacy-glance classify", () => {
  it("writes one line per input line, with OPP-115 categories and scores, and flags bad lines", () => {
    const input = [
      JSON.stringify({
        text: "We use cookies and web beacons to remember your preferences and measure traffic.",
      }),
      "not json",
      JSON.stringify({
        text: "You can opt out of marketing e-mails with the unsubscribe link.",
        heading: "Your choices",
      }),
    ].join("\n");
    const { code, stdout, stderr } = run(["classify"], input);
    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].categories).toContain("First Party Collection/Use");
    expect(Object.keys(lines[0].scores)).toHaveLength(10);
    expect(lines[1]).toEqual({ error: "invalid input line" });
    expect(lines[2].categories).toContain("User Choice/Control");
    expect(stderr).toMatch(/line 2: not valid JSON/);
  });
});
