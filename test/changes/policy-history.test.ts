// Remembering policies (lib/changes/policy-history.ts, record.ts) over a storage made of plain data.
import { describe, expect, it } from "vitest";
import { fingerprintOf } from "@/lib/changes/fingerprint";
import { packSentences, unpackSentences } from "@/lib/changes/pack";
import { PolicyHistory } from "@/lib/changes/policy-history";
import {
  boundRecords,
  MAX_LISTED_SENTENCES,
  type PolicyRecords,
  policyKey,
  registrableDomain,
  validRecords,
} from "@/lib/changes/record";
import { summarize } from "@/lib/summarize/index";

const URL_A = "https://www.lanternlane.example/privacy";
const BASE = [
  {
    heading: "Cookies",
    text: "We use cookies to keep you signed in. You can turn them off in your browser.",
  },
  {
    heading: "Sharing",
    text: "We share your email address with our delivery partner. We never sell your personal information.",
  },
];
const SOLD = [
  BASE[0],
  {
    heading: "Sharing",
    text: "We share your email address with our delivery partner. We sell your personal information to advertisers.",
  },
] as typeof BASE;
const summaryOf = (segments: typeof BASE) =>
  summarize(segments.map((s, index) => ({ ...s, index, categories: [], labels: [] })));

function memory(initial: unknown = undefined) {
  let value: unknown = initial;
  return {
    get value() {
      return value as PolicyRecords;
    },
    storage: {
      getValue: async () => value,
      setValue: async (next: PolicyRecords) => {
        value = JSON.parse(JSON.stringify(next));
      },
    },
  };
}

function history(initial?: unknown, enabled = true) {
  const warnings: string[] = [];
  const store = memory(initial);
  const h = new PolicyHistory(
    store.storage,
    async () => enabled,
    (m) => warnings.push(m),
  );
  return { h, store, warnings };
}

const MARCH_3 = Date.UTC(2025, 2, 3);
const LATER = Date.UTC(2025, 5, 1);

