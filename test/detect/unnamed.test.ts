// A saved policy whose address and title don't name it (the command line without --url): recognised
// from a name standing as a line of its text, or from headings laid out like a policy's sections.
import { describe, expect, it } from "vitest";
import { detectPolicy } from "../../lib/detect/index";
import { sectionCount } from "../../lib/detect/signals";
import { parseHtmlDocument } from "../../scripts/lib/dom";

const untitled = (body: string): Document =>
  parseHtmlDocument(`<!doctype html><html><head></head><body>${body}</body></html>`);

// A short policy of our own: first person about its practices, second person about the reader.
const prose = `<p>Harbor Books collects the name and e-mail address you give us when you order, and we use
them only to send your parcel. We do not sell your personal information. Our site sets a cookie that
keeps your basket; you can refuse cookies in your browser. If you have questions about this policy,
contact us at the shop.</p>`;

const menu = '<nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>';

describe("detectPolicy: a name standing as a line of the text", () => {
  it("finds a policy whose name is a styled line, not a heading", () => {
    const d = detectPolicy(
      untitled(`${menu}<div class="big">Harbor Books Privacy Statement</div>${prose}`),
      "",
    );
    expect(d.isPolicy, JSON.stringify(d)).toBe(true);
    expect(d.reasons).toContain("text:privacy-policy");
  });

  it("does not count the name inside a link, a menu or the footer", () => {
    for (const where of [
      '<a href="/privacy">Privacy Statement</a>',
      "<nav>Privacy Statement</nav>",
      "<footer>Privacy Statement</footer>",
    ]) {
      const d = detectPolicy(untitled(`${where}${prose}`), "");
      expect(d, where).toEqual({ isPolicy: false, score: 0.018, reasons: ["unnamed"] });
    }
  });

  it("does not count a sentence that only mentions a policy, or a headline about one", () => {
    for (const line of [
      "<p>Please read the privacy policy of the shipping company before you order from us today.</p>",
      "<div>Why the new privacy policy matters</div>",
    ]) {
      expect(detectPolicy(untitled(`${line}${prose}`), "").reasons, line).toEqual(["unnamed"]);
    }
  });

  it("needs a policy's words around the name: a name line alone is not enough", () => {
    const d = detectPolicy(
      untitled("<div>Privacy Policy</div><p>Our opening hours are nine to five on weekdays.</p>"),
      "",
    );
    expect(d.reasons).toContain("text:privacy-policy");
    expect(d.isPolicy).toBe(false);
  });

  it("reads only the start of the text: a name far below is not a look worth taking", () => {
    const long = "<p>Weather report for the week ahead, sunny with showers and a light breeze.</p>".repeat(
      40,
    );
    expect(detectPolicy(untitled(`${long}<div>Privacy Statement</div>${prose}`), "").reasons).toEqual([
      "unnamed",
    ]);
  });
});

describe("detectPolicy: headings laid out like a policy's sections", () => {
  const sections = (titles: string[]): string => titles.map((title) => `<h2>${title}</h2>${prose}`).join("");

  it("counts distinct sections, each once, in short headings only", () => {
    expect(sectionCount(["Information we collect", "Cookies", "Children", "Contact us"])).toBe(4);
    expect(sectionCount(["Cookies", "Cookie settings", "Contacting us", "Contact us"])).toBe(2);
    expect(sectionCount(["Opening hours", "Our books", "Gift cards"])).toBe(0);
    expect(
      sectionCount(["How the children of the village kept the security of the old harbor safe for us"]),
    ).toBe(0);
  });

  it("finds an unnamed policy whose headings are its sections", () => {
    const d = detectPolicy(
      untitled(
        sections(["Information We Collect", "Children", "Changes to This Statement", "Contacting Us"]),
      ),
      "",
    );
    expect(d.isPolicy, JSON.stringify(d)).toBe(true);
    expect(d.reasons).toContain("sections:4");
  });

  it("two section-like headings of an ordinary page are not enough to read it", () => {
    const d = detectPolicy(
      untitled(`<h2>Security</h2><p>Lock your bike.</p><h2>Contact us</h2><p>Call the shop.</p>`),
      "",
    );
    expect(d.reasons).toEqual(["unnamed"]);
  });
});

describe("detectPolicy: the sample when the naming heading is not where the text is", () => {
  it("reads the page's text when the heading naming the policy stands alone after it", () => {
    const d = detectPolicy(
      untitled(`<div>${prose}${prose}</div><div id="seo-footer"><h1>Privacy Policy</h1></div>`),
      "",
    );
    expect(d.isPolicy, JSON.stringify(d)).toBe(true);
    expect(d.reasons.some((r) => r.startsWith("voice:"))).toBe(true);
  });
});
