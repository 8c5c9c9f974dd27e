// @vitest-environment happy-dom
// The options page's change-alerts section, over a store of plain data and over WXT's fake storage.
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { ChangeAlertsStore } from "@/components/ChangeAlertsSection";
import { extensionChangeAlertsStore } from "@/entrypoints/options/change-alerts-store";
import { Options } from "@/entrypoints/options/Options";
import type { OptionsStore } from "@/entrypoints/options/options-store";
import { fingerprintOf } from "@/lib/changes/fingerprint";
import { changeAlertsItem, policyRecordsItem } from "@/lib/changes/storage";
import { setMessageLookup } from "@/lib/i18n";
import { DEFAULT_SETTINGS } from "@/lib/storage";
import { summarize } from "@/lib/summarize/index";
import { useEnglishMessages } from "./english";
import { buttonNamed, click, flush, type Rendered, renderInto } from "./render";

const optionsStore: OptionsStore = {
  load: async () => DEFAULT_SETTINGS,
  save: async () => {},
  clearResults: async () => {},
  watch: () => () => {},
};

function fakeAlerts(enabled: boolean, count: number) {
  const state = { enabled, count };
  const calls: string[] = [];
  const store: ChangeAlertsStore = {
    load: async () => ({ ...state }),
    setEnabled: async (on) => {
      calls.push(`setEnabled:${on}`);
      state.enabled = on;
      if (!on) state.count = 0;
    },
    clear: async () => {
      calls.push("clear");
      state.count = 0;
    },
  };
  return { store, calls };
}

let view: Rendered | undefined;
beforeEach(() => {
  useEnglishMessages();
  fakeBrowser.reset();
});
afterEach(() => {
  view?.unmount();
  setMessageLookup();
});

describe("options: policy changes", () => {
  it("shows the switch and the count; switching off forgets", async () => {
    const { store, calls } = fakeAlerts(true, 12);
    view = await renderInto(<Options store={optionsStore} changeAlerts={store} />);
    await flush();
    const box = view.root.querySelector<HTMLInputElement>("#change-alerts");
    expect(box?.checked).toBe(true);
    expect(view.root.querySelector("[data-remembered-policies]")?.textContent).toBe(
      "Policies remembered: 12",
    );
    await act(async () => {
      if (box) box.checked = false;
      box?.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await flush();
    expect(calls).toEqual(["setEnabled:false"]);
    expect(view.root.querySelector("[data-remembered-policies]")?.textContent).toBe("Policies remembered: 0");
  });

  it("forgets remembered policies on request and says so", async () => {
    const { store, calls } = fakeAlerts(true, 3);
    view = await renderInto(<Options store={optionsStore} changeAlerts={store} />);
    await flush();
    await click(buttonNamed(view.root, "Forget remembered policies"));
    await flush();
    expect(calls).toEqual(["clear"]);
    expect(view.root.querySelector(".options__status")?.textContent).toBe("Remembered policies forgotten.");
  });

  it("the extension's store: switching off empties the stored policies", async () => {
    const segments = [{ heading: "", text: "We use cookies to remember you." }];
    const summary = summarize(segments.map((s, index) => ({ ...s, index, categories: [], labels: [] })));
    const { fingerprint } = await fingerprintOf(segments, summary, 1);
    await policyRecordsItem.setValue({
      "https://a.example/privacy": { site: "a.example", lastSeenAt: 1, read: fingerprint },
    });
    const store = extensionChangeAlertsStore();
    expect(await store.load()).toEqual({ enabled: true, count: 1 });
    await store.setEnabled(false);
    expect(await changeAlertsItem.getValue()).toBe(false);
    expect(await store.load()).toEqual({ enabled: false, count: 0 });
  });
});
