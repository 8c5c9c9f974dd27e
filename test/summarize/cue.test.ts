// The keyword pre-tests (lib/summarize/cue.ts) may only rule out sentences their expression cannot
// match: a missing word in a cue's list would silently change the summary.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_CUES, cue, cueText, mayMatch } from "../../lib/summarize/cue";
import "../../lib/summarize/index";
import { splitSentences } from "../../lib/sentences";
import { seedsDir } from "../../scripts/lib/data-dir";

// Our own sentences, one or more for each rule family (the seeds add real policy text when present).
const OWN = [
  "We use COOKIES, web beacons, pixel tags and clear GIFs to remember your settings.",
  "Advertisers may set their own cookies through Local Shared Objects (LSOs).",
  "To opt out, visit www.aboutads.info/choices or click the unsubscribe link.",
  "You may opt-in to our newsletter; we ask for your express consent first.",
  "You can revoke your consent by e-mailing us, or write to us to unsubscribe.",
  "Set your web browser settings to refuse cookies or to notify you.",
  "You have the right to access, correct and delete your personal data.",
  "We share information with third parties, affiliates and service providers.",
  "We do not sell, rent or trade your e-mail address.",
  "We may engage third-party vendors who process data on our behalf.",
  "We receive information about you from our partners.",
  "Your data may be transferred outside the European Economic Area.",
  "Data may be disclosed in a merger, acquisition or bankruptcy, or to comply with a subpoena.",
  "We honor Do Not Track and Global Privacy Control (GPC) signals.",
  "We use Google Analytics and Crazy Egg to measure traffic; see the gaoptout add-on.",
  "Our app collects your GPS location every 15 minutes and takes webcam snapshots.",
  "Behavioural advertising tracks you across websites over time (retargeting, cross-device).",
  "Device fingerprinting and canvas identification; face prints and accelerometer readings.",
];

function seedSentences(): string[] {
  const dir = seedsDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => readFileSync(path.join(dir, f), "utf8").split(/\n+/))
    .flatMap((line) => splitSentences(line));
}

describe("cue word lists", () => {
  const texts = [...OWN, ...seedSentences()];

  it("never rule out a sentence the cue's expression matches", () => {
    const missed: string[] = [];
    let matched = 0;
    for (const text of texts) {
      const read = cueText(text);
      for (const c of ALL_CUES) {
        if (!c.pattern.test(text)) continue;
        matched++;
        if (!mayMatch(c, read)) missed.push(`${c.pattern.source.slice(0, 40)} | ${text.slice(0, 80)}`);
      }
    }
    expect(missed).toEqual([]);
    expect(matched).toBeGreaterThan(OWN.length);
  });

  it("are lower case", () => {
    for (const c of ALL_CUES) for (const w of c.words) expect(w).toBe(w.toLowerCase());
  });
});

describe("cue word scan", () => {
  // Words that overlap or start at the same place must all be found.
  const inside = cue(["cross"], /cross/i);
  const prefix = cue(["service"], /service/i);
  const longer = cue(["service provider"], /service provider/i);
  const overlapping = cue(["fingerprint"], /fingerprint/i);
  const before = cue(["gif"], /gif/i);

  it("finds a word inside another, shorter words at the same start, and overlapping words", () => {
    const read = cueText("Across our SERVICE PROVIDERS: gifingerprint.");
    for (const c of [inside, prefix, longer, overlapping, before]) expect(mayMatch(c, read)).toBe(true);
  });

  it("rules out a text without the words", () => {
    expect(mayMatch(longer, cueText("We provide a service."))).toBe(false);
  });

  it("rejects stateful patterns", () => {
    expect(() => cue(["x"], /x/g)).toThrow();
  });
});
