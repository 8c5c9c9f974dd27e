import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lookupFromMessages, setMessageLookup, t } from "@/lib/i18n";
import { ENGLISH_MESSAGES } from "./english";

const ROOT = path.resolve(__dirname, "../..");
// lib/findings: each finding's file names its title and verdict messages.
const UI_DIRS = ["components", "entrypoints/popup", "entrypoints/options", "lib/findings", "lib/changes"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(tsx?|html)$/.test(name) ? [full] : [];
  });
}

afterEach(() => setMessageLookup());

describe("locale messages", () => {
  const sources = UI_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).map((f) =>
    readFileSync(f, "utf8"),
  );
  const allSource = sources.join("\n");

  it('every t("key") in the UI exists in English', () => {
    const used = [...allSource.matchAll(/\bt\(\s*"([A-Za-z0-9_]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((key) => !(key && key in ENGLISH_MESSAGES))).toEqual([]);
  });

  it("every English message is used somewhere (no dead strings)", () => {
    const manifestKeys = ["extName", "extDescription", "actionTitle"];
    const unused = Object.keys(ENGLISH_MESSAGES).filter(
      (key) => !manifestKeys.includes(key) && !allSource.includes(`"${key}"`),
    );
    expect(unused).toEqual([]);
  });

  it("messages with $1 have a placeholder for it", () => {
    for (const [key, entry] of Object.entries(ENGLISH_MESSAGES)) {
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z_]+)\$/g)) {
        expect(
          Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase()),
          key,
        ).toContain(name?.toLowerCase());
      }
    }
  });
});

describe("t", () => {
  it("substitutes through named placeholders like the browser does", () => {
    setMessageLookup(lookupFromMessages(ENGLISH_MESSAGES));
    expect(t("stateDisabledTitle", "example.com")).toBe("Privacy Glance is off on example.com");
    expect(t("analysedNote", 3)).toMatch(/^Automatic summary of 3 paragraphs/);
  });

  it("shows the key when a message is missing rather than nothing", () => {
    setMessageLookup(() => "");
    expect(t("levelBad")).toBe("levelBad");
  });
});