describe("PolicyHistory", () => {
  it("says nothing the first time, then tells a change until it has been seen", async () => {
    const { h } = history();
    expect(await h.remember(URL_A, BASE, summaryOf(BASE), false, MARCH_3)).toBeNull();
    const change = await h.remember(URL_A, SOLD, summaryOf(SOLD), false, LATER);
    expect(change).toMatchObject({
      since: MARCH_3,
      addedCount: 1,
      removedCount: 1,
      added: ["We sell your personal information to advertisers."],
      removed: ["We never sell your personal information."],
    });
    expect(change?.findings.map((f) => f.key)).toContain("sharing");
    // Read again before the popup showed it: still to tell.
    expect(await h.remember(URL_A, SOLD, summaryOf(SOLD), false, LATER + 1)).toEqual(change);
    expect(await h.pendingFor(`${URL_A}#cookies`)).toEqual(change);
    await h.markSeen(URL_A);
    expect(await h.pendingFor(URL_A)).toBeNull();
    // The changed version is now the one read: unchanged, no banner.
    expect(await h.remember(URL_A, SOLD, summaryOf(SOLD), false, LATER + 2)).toBeNull();
  });

  it("does not call reordering or spacing a change", async () => {
    const { h } = history();
    await h.remember(URL_A, BASE, summaryOf(BASE), false, MARCH_3);
    const moved = [{ ...BASE[1], text: `  ${BASE[1]?.text.replace(/ /g, "\n")}` }, BASE[0]] as typeof BASE;
    expect(await h.remember(URL_A, moved, summaryOf(moved), false, LATER)).toBeNull();
  });

  it("keeps nothing for private windows, nor while switched off", async () => {
    const priv = history();
    expect(await priv.h.remember(URL_A, BASE, summaryOf(BASE), true)).toBeNull();
    expect(priv.store.value).toBeUndefined();
    const off = history(undefined, false);
    expect(await off.h.remember(URL_A, BASE, summaryOf(BASE), false)).toBeNull();
    expect(off.store.value).toBeUndefined();
  });

  it("keys a policy by its address, without fragment or tracking parameters, and notes its domain", async () => {
    const { h, store } = history();
    await h.remember(`${URL_A}?utm_source=mail#top`, BASE, summaryOf(BASE), false, MARCH_3);
    expect(Object.keys(store.value)).toEqual([URL_A]);
    expect(store.value[URL_A]?.site).toBe("lanternlane.example");
    expect(await h.count()).toBe(1);
    await h.clear();
    expect(await h.count()).toBe(0);
  });

  it("resets corrupt storage with a warning, and drops a corrupt record", async () => {
    const corrupt = history("not a map");
    expect(await corrupt.h.count()).toBe(0);
    expect(corrupt.warnings[0]).toMatch(/unreadable and were cleared/);
    const { fingerprint } = await fingerprintOf(BASE, summaryOf(BASE), MARCH_3);
    const good = { site: "lanternlane.example", lastSeenAt: MARCH_3, read: fingerprint };
    const mixed = history({ [URL_A]: good, "https://x.example/p": { site: 3 }, "not an address": good });
    expect(await mixed.h.count()).toBe(1);
    expect(mixed.warnings[0]).toMatch(/2 unreadable remembered policies were dropped/);
  });

  it("replaces a record whose packed sentences are unreadable, with a warning", async () => {
    const { fingerprint } = await fingerprintOf(BASE, summaryOf(BASE), MARCH_3);
    const broken = {
      site: "lanternlane.example",
      lastSeenAt: MARCH_3,
      read: { ...fingerprint, hash: "x", sentences: "%%%" },
    };
    const { h, warnings } = history({ [URL_A]: broken });
    expect(await h.remember(URL_A, SOLD, summaryOf(SOLD), false, LATER)).toBeNull();
    expect(warnings.join()).toMatch(/unreadable and was replaced/);
  });

  it("lists at most MAX_LISTED_SENTENCES per side but counts them all", async () => {
    const { h } = history();
    await h.remember(URL_A, BASE, summaryOf(BASE), false, MARCH_3);
    const many = [
      ...BASE,
      ...Array.from({ length: 40 }, (_, i) => ({
        heading: "More",
        text: `Clause number ${i} says something new about retention period ${i}.`,
      })),
    ];
    const change = await h.remember(URL_A, many, summaryOf(many), false, LATER);
    expect(change?.addedCount).toBe(40);
    expect(change?.added).toHaveLength(MAX_LISTED_SENTENCES);
  });
});

describe("record rules", () => {
  it.each([
    ["www.shop.example.co.uk", "example.co.uk"],
    ["privacy.example.com", "example.com"],
    ["example.org", "example.org"],
    ["localhost", "localhost"],
    ["127.0.0.1", "127.0.0.1"],
  ])("registrable domain of %s is %s", (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });

  it.each([
    ["https://a.example/privacy?lang=en&utm_medium=x#s2", "https://a.example/privacy?lang=en"],
    ["http://a.example/privacy", "http://a.example/privacy"],
    ["file:///tmp/privacy.html", null],
    ["not a url", null],
  ])("policy key of %s", (url, key) => {
    expect(policyKey(url)).toBe(key);
  });

  it("bounds by count and by size, dropping the least recently seen", async () => {
    const { fingerprint } = await fingerprintOf(BASE, summaryOf(BASE), 0);
    const records: PolicyRecords = {};
    for (let i = 0; i < 10; i++)
      records[`https://s${i}.example/p`] = { site: `s${i}.example`, lastSeenAt: i, read: fingerprint };
    expect(Object.keys(boundRecords(records, 3))).toEqual([
      "https://s9.example/p",
      "https://s8.example/p",
      "https://s7.example/p",
    ]);
    const one = JSON.stringify(records["https://s0.example/p"]).length + 30;
    expect(Object.keys(boundRecords(records, 300, one * 2 + 2))).toHaveLength(2);
    expect(validRecords(boundRecords(records), () => {})).toEqual(records);
  });

  it("packs sentences and reads them back, and refuses what it did not pack", async () => {
    const sentences = ["We use cookies.", "Écrivez-nous : dpo@exemple.fr", "第三者に提供しません。"];
    expect(await unpackSentences(await packSentences(sentences))).toEqual(sentences);
    expect(await unpackSentences("AAAA")).toBeNull();
    expect(await unpackSentences("not base64!")).toBeNull();
  });
});
