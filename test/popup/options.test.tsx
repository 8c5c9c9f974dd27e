// @vitest-environment happy-dom
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Options } from "@/entrypoints/options/Options";
import type { OptionsStore } from "@/entrypoints/options/options-store";
import { siteFromInput } from "@/entrypoints/options/site-input";
import { setMessageLookup } from "@/lib/i18n";
import type { Settings } from "@/lib/storage";
import { useEnglishMessages } from "./english";
import { buttonNamed, click, flush, type Rendered, renderInto } from "./render";

function fakeStore(initial: Settings) {
  const saved: Settings[] = [];
  let cleared = 0;
  let listener: ((s: Settings) => void) | null = null;
  const store: OptionsStore = {
    load: async () => initial,
    save: async (settings) => {
      saved.push(settings);
    },
    clearResults: async () => {
      cleared++;
    },
    watch: (onChange) => {
      listener = onChange;
      return () => {
        listener = null;
      };
    },
  };
  return { store, saved, cleared: () => cleared, emit: (s: Settings) => listener?.(s) };
}

let view: Rendered | undefined;
beforeEach(() => useEnglishMessages());
afterEach(() => {
  view?.unmount();
  setMessageLookup();
});

async function typeAndSubmit(root: HTMLElement, text: string) {
  const input = root.querySelector<HTMLInputElement>("#site-input");
  if (!input) throw new Error("no site input");
  await act(async () => {
    input.value = text;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await act(async () => {
    root.querySelector("form")?.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  });
  await flush();
}

describe("siteFromInput", () => {
  it.each([
    ["example.com", "example.com"],
    ["  Example.COM ", "example.com"],
    ["https://www.example.com/privacy?x=1", "www.example.com"],
    ["http://news.example.co.uk", "news.example.co.uk"],
    ["localhost", "localhost"],
    ["javascript:alert(1)", null],
    ["not a site", null],
    ["", null],
    ["example", null],
    ["ftp://example.com", null],
  ])("%j → %j", (input, expected) => {
    expect(siteFromInput(input)).toBe(expected);
  });
});

describe("options page", () => {
  it("shows and saves the automatic-analysis switch", async () => {
    const fake = fakeStore({ autoDetect: true, disabledSites: [] });
    view = await renderInto(<Options store={fake.store} />);
    const box = view.root.querySelector<HTMLInputElement>("#auto-detect");
    expect(box?.checked).toBe(true);
    expect(view.root.querySelector('label[for="auto-detect"]')?.textContent).toMatch(/automatically/);
    await click(box);
    expect(fake.saved).toEqual([{ autoDetect: false, disabledSites: [] }]);
    expect(view.root.textContent).toContain("Saved.");
  });

  it("adds a site from what was typed, normalised, and removes it again", async () => {
    const fake = fakeStore({ autoDetect: true, disabledSites: ["b.example"] });
    view = await renderInto(<Options store={fake.store} />);
    await typeAndSubmit(view.root, "https://A.example/privacy");
    expect(fake.saved.at(-1)?.disabledSites).toEqual(["a.example", "b.example"]);
    expect([...view.root.querySelectorAll(".sites__name")].map((e) => e.textContent)).toEqual([
      "a.example",
      "b.example",
    ]);
    const remove = view.root.querySelector('button[aria-label="Turn Privacy Glance on again for b.example"]');
    await click(remove);
    expect(fake.saved.at(-1)?.disabledSites).toEqual(["a.example"]);
  });

  it("refuses what isn't a site, and duplicates, with a message", async () => {
    const fake = fakeStore({ autoDetect: true, disabledSites: ["a.example"] });
    view = await renderInto(<Options store={fake.store} />);
    await typeAndSubmit(view.root, "not a site");
    expect(view.root.querySelector('[role="alert"]')?.textContent).toMatch(/such as example\.com/);
    expect(view.root.querySelector("#site-input")?.getAttribute("aria-invalid")).toBe("true");
    await typeAndSubmit(view.root, "a.example");
    expect(view.root.querySelector('[role="alert"]')?.textContent).toBe("a.example is already in the list.");
    expect(fake.saved).toEqual([]);
  });

  it("clears stored results", async () => {
    const fake = fakeStore({ autoDetect: true, disabledSites: [] });
    view = await renderInto(<Options store={fake.store} />);
    await click(buttonNamed(view.root, "Clear stored results"));
    expect(fake.cleared()).toBe(1);
    expect(view.root.textContent).toContain("Stored results cleared.");
  });

  it("follows changes made elsewhere (the popup's per-site switch)", async () => {
    const fake = fakeStore({ autoDetect: true, disabledSites: [] });
    view = await renderInto(<Options store={fake.store} />);
    await act(async () => fake.emit({ autoDetect: true, disabledSites: ["shop.example"] }));
    expect(view.root.querySelector(".sites__name")?.textContent).toBe("shop.example");
  });
});
