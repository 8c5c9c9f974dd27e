import { describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS, siteOf, validSettings, validTabStates, withTabState } from "../../lib/storage";
import { badgeFor, type TabState, worstLevel } from "../../lib/tab-state";
import { TabStore } from "../../lib/tab-store";
import type { Level, Summary } from "../../lib/types";

function summaryWith(levels: [Level, Level, Level, Level]): Summary {
  const [cookies, sharing, optOut, tracking] = levels;
  return {
    cookies: {
      level: cookies,
      uses: true,
      thirdParty: null,
      advertising: null,
      analytics: null,
      refuse: [],
      facts: [],
      evidence: [],
    },
    sharing: {
      level: sharing,
      thirdParty: null,
      advertising: null,
      sells: null,
      purposes: [],
      namedThirdParties: [],
      facts: [],
      evidence: [],
    },
    optOut: { level: optOut, choices: [], contacts: [], facts: [], evidence: [] },
    tracking: {
      level: tracking,
      doNotTrack: "not-mentioned",
      globalPrivacyControl: "not-mentioned",
      notes: [],
      facts: [],
      evidence: [],
    },
  };
}

function state(
  updatedAt: number,
  summary: Summary | null = summaryWith(["good", "good", "good", "good"]),
): TabState {
  return {
    status: summary ? "analysed" : "error",
    url: "https://a.example/privacy",
    title: "Privacy",
    detection: { isPolicy: true, score: 1, reasons: [] },
    trigger: "auto",
    segmentCount: 3,
    summary,
    updatedAt,
  };
}

describe("settings", () => {
  it("keeps valid settings", () => {
    const warn = vi.fn();
    expect(validSettings({ autoDetect: false, disabledSites: ["a.example"] }, warn)).toEqual({
      autoDetect: false,
      disabledSites: ["a.example"],
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([[null], ["garbage"], [{ autoDetect: "yes" }], [{ disabledSites: [1] }]])(
    "resets corrupt settings %o with a warning",
    (raw) => {
      const warn = vi.fn();
      expect(validSettings(raw, warn)).toEqual(DEFAULT_SETTINGS);
      expect(warn).toHaveBeenCalledOnce();
    },
  );
});

describe("tab states", () => {
  it("drops malformed entries with a warning and keeps the rest", () => {
    const warn = vi.fn();
    const kept = validTabStates({ "1": state(1), "2": { status: "??" }, abc: state(2) }, warn);
    expect(Object.keys(kept)).toEqual(["1"]);
    expect(warn).toHaveBeenCalledOnce();
  });

  it("clears a value that is not a record", () => {
    const warn = vi.fn();
    expect(validTabStates([1, 2], warn)).toEqual({});
    expect(warn).toHaveBeenCalledOnce();
    expect(validTabStates(undefined, warn)).toEqual({});
    expect(warn).toHaveBeenCalledOnce();
  });

  it("keeps at most the newest N tabs", () => {
    let states: Record<string, TabState> = {};
    for (let i = 1; i <= 5; i++) states = withTabState(states, i, state(i * 10), 3);
    expect(Object.keys(states).sort()).toEqual(["3", "4", "5"]);
  });

  it("never writes private-window results to storage", async () => {
    let stored: unknown = {};
    const store = new TabStore({
      getValue: async () => stored,
      setValue: async (value) => {
        stored = value;
      },
    });
    await store.set(1, state(1));
    await store.set(2, state(2), true);
    expect(Object.keys(stored as object)).toEqual(["1"]);
    expect(await store.get(2)).not.toBeNull();
    await store.clear();
    expect(stored).toEqual({});
  });
});

describe("badge", () => {
  it.each<[[Level, Level, Level, Level], Level, string]>([
    [["good", "good", "good", "good"], "good", "ok"],
    [["good", "caution", "unknown", "good"], "caution", "~"],
    [["bad", "caution", "good", "good"], "bad", "!"],
    [["unknown", "unknown", "unknown", "unknown"], "unknown", "?"],
  ])("%o → worst %s, badge %s", (levels, worst, text) => {
    const summary = summaryWith(levels);
    expect(worstLevel(summary)).toBe(worst);
    expect(badgeFor(state(1, summary))?.text).toBe(text);
  });

  it("shows nothing for a page that could not be read or has no result", () => {
    expect(badgeFor(null)).toBeNull();
    expect(badgeFor(state(1, null))).toBeNull();
  });
});

describe("siteOf", () => {
  it.each([
    ["https://www.a.example/privacy?x=1", "www.a.example"],
    ["http://127.0.0.1:8080/", "127.0.0.1"],
    ["chrome://extensions", null],
    ["not a url", null],
  ])("%s → %s", (url, site) => expect(siteOf(url)).toBe(site));
});
