import { describe, expect, it } from "vitest";
import { detectionChanged, detectPolicy, watchPolicy } from "../../lib/detect/index";
import { parseHtmlDocument } from "../../scripts/lib/dom";
import { loadPage } from "../fixtures/pages/load";

const page = (title: string, body: string): Document =>
  parseHtmlDocument(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`);

const filler = "<p>Our opening hours are nine to five on weekdays and ten to four on Saturdays.</p>";

describe("detectPolicy: one signal at a time", () => {
  it.each([
    ["URL path", page("Acme", filler), "https://acme.example/legal/privacy-policy", "url:privacy"],
    ["URL of a cookie page", page("Acme", filler), "https://acme.example/cookie-policy", "url:privacy"],
    ["title", page("Privacy Policy | Acme", filler), "", "title:privacy-policy"],
    ["title word only", page("Your Privacy - Acme", filler), "", "title:privacy"],
    ["h1 heading", page("Acme", `<h1>Privacy Statement</h1>${filler}`), "", "heading:privacy-policy"],
    ["h3 heading", page("Acme", `<h3>Cookie Policy</h3>${filler}`), "", "subheading:privacy-policy"],
    ["terms title", page("Terms of Use | Acme", filler), "", "title:other-legal"],
    ["terms URL", page("Acme", filler), "https://acme.example/terms-of-service", "url:other-legal"],
  ])("%s gives its reason", (_label, doc, url, reason) => {
    expect(detectPolicy(doc, url).reasons).toContain(reason);
  });

  it("a headline about a policy is not its name", () => {
    const doc = page("Why the new privacy policy at Acme matters", filler);
    expect(detectPolicy(doc, "").reasons).not.toContain("title:privacy-policy");
  });

  it("ignores non-http URLs", () => {
    expect(detectPolicy(page("Acme", filler), "file:///home/me/privacy.html").reasons).not.toContain(
      "url:privacy",
    );
  });

  it("counts vocabulary in the sample, not in links or the footer", () => {
    const links = Array.from(
      { length: 20 },
      () => '<a href="/p">personal information cookies opt out third parties</a>',
    ).join(" ");
    const doc = page(
      "Acme",
      `${filler}<footer><p>We collect personal information and share it with third parties.</p></footer>${links}`,
    );
    const reasons = detectPolicy(doc, "").reasons.join(" ");
    expect(reasons).not.toMatch(/topic:|voice:/);
  });

  it("reads at most the sample size of a huge page", () => {
    const words = "<p>We collect personal information about you and share it with third parties.</p>";
    const doc = page(
      "Acme",
      `${"<p>Weather report for the week ahead, sunny with showers.</p>".repeat(400)}${words}`,
    );
    expect(detectPolicy(doc, "").reasons.join(" ")).not.toMatch(/voice:/);
  });
});

describe("detectPolicy: whole pages", () => {
  it.each([
    ["policy-basic.html", "", true],
    ["cookie-policy.html", "", true],
    // Policy vocabulary alone is not enough: a page must show a hint of its name somewhere (hints.ts).
    ["vocabulary-only.html", "", false],
    ["vocabulary-only.html", "https://harbor.example/privacy", true],
    ["policy-accordion.html", "", true],
    ["terms-of-service.html", "", false],
    ["terms-of-service.html", "https://quillnote.example/terms", false],
    ["news-privacy.html", "", false],
    ["news-privacy.html", "https://ledger.example/tech/socialco-privacy-policy-changes", false],
    ["footer-link.html", "", false],
    ["blog-post.html", "", false],
  ])("%s (url %j) → isPolicy %s", (file, url, expected) => {
    const d = detectPolicy(loadPage(file), url);
    expect(d.isPolicy, JSON.stringify(d)).toBe(expected);
    expect(d.score >= 0.5).toBe(expected);
  });

  it("a page with only a generic title is found by its URL", () => {
    const doc = loadPage("vocabulary-only.html");
    expect(detectPolicy(doc, "https://harbor.example/privacy").score).toBeGreaterThan(
      detectPolicy(doc, "").score,
    );
  });

  it("rules out at the first look a page that names no policy in its URL, title or headings", () => {
    const d = detectPolicy(loadPage("vocabulary-only.html"), "https://harbor.example/online-banking");
    expect(d).toEqual({ isPolicy: false, score: 0.018, reasons: ["unnamed"] });
  });
});

describe("watchPolicy: re-checks late-rendered content", () => {
  it("reports the page once it renders a policy, then stops checking", () => {
    const doc = page("Loading…", "<div id=app></div>");
    const timers: Array<() => void> = [];
    const seen: boolean[] = [];
    watchPolicy(
      doc,
      () => "https://app.example/#/home",
      (d) => seen.push(d.isPolicy),
      {
        setTimeout: (fn) => timers.push(fn),
        delaysMs: [100, 200],
      },
    );
    expect(seen).toEqual([false]);
    const app = doc.getElementById("app");
    if (app)
      app.innerHTML =
        "<h1>Privacy Policy</h1><p>We collect personal information and share it with third parties.</p>";
    doc.title = "Privacy Policy";
    timers.shift()?.();
    expect(seen).toEqual([false, true]);
    timers.shift()?.();
    expect(seen).toEqual([false, true]);
  });

  it("restart() checks again after a URL change", () => {
    const doc = page("Privacy Policy", "<h1>Privacy Policy</h1>");
    let url = "https://app.example/a";
    const urls: string[] = [];
    const watcher = watchPolicy(
      doc,
      () => url,
      (_d, u) => urls.push(u),
      { setTimeout: () => 0, delaysMs: [] },
    );
    url = "https://app.example/b";
    watcher.restart();
    expect(urls).toEqual(["https://app.example/a", "https://app.example/b"]);
    expect(watcher.last()?.isPolicy).toBe(true);
  });

  it("detectionChanged flags only flips", () => {
    const yes = { isPolicy: true, score: 0.9, reasons: [] };
    const no = { isPolicy: false, score: 0.1, reasons: [] };
    expect(detectionChanged(null, no)).toBe(true);
    expect(detectionChanged(no, { ...no, score: 0.2 })).toBe(false);
    expect(detectionChanged(no, yes)).toBe(true);
  });
});
