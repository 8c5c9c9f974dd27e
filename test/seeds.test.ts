// Acceptance tests on the five seed policies (read from ../shared/seeds, never copied here): what
// seeds/README.md says a good summary must surface.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeText } from "../lib/analyze";
import type { Model } from "../lib/classify/index";
import { segmentText } from "../lib/segment/index";
import { summarize } from "../lib/summarize/index";
import type { Summary } from "../lib/types";
import { seedsDir } from "../scripts/lib/data-dir";

const dir = seedsDir();
const present = existsSync(path.join(dir, "altaro.txt"));
if (!present) console.warn(`seeds.test: skipped, no seed policies at ${dir} (set PRIVACY_GLANCE_SEEDS)`);

/** The bundled classifier when it exists; the rules alone otherwise (said out loud). */
async function loadModel(): Promise<Model | null> {
  try {
    const spec = "../lib/classify/bundled-model";
    const mod = (await import(/* @vite-ignore */ spec)) as { loadBundledModel: () => Model };
    return mod.loadBundledModel();
  } catch {
    console.warn("seeds.test: no bundled model yet, summarising unlabelled segments (rules only)");
    return null;
  }
}
const model = present ? await loadModel() : null;

function summaryOf(file: string): Summary {
  const text = readFileSync(path.join(dir, file), "utf8");
  if (model) {
    const result = analyzeText(text, null, model);
    if (!result.summary) throw new Error(`no summary for ${file}`);
    return result.summary;
  }
  return summarize(segmentText(text).map((s) => ({ ...s, categories: [], labels: [] })));
}

const values = (s: Summary, kind: string): string[] =>
  s.optOut.contacts.filter((c) => c.kind === kind).map((c) => c.value);
const noteText = (s: Summary, kind: string): string =>
  s.tracking.notes
    .filter((n) => n.kind === kind)
    .map((n) => n.text)
    .join(" ");

describe.skipIf(!present)("seed policies", () => {
  it("alchetron: preference/traffic cookies, service providers, contact e-mail", () => {
    const s = summaryOf("alchetron.txt");
    expect(s.cookies.uses).toBe(true);
    expect(s.cookies.analytics).toBe(true);
    expect(s.cookies.evidence.map((e) => e.text).join(" ")).toMatch(/preferences/);
    expect(s.sharing.thirdParty).toBe(true);
    expect(s.sharing.purposes).toContain("service providers");
    expect(values(s, "email")).toContain("support@alchetron.com");
  });

  it("altertech: cookies usually not used, no sale, no mailing without opt-in", () => {
    const s = summaryOf("altertech.txt");
    expect(s.cookies.level).toBe("good");
    expect(s.cookies.facts.join(" ")).toMatch(/usually not used/);
    expect(s.sharing.sells).toBe(false);
    expect(s.optOut.choices).toContain("opt-in");
  });

  it("altaro: social-media cookies, Google Analytics with its add-on, ad networks, business transfer, opt-out e-mail, EEA, rights", () => {
    const s = summaryOf("altaro.txt");
    expect(s.cookies.uses).toBe(true);
    expect(s.cookies.evidence.map((e) => e.text).join(" ") + s.cookies.facts.join(" ")).toMatch(
      /social-media|third/i,
    );
    expect(noteText(s, "analytics")).toMatch(/Google Analytics/);
    expect(values(s, "url")).toContain("https://tools.google.com/dlpage/gaoptout");
    expect(s.sharing.advertising).toBe(true);
    expect(s.sharing.purposes).toEqual(
      expect.arrayContaining(["advertising", "business transfers", "international transfers"]),
    );
    const optOutMail = s.optOut.contacts.find((c) => c.value === "opt-out@altaro.com");
    expect(optOutMail?.purpose).toBe("opt out of marketing e-mails");
    expect(s.optOut.facts.join(" ")).toMatch(/access, correct or delete/);
  });

  it("kromtech: tracking cookies, sharing cases, unsubscribe, hourly location and camera snapshots, phones", () => {
    const s = summaryOf("kromtech-mackeeper.txt");
    expect(s.cookies.uses).toBe(true);
    expect(s.sharing.purposes).toEqual(
      expect.arrayContaining(["affiliates", "service providers", "business transfers", "legal requests"]),
    );
    expect(s.optOut.facts.join(" ")).toMatch(/unsubscribe/i);
    expect(noteText(s, "location")).toMatch(/every hour/);
    expect(noteText(s, "device-sensors")).toMatch(/camera/);
    expect(values(s, "phone")).toEqual(expect.arrayContaining(["1 (888) 572-5876", "0 (808) 189-1280"]));
  });

  it("kromtech numbered: same facts as the unnumbered file", () => {
    const a = summaryOf("kromtech-mackeeper.txt");
    const b = summaryOf("kromtech-mackeeper-numbered.txt");
    for (const k of ["cookies", "tracking"] as const) expect(b[k].facts).toEqual(a[k].facts);
    const core = ["affiliates", "service providers", "business transfers", "legal requests"];
    expect(b.sharing.purposes.filter((p) => core.includes(p)).sort()).toEqual(
      a.sharing.purposes.filter((p) => core.includes(p)).sort(),
    );
    expect(b.sharing.thirdParty).toBe(a.sharing.thirdParty);
    expect(b.optOut.choices).toEqual(a.optOut.choices);
    // The numbered copy was saved without the phone block; every contact it has, the other has too.
    const keys = (s: Summary): string[] => s.optOut.contacts.map((c) => `${c.kind}:${c.value}`);
    for (const k of keys(b)) expect(keys(a)).toContain(k);
    expect(new Set(b.tracking.notes.map((n) => n.kind))).toEqual(
      new Set(a.tracking.notes.map((n) => n.kind)),
    );
  });
});
