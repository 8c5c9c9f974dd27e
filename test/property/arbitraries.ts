// Generators for the property tests: hostile text (markup-looking, RTL, CJK, control characters,
// very long tokens) and random HTML documents built from a small tag vocabulary.
import fc from "fast-check";

const HOSTILE_SNIPPETS = [
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "&lt;b&gt;bold&lt;/b&gt;",
  "privacy@example.com",
  "name [at] example [dot] com",
  "https://example.com/opt-out",
  "www.aboutads.info/choices",
  "+1 (800) 555-0100 ext. 12",
  "1600 Amphitheatre Parkway, Mountain View, CA 94043",
  "We use cookies and share data with advertising partners.",
  "We honor Do Not Track signals.",
  "نحن نجمع بياناتك الشخصية",
  "אנו אוספים מידע אישי",
  "我们收集您的个人信息",
  "Мы собираем ваши персональные данные",
  "\u202e\u200f\u200b\ufeff",
  "\u0000\u0007\ud800",
  "Privacy Policy",
  "\n\n",
  "\n# Heading\n",
  "• item\n",
];

/** Text that mixes random Unicode with the snippets real attacks and real policies use. */
export const hostileText = (maxPieces = 30): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_SNIPPETS) },
        { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
        { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
        { weight: 1, arbitrary: fc.constantFrom(" ", "\n", ". ", "\t", "\r\n") },
        { weight: 1, arbitrary: fc.nat({ max: 400 }).map((n) => "w".repeat(n)) },
      ),
      { maxLength: maxPieces },
    )
    .map((parts) => parts.join(""));

const TAGS = [
  "div",
  "p",
  "span",
  "h1",
  "h2",
  "h3",
  "ul",
  "li",
  "table",
  "tr",
  "td",
  "article",
  "main",
  "section",
  "footer",
  "a",
  "b",
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "nav",
  "header",
  "details",
  "summary",
  "pre",
  "svg",
] as const;
const ATTRS = [
  "class",
  "id",
  "href",
  "role",
  "hidden",
  "aria-hidden",
  "style",
  "rel",
  "onerror",
  "src",
] as const;

type Node = string | { tag: string; attrs: [string, string][]; children: Node[] };

const escapeText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const escapeAttr = (s: string): string => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

function render(node: Node): string {
  if (typeof node === "string") return escapeText(node);
  const attrs = node.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join("");
  return `<${node.tag}${attrs}>${node.children.map(render).join("")}</${node.tag}>`;
}

const attrValue = fc.oneof(
  fc.constantFrom("privacy-policy", "footer", "javascript:alert(1)", "display:none", "/privacy", "#", "x"),
  fc.string({ maxLength: 12 }),
);

/** A random HTML document (as a string): nested tags, hostile text, and sometimes raw garbage. */
export const randomHtml: fc.Arbitrary<string> = (() => {
  const { node } = fc.letrec<{ node: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      hostileText(6),
      fc.record({
        tag: fc.constantFrom(...TAGS),
        attrs: fc.array(fc.tuple(fc.constantFrom(...ATTRS), attrValue), { maxLength: 2 }),
        children: fc.array(tie("node"), { maxLength: 5 }),
      }),
    ),
  }));
  const title = fc.oneof(
    fc.constantFrom("Privacy Policy", "Shop", "", "Datenschutzerklärung", "سياسة الخصوصية"),
    fc.string({ maxLength: 20 }),
  );
  const wellFormed = fc
    .tuple(title, fc.array(node, { maxLength: 6 }))
    .map(
      ([t, body]) =>
        `<!doctype html><html><head><title>${escapeText(t)}</title></head><body>${body.map(render).join("")}</body></html>`,
    );
  // Raw strings too: broken markup, unclosed tags, stray "</html>".
  return fc.oneof(
    { weight: 4, arbitrary: wellFormed },
    { weight: 1, arbitrary: hostileText(20) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  );
})();

/** Any JSON value, plus near-miss versions of the real messages (right type, wrong shape). */
export const messageLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  fc.record(
    {
      type: fc.constantFrom(
        "page-detected",
        "get-tab-state",
        "analyze-tab",
        "analyze-policy-url",
        "extract",
        "extract-url",
        "highlight",
        "clear-highlight",
        "get-page-info",
        "page-text",
        "__proto__",
        "constructor",
      ),
      tabId: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)),
      url: fc.oneof(fc.webUrl(), fc.string(), fc.integer()),
      text: fc.oneof(fc.string(), fc.integer()),
      detection: fc.oneof(
        fc.record({ isPolicy: fc.boolean(), score: fc.double(), reasons: fc.array(fc.string()) }),
        fc.jsonValue(),
      ),
    },
    { requiredKeys: ["type"] },
  ),
);
