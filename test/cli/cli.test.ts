// The `privacy-glance` command as a user runs it: real process, real files (the project's own fixtures).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FINDINGS, LEVEL_WORD, LEVELS } from "../../lib/findings/index";
import english from "../../public/_locales/en/messages.json";

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

  it("reads a saved page's relative links against --url, and keeps none without it", () => {
    const links = (args: string[]) => {
      const out = JSON.parse(run(["analyze", policy, "--json", ...args]).stdout);
      return out.summary.optOut.contacts.map((c: { value: string }) => c.value);
    };
    expect(links(["--url", "https://lanternlane.example/privacy"])).toContain(
      "https://lanternlane.example/account/ad-settings",
    );
    expect(links([]).some((v: string) => v.includes("ad-settings"))).toBe(false);
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

  it("says plainly that a text file was not checked, and gives it a title from its first heading", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pg-cli-"));
    const file = path.join(dir, "policy.txt");
    writeFileSync(
      file,
      "# Lantern Lane Privacy Policy\n\nWe use cookies to keep you signed in and to count visits.\n\n" +
        "To stop marketing e-mails, write to optout@lanternlane.example at any time.\n",
    );
    const json = JSON.parse(run(["analyze", file, "--json"]).stdout);
    expect(json.title).toBe("Lantern Lane Privacy Policy");
    expect(json.detection).toEqual(expect.objectContaining({ isPolicy: true, checked: false }));
    expect(typeof json.detection.score).toBe("number");

    const { code, stdout } = run(["analyze", file]);
    expect(code).toBe(0);
    expect(stdout).toContain("title: Lantern Lane Privacy Policy");
    // Short paragraphs are read as one segment here: the count agrees with its noun either way.
    expect(stdout).toMatch(
      /privacy policy: not checked \(plain text is read as a policy\), (1 segment|([02-9]|\d\d+) segments)$/m,
    );
    expect(stdout).not.toMatch(/score 1\.00/);
    // Evidence quoted under its finding, and the contact with its kind and purpose.
    expect(stdout).toMatch(
      /cookies: [\w ]+\n(.*\n)*? {4}evidence:\n {6}“We use cookies to keep you signed in/,
    );
    expect(stdout).toMatch(/contacts:\n {6}email +optout@lanternlane\.example +\(.+\)/);
  });

  it("words each finding's level as the popup does; --json keeps the contract's level keys", () => {
    const summary = JSON.parse(run(["analyze", policy, "--json"]).stdout).summary;
    const { stdout } = run(["analyze", policy]);
    for (const { key, reportName } of FINDINGS) {
      const level = summary[key].level as (typeof LEVELS)[number];
      expect(LEVELS).toContain(level);
      expect(stdout).toContain(`\n  ${reportName}: ${english[LEVEL_WORD[level]].message}\n`);
      // The contract's key is not what a reader sees ("bad" is shown as "Concern").
      expect(stdout).not.toContain(`\n  ${reportName}: ${level}\n`);
    }
  });

  it("prints evidence for an HTML policy, and says the detector was run", () => {
    const { stdout } = run(["analyze", policy]);
    expect(stdout).toMatch(/privacy policy: yes \(score \d\.\d\d\), \d+ segments/);
    expect(stdout).toContain("“We do not sell your personal information.”");
    expect(stdout).toMatch(/phone +\+44 20 7946 0321/);
    expect(JSON.parse(run(["analyze", policy, "--json"]).stdout).detection.checked).toBe(true);
  });

  it("reports a --url that is not a web address, exits non-zero, and still analyses every input", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pg-cli-"));
    writeFileSync(path.join(dir, "a.txt"), "Privacy Policy\n\nWe use cookies.\n");
    writeFileSync(path.join(dir, "b.html"), execFileSync("cat", [policy]));
    const { code, stdout, stderr } = run(["analyze", dir, "--url", "notaurl", "--json"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/--url "notaurl" is not a web address/);
    const results = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(results).toHaveLength(2);
    for (const result of results) expect(result.url).toBeNull();
    expect(run(["analyze", policy, "--url", "ftp://example.com/privacy"]).stderr).toMatch(
      /should start with http/,
    );
    expect(run(["analyze", policy, "--url"]).code).toBe(2);
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

/** The JSON Lines a command wrote, parsed. */
const jsonLines = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));

describe("privacy-glance classify", () => {
  it("answers a blank line or an empty text with an error line in its place", () => {
    const good = JSON.stringify({ text: "We keep your data for as long as your account is open." });
    // Six lines; the last one is blank (the input ends with an empty line).
    const input = `${[good, "", JSON.stringify({ text: "" }), JSON.stringify({ text: "   " }), good, ""].join("\n")}\n`;
    const { code, stdout, stderr } = run(["classify"], input);
    expect(code).toBe(1);
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(6);
    for (const i of [1, 2, 3, 5]) expect(lines[i]).toEqual({ error: "invalid input line" });
    for (const i of [0, 4]) expect(lines[i].categories).toContain("Data Retention");
    expect(stderr).toMatch(/line 2: blank line/);
    expect(stderr).toMatch(/line 3: the text is empty/);
    expect(stderr).toMatch(/line 4: the text is empty/);
    expect(stderr).toMatch(/line 6: blank line/);
  });

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
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(3);
    expect(lines[0].categories).toContain("First Party Collection/Use");
    expect(Object.keys(lines[0].scores)).toHaveLength(10);
    expect(lines[1]).toEqual({ error: "invalid input line" });
    expect(lines[2].categories).toContain("User Choice/Control");
    expect(stderr).toMatch(/line 2: not valid JSON/);
  });
});
