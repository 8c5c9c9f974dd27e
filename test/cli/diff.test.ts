// `privacy-glance diff` as a user runs it: real process, the project's own fixture policy and copies
// of it made here.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FINDINGS } from "@/lib/findings/index";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin/privacy-glance.js");
const policy = path.join(root, "test/fixtures/site/privacy.html");
const dir = mkdtempSync(path.join(os.tmpdir(), "pg-diff-"));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function copy(name: string, change: (html: string) => string): string {
  const file = path.join(dir, name);
  writeFileSync(file, change(readFileSync(policy, "utf8")));
  return file;
}

const SALE = "We may sell your personal information to advertisers and data brokers.";

describe("privacy-glance diff", () => {
  it("prints the JSON contract: the added sentence, and every finding's levels before and after", () => {
    const changed = copy("sold.html", (html) => html.replace("</main>", `<p>${SALE}</p></main>`));
    const { code, stdout, stderr } = run(["diff", policy, changed, "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.changed).toBe(true);
    expect(result.added).toEqual([SALE]);
    expect(result.removed).toEqual([]);
    expect(Object.keys(result.findings)).toEqual(FINDINGS.map((f) => f.key));
    const before = JSON.parse(run(["analyze", policy, "--json"]).stdout).summary;
    const after = JSON.parse(run(["analyze", changed, "--json"]).stdout).summary;
    for (const { key } of FINDINGS) {
      expect(result.findings[key]).toMatchObject({ before: before[key].level, after: after[key].level });
    }
    expect(result.findings.sharing.after).toBe("bad");
  });

  it("says a copy with other spacing and line breaks did not change", () => {
    const spaced = copy("spaced.html", (html) => html.replace(/ (?=[a-z])/g, "\n  "));
    const { code, stdout } = run(["diff", policy, spaced, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ changed: false, added: [], removed: [] });
  });

  it("prints a readable report without --json", () => {
    const changed = copy("sold2.html", (html) => html.replace("</main>", `<p>${SALE}</p></main>`));
    const { code, stdout } = run(["diff", policy, changed]);
    expect(code).toBe(0);
    expect(stdout).toContain("1 sentence added, 0 removed");
    expect(stdout).toContain(`+ ${SALE}`);
    // The level words are the popup's ("Concern", not the contract's "bad").
    expect(stdout).toMatch(/\n {2}sharing: Concern\n/);
    expect(stdout).not.toMatch(/\n {2}\w+: (bad|caution|good|unknown)\b/);
  });

  it.each([
    [["diff", policy], /two files/],
    [["diff", policy, path.join(dir, "missing.html")], /missing\.html: cannot read the file/],
    [["diff", path.join(dir, "empty.txt"), policy], /empty\.txt: the file is empty/],
  ])("reports bad input on stderr with a non-zero exit: %j", (args, message) => {
    writeFileSync(path.join(dir, "empty.txt"), "");
    const { code, stdout, stderr } = run(args);
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });
});
