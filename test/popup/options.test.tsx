// @vitest-environment happy-dom
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Options } from "@/entrypoints/options/Options";
import type { OptionsStore } from "@/entrypoints/options/options-store";
import { setMessageLookup } from "@/lib/i18n";
import { type Settings, siteFromInput, siteOf } from "@/lib/storage";
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
    ["localhost:3000", "localhost"],
    ["127.0.0.1", "127.0.0.1"],
    ["http://127.0.0.1:8080/privacy", "127.0.0.1"],
    ["192.168.1.10:8443", "192.168.1.10"],
    ["[::1]", "[::1]"],
    ["http://[2001:db8::1]:8080/", "[2001:db8::1]"],
    ["example.com:8080", "example.com"],
    ["example.com.", "example.com"],
    ["intranet", "intranet"],
    ["Bücher.example", "xn--bcher-kva.example"],
    ["javascript:alert(1)", null],
    ["mailto:privacy@example.com", null],
    ["user:pass@example.com", null],
    ["about:blank", null],
    ["not a site", null],
    ["", null],
    ["   ", null],
    ["exa mple.com", null],
    ["ftp://example.com", null],
    ["chrome://extensions", null],
    ["example..com", null],
    ["-example.com", null],
  ])("%j → %j", (input, expected) => {
    expect(siteFromInput(input)).toBe(expected);
  });

  // The popup's "Turn off on this site" stores siteOf(the page's address): the options page must accept
  // every such name as it is, so a site added in one place can be typed, found and removed in the other.
  it.each([
    "https://www.example.com/privacy",
    "http://127.0.0.1:8080/",
    "http://localhost:5173/app",
    "http://[::1]:3000/",
    "http://192.168.0.1/",
    "http://intranet/policy",
    "https://xn--bcher-kva.example/",
    "https://example.com./privacy",
  ])("what the popup adds for %s is a site the options page accepts", (url) => {
    const site = siteOf(url);
    expect(site).not.toBeNull();
    expect(siteFromInput(site as string)).toBe(site);
    expect(siteFromInput(url)).toBe(site);
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

  it("says what a site covers: example.com covers its subdomains, a single name or an address only itself", async () => {
    const fake = fakeStore({ autoDetect: true, disabledSites: ["127.0.0.1", "example.com", "localhost"] });
    view = await renderInto(<Options store={fake.store} />);
    expect(view.root.textContent).toContain("example.com also covers www.example.com and shop.example.com");
    const rows = [...view.root.querySelectorAll(".sites__item")].map((row) => ({
      name: row.querySelector(".sites__name")?.textContent,
      scope: row.querySelector(".sites__scope")?.textContent?.trim() ?? null,
    }));
    expect(rows).toEqual([
      { name: "127.0.0.1", scope: null },
      { name: "example.com", scope: "and its subdomains" },
      { name: "localhost", scope: null },
    ]);
  });

  it("refuses a subdomain of a listed site, and a suffix shared by many sites, saying why", async () => {
    const fake = fakeStore({ autoDetect: true, disabledSites: ["example.com"] });
    view = await renderInto(<Options store={fake.store} />);
    const alert = () => view?.root.querySelector('[role="alert"]')?.textContent;
    await typeAndSubmit(view.root, "https://www.example.com/privacy");
    expect(alert()).toBe("www.example.com is already covered by example.com in the list.");
    await typeAndSubmit(view.root, "co.uk");
    expect(alert()).toBe(
      "co.uk is shared by many unrelated sites: enter one site under it, such as example.co.uk.",
    );
    await typeAndSubmit(view.root, "github.io");
    expect(alert()).toMatch(/^github\.io is shared by many unrelated sites/);
    expect(fake.saved).toEqual([]);
    // A site whose name only ends the same way is another site.
    await typeAndSubmit(view.root, "notexample.com");
    expect(fake.saved.at(-1)?.disabledSites).toEqual(["example.com", "notexample.com"]);
  });

  it("shows only the latest status: a refused site replaces 'Saved.', and the other way round", async () => {
    const fake = fakeStore({ autoDetect: true, disabledSites: [] });
    view = await renderInto(<Options store={fake.store} />);
    const root = view.root;
    const shown = () =>
      [...root.querySelectorAll('[role="status"], [role="alert"]')]
        .map((e) => e.textContent?.trim())
        .filter(Boolean);
    await typeAndSubmit(root, "127.0.0.1");
    expect(shown()).toEqual(["Saved."]);
    await typeAndSubmit(root, "not a site");
    expect(shown()).toEqual(["Enter a site name or address, such as example.com, localhost or 127.0.0.1."]);
    expect(root.querySelector("#site-input")?.getAttribute("aria-invalid")).toBe("true");
    await click(root.querySelector("#auto-detect"));
    expect(shown()).toEqual(["Saved."]);
    expect(root.querySelector("#site-input")?.getAttribute("aria-invalid")).toBeNull();
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
