import { describe, expect, it } from "vitest";
import { detectPolicy } from "../../lib/detect/detector";
import { INPUT_CHECKS_MS, type NavigationHost, SETTLE_MS, watchUrl } from "../../lib/detect/navigation";
import { pageSignature, watchPolicy } from "../../lib/detect/recheck";
import type { Detection } from "../../lib/types";
import { parseHtmlDocument } from "../../scripts/lib/dom";

/** Fake timers: `advance(ms)` runs what falls due, in order. */
function clock() {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimeout: (fn: () => void, ms: number): unknown => {
      const id = nextId++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id: unknown) => {
      pending.delete(id as number);
    },
    pending: () => pending.size,
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...pending.entries()]
          .filter(([, t]) => t.at <= until)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = until;
    },
  };
}

/** A window with (or without) the Navigation API; `fire` dispatches to the listeners added. */
function host(withNavigationApi: boolean) {
  const listeners = new Map<string, Array<() => void>>();
  const add = (type: string, fn: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), fn]);
  const h: NavigationHost & { fire(type: string): void; types(): string[] } = {
    location: { href: "https://app.example/" },
    addEventListener: add,
    navigation: withNavigationApi ? { addEventListener: add } : undefined,
    fire: (type) => {
      for (const fn of listeners.get(type) ?? []) fn();
    },
    types: () => [...listeners.keys()].sort(),
  };
  return h;
}

describe("watchUrl: single-page app navigations without polling", () => {
  it("uses the Navigation API when there is one, and sets no timer until something happens", () => {
    const h = host(true);
    const t = clock();
    const seen: string[] = [];
    expect(watchUrl(h, (u) => seen.push(u), t)).toBe("navigation-api");
    expect(h.types()).toEqual(["currententrychange"]);
    expect(t.pending()).toBe(0);
  });

  it("reports a pushState-like change once, after the view had time to render (debounced)", () => {
    const h = host(true);
    const t = clock();
    const seen: string[] = [];
    watchUrl(h, (u) => seen.push(u), t);
    h.location.href = "https://app.example/privacy";
    h.fire("currententrychange");
    t.advance(SETTLE_MS - 1);
    h.fire("currententrychange"); // replaceState of the same URL (scroll position, state) right after
    t.advance(SETTLE_MS - 1);
    expect(seen).toEqual([]);
    t.advance(1);
    expect(seen).toEqual(["https://app.example/privacy"]);
    h.fire("currententrychange"); // nothing changed
    t.advance(SETTLE_MS);
    expect(seen).toEqual(["https://app.example/privacy"]);
  });

  it("without the Navigation API: popstate, hashchange, and a look after clicks and key presses", () => {
    const h = host(false);
    const t = clock();
    const seen: string[] = [];
    expect(watchUrl(h, (u) => seen.push(u), t)).toBe("events");
    expect(h.types()).toEqual(["click", "hashchange", "keydown", "popstate"]);
    expect(t.pending()).toBe(0);

    h.location.href = "https://app.example/#faq";
    h.fire("hashchange");
    t.advance(SETTLE_MS);
    expect(seen).toEqual(["https://app.example/#faq"]);

    // A click whose route changes only after a slow fetch is seen by the later look.
    h.fire("click");
    t.advance(SETTLE_MS);
    h.location.href = "https://app.example/privacy";
    t.advance((INPUT_CHECKS_MS.at(-1) ?? 0) - SETTLE_MS);
    expect(seen).toEqual(["https://app.example/#faq", "https://app.example/privacy"]);
    expect(t.pending()).toBe(0);
  });

  it("goes quiet once the content script is invalidated", () => {
    const h = host(true);
    const t = clock();
    const seen: string[] = [];
    let active = true;
    watchUrl(h, (u) => seen.push(u), { ...t, isActive: () => active });
    active = false;
    h.location.href = "https://app.example/other";
    h.fire("currententrychange");
    t.advance(SETTLE_MS);
    expect(seen).toEqual([]);
  });
});

describe("watchPolicy: re-checks cost nothing when the page did not change", () => {
  const page = (body: string) =>
    parseHtmlDocument(`<!doctype html><html><head><title>Shop</title></head><body>${body}</body></html>`);

  it("skips a re-check on an unchanged page, and detects again once content arrives", () => {
    const doc = page('<div id="app"><p>Loading</p></div>');
    const t = clock();
    let runs = 0;
    const seen: boolean[] = [];
    const detect = (d: Document, url: string): Detection => {
      runs++;
      return detectPolicy(d, url);
    };
    watchPolicy(
      doc,
      () => "https://shop.example/",
      (d) => seen.push(d.isPolicy),
      {
        setTimeout: t.setTimeout,
        delaysMs: [100, 200, 300],
        detect,
      },
    );
    expect(runs).toBe(1);
    t.advance(100);
    expect(runs).toBe(1); // same URL, title and elements: not read again
    const app = doc.getElementById("app");
    if (app)
      app.innerHTML =
        "<h1>Privacy Policy</h1><p>This privacy policy explains what personal information we collect and how we share it with third parties.</p>";
    t.advance(100);
    expect(runs).toBe(2);
    expect(seen).toEqual([false, true]);
    t.advance(100);
    expect(runs).toBe(2); // a policy is not looked at again
  });

  it("the signature changes with the URL, the title and the number of elements", () => {
    const doc = page("<p>a</p>");
    const before = pageSignature(doc, "https://x.example/");
    expect(pageSignature(doc, "https://x.example/")).toBe(before);
    expect(pageSignature(doc, "https://x.example/b")).not.toBe(before);
    doc.title = "Other";
    const retitled = pageSignature(doc, "https://x.example/");
    expect(retitled).not.toBe(before);
    doc.body.appendChild(doc.createElement("p"));
    expect(pageSignature(doc, "https://x.example/")).not.toBe(retitled);
  });
});
