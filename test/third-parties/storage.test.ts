import { describe, expect, it } from "vitest";
import { policyMentions } from "@/lib/third-parties/policy-mentions";
import {
  MAX_TAB_MENTIONS,
  MentionStore,
  type TabMentions,
  validThirdPartySettings,
} from "@/lib/third-parties/storage";

function memoryStorage(initial: unknown = undefined) {
  let value: unknown = initial;
  return {
    getValue: async () => value,
    setValue: async (next: Record<string, TabMentions>) => {
      value = next;
    },
    peek: () => value,
  };
}

const entry = (at: number): TabMentions => ({
  url: "https://shop.com/privacy",
  mentions: policyMentions([{ index: 0, text: "We use Google Analytics and analytics providers." }]),
  at,
});

describe("MentionStore", () => {
  it("keeps a tab's policy reading, and never stores a private window's", async () => {
    const storage = memoryStorage();
    const store = new MentionStore(storage);
    await store.set(1, entry(1), false);
    await store.set(2, entry(2), true);
    expect((await store.get(1))?.mentions.names["Google Analytics"]).toBeTruthy();
    expect(await store.get(2)).toEqual(entry(2));
    expect(Object.keys(storage.peek() as object)).toEqual(["1"]);
    await store.clear();
    expect(await store.get(1)).toBeNull();
    expect(await store.get(2)).toBeNull();
  });

  it("keeps at most MAX_TAB_MENTIONS tabs, dropping the oldest", async () => {
    const storage = memoryStorage();
    const store = new MentionStore(storage);
    for (let i = 0; i < MAX_TAB_MENTIONS + 5; i++) await store.set(i, entry(i), false);
    const kept = Object.keys(storage.peek() as object);
    expect(kept).toHaveLength(MAX_TAB_MENTIONS);
    expect(kept).not.toContain("0");
  });

  it("clears corrupt storage with a warning", async () => {
    const warnings: string[] = [];
    const storage = memoryStorage({ "1": { url: 3 } });
    const store = new MentionStore(storage, (w) => warnings.push(w));
    expect(await store.get(1)).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(storage.peek()).toEqual({});
  });
});

describe("validThirdPartySettings", () => {
  it("resets an unreadable value to remembering on, with a warning", () => {
    const warnings: string[] = [];
    expect(validThirdPartySettings({ remember: "yes" }, (w) => warnings.push(w))).toEqual({ remember: true });
    expect(validThirdPartySettings({ remember: false }, (w) => warnings.push(w))).toEqual({
      remember: false,
    });
    expect(warnings).toHaveLength(1);
  });
});
