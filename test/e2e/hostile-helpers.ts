// Shared pieces of the hostile e2e suites (Chromium and Firefox): a small server for the adversarial
// corpus (static pages from test/fixtures/site/hostile, huge pages generated on request, real pages
// from ../shared/data), the init script that watches each page from before any content script runs,
// and the checks both browsers apply.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { FIXTURE_SITE, serveFile, TYPES } from "./server";

export const HOSTILE_DIR = path.join(FIXTURE_SITE, "hostile");

const POLICY_PARAGRAPHS = [
  "We collect personal information such as your name, e-mail address, IP address and device identifiers when you use our services.",
  "We use cookies and similar technologies, including third-party advertising cookies, to remember your preferences and to show you interest-based ads.",
  "We share personal information with advertising partners and analytics providers. We do not sell your personal information.",
  "You can opt out of interest-based advertising at www.aboutads.info/choices or by writing to privacy@big.example.",
  "We do not respond to Do Not Track signals. You can refuse cookies in your browser settings.",
];

function policyHead(title: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>`;
}

/** 200,000 elements, built by an inline script before load (no multi-MB file in the repository). */
function bigDomPage(): string {
  return `${policyHead("Privacy Policy")}<article id="policy"><h1>Privacy Policy</h1>${POLICY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</article>
<div id="grid"></div>
<script>
  const grid = document.getElementById("grid");
  const frag = document.createDocumentFragment();
  for (let i = 0; i < 100000; i++) {
    const d = document.createElement("div");
    const s = document.createElement("span");
    s.textContent = "cell " + i;
    d.appendChild(s);
    frag.appendChild(d);
  }
  grid.appendChild(frag);
  document.body.dataset.elements = String(document.getElementsByTagName("*").length);
</script></body></html>`;
}

let bigTextCache: string | null = null;
/** About 20 MB of policy text in 2,000 paragraphs, generated once per run. */
function bigTextPage(): string {
  if (!bigTextCache) {
    const parts: string[] = [policyHead("Privacy Policy"), "<article><h1>Privacy Policy</h1>"];
    let size = 0;
    for (let i = 0; size < 20_000_000; i++) {
      const para = `<p>${`${POLICY_PARAGRAPHS[i % POLICY_PARAGRAPHS.length]} `.repeat(70)}</p>`;
      if (i % 50 === 0) parts.push(`<h2>Section ${i / 50 + 1}</h2>`);
      parts.push(para);
      size += para.length;
    }
    parts.push("</article></body></html>");
    bigTextCache = parts.join("");
  }
  return bigTextCache;
}

/**
 * 10,000 nested elements (deeper than the HTML parser allows, so built by script) around policy text.
 * Laid out, such a tree crashes Chromium's renderer by itself (extension or not), so it is display:none:
 * the DOM walkers (detector, Readability, fallback, highlight) still see all 10,000 levels.
 */
function deepPage(): string {
  return `${policyHead("Privacy Policy")}<article><h1>Privacy Policy</h1>${POLICY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</article>
<div id="top" style="display:none"></div>
<script>
  let node = document.getElementById("top");
  for (let i = 0; i < 10000; i++) { const d = document.createElement(i % 2 ? "div" : "section"); node.appendChild(d); node = d; }
  node.innerHTML = ${JSON.stringify(`<h2>Deep inside</h2>${POLICY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}`)};
</script></body></html>`;
}

/** A policy with one 25,000-character word: more than a segment may hold in a message. */
function longWordPage(): string {
  return `${policyHead("Privacy Policy")}<article><h1>Privacy Policy</h1>${POLICY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}
<p id="w"></p><script>document.getElementById("w").textContent = "x".repeat(25000);</script></article></body></html>`;
}

/** A valid 1×1 PNG, built here rather than committed. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer): number => {
    let c = 0xffffffff;
    for (const b of buf) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const GENERATED: Record<string, () => { type: string; body: string | Buffer }> = {
  "/gen/big-dom.html": () => ({ type: TYPES[".html"] as string, body: bigDomPage() }),
  "/gen/big-text.html": () => ({ type: TYPES[".html"] as string, body: bigTextPage() }),
  "/gen/deep.html": () => ({ type: TYPES[".html"] as string, body: deepPage() }),
  "/gen/long-word.html": () => ({ type: TYPES[".html"] as string, body: longWordPage() }),
  "/gen/image.png": () => ({ type: "image/png", body: tinyPng() }),
};

export interface HostileServer {
  origin: string;
  /** Every request path the server saw, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves /hostile/* (static corpus), /gen/* (generated), /data/* (shared real pages), /probe/* (204).
 * `realPageScripts: false` serves the real pages with a CSP that stops their own scripts (the extension's
 * content scripts are exempt): their timers and handlers then can't be mistaken for the extension's work.
 */
export async function startHostileServer(
  dataDir: string | null,
  options: { realPageScripts: boolean } = { realPageScripts: true },
): Promise<HostileServer> {
  const realPageHeaders: Record<string, string> = options.realPageScripts
    ? {}
    : { "content-security-policy": "script-src 'none'" };
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const pathname = decodeURIComponent(url.pathname);
    requests.push(pathname);
    const generated = GENERATED[pathname];
    if (generated) {
      const { type, body } = generated();
      res.writeHead(200, { "content-type": type }).end(body);
      return;
    }
    if (pathname.startsWith("/probe/")) {
      res.writeHead(204).end();
      return;
    }
    // The SPA's deep link is served by the app shell, as a real SPA server would.
    const mapped = pathname === "/hostile/spa/privacy" ? "/hostile/spa.html" : pathname;
    serveFile(mapped, dataDir, res, mapped.startsWith("/data/") ? realPageHeaders : {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface CorpusPage {
  path: string;
  /** Does the page have scripts that change the DOM after load (then the mutation check is skipped)? */
  scripted: boolean;
  /** Should the extension treat the top document as a privacy policy (badge)? null: don't care. */
  policy: boolean | null;
  /** Paths the page itself loads (frames, images): any other request to the server is the extension's. */
  loads: string[];
}

/** The adversarial corpus. */
export const HOSTILE_CORPUS: CorpusPage[] = [
  { path: "/hostile/xss-policy.html", scripted: false, policy: true, loads: [] },
  { path: "/hostile/builtins.html", scripted: false, policy: true, loads: [] },
  { path: "/hostile/rtl-ar.html", scripted: false, policy: null, loads: [] },
  { path: "/hostile/rtl-he.html", scripted: false, policy: null, loads: [] },
  { path: "/hostile/cjk.html", scripted: false, policy: null, loads: [] },
  { path: "/hostile/cyrillic.html", scripted: false, policy: null, loads: [] },
  {
    path: "/hostile/iframes.html",
    scripted: false,
    policy: false,
    loads: [
      "/hostile/xss-policy.html",
      "/hostile/builtins.html",
      "/hostile/iframes-nested.html",
      "/hostile/cjk.html",
    ],
  },
  {
    path: "/hostile/frameset.html",
    scripted: false,
    policy: false,
    loads: ["/hostile/plain-page.html", "/hostile/rtl-he.html"],
  },
  { path: "/hostile/postmessage.html", scripted: false, policy: false, loads: [] },
  { path: "/hostile/data.json", scripted: false, policy: false, loads: [] },
  { path: "/hostile/plain.txt", scripted: false, policy: null, loads: [] },
  { path: "/hostile/image.svg", scripted: false, policy: false, loads: [] },
  { path: "/gen/image.png", scripted: false, policy: false, loads: [] },
  { path: "/hostile/churn.html", scripted: true, policy: null, loads: [] },
  { path: "/gen/big-dom.html", scripted: false, policy: null, loads: [] },
  { path: "/gen/deep.html", scripted: false, policy: null, loads: [] },
  { path: "/gen/long-word.html", scripted: false, policy: true, loads: [] },
  { path: "/gen/big-text.html", scripted: false, policy: null, loads: [] },
];

/** What a visit to a corpus page observed, for the checks both browsers apply (visitProblems). */
export interface VisitObservation {
  watch: WatchReport | null;
  /** The server's requests during the visit. */
  serverRequests: readonly string[];
  /** For a real page: what the same page requests without the extension (its own files). */
  baseRequests: ReadonlySet<string> | null;
  state: { status: string } | null;
  badge: string;
  extensionIds: readonly string[];
}

/**
 * The checks both browsers apply to a visit: a static page's DOM is left alone, nothing revealing is
 * posted to it, no request beyond the page's own, a policy is analysed and a non-policy has no badge.
 */
export function visitProblems(page: CorpusPage, seen: VisitObservation): string[] {
  const problems: string[] = [];
  const { watch } = seen;
  if (!page.scripted && watch?.mutations.length)
    problems.push(`DOM mutated: ${watch.mutations.slice(0, 5).join(", ")}`);
  const revealing = revealingMessages(watch?.messages ?? [], seen.extensionIds);
  if (revealing.length)
    problems.push(`page received ${revealing.length} message(s) from the extension: ${revealing[0]}`);
  const base = seen.baseRequests;
  const extra = base
    ? seen.serverRequests.filter((p) => !base.has(p) && !p.startsWith("/probe/") && p !== "/favicon.ico")
    : unexplainedRequests(seen.serverRequests, page);
  if (extra.length) problems.push(`unexplained requests: ${extra.join(", ")}`);
  if (page.policy === true && seen.state?.status !== "analysed")
    problems.push(`policy not analysed: ${JSON.stringify(seen.state)}`);
  if (page.policy === false && seen.badge) problems.push("badge on a non-policy page");
  return problems;
}

/** Requests that browsers make by themselves. */
const BROWSER_OWN = /^\/(favicon\.ico|apple-touch-icon.*\.png)$/;

/** Server requests that neither the page nor the browser explain: they can only come from the extension. */
export function unexplainedRequests(seen: readonly string[], page: CorpusPage | string): string[] {
  const expected = typeof page === "string" ? [page] : [page.path, ...page.loads];
  const base = (p: string) => p.replace(/[?#].*$/, "");
  return seen.filter((p) => !expected.includes(base(p)) && !BROWSER_OWN.test(p) && !p.startsWith("/probe/"));
}

/**
 * Runs in the page's main world before any page script and before any content script. Records:
 * long tasks (Chromium's PerformanceObserver), main-thread stalls (a 10 ms heartbeat, both browsers),
 * DOM mutations after the load event, and every message posted to the window.
 * Page scripts can tamper with window.__pg; the hostile pages here don't, and static pages have none.
 */
export const WATCH_SCRIPT = `(() => {
  if (window.top !== window) return;
  // Captured before the page can override them (see hostile/builtins.html).
  const stringify = JSON.stringify, st = setTimeout, si = setInterval, now = performance.now.bind(performance);
  const add = (list, value) => { list[list.length] = value; };
  const pg = { longTasks: [], stalls: [], mutations: [], messages: [], loaded: false, loadAt: 0, readyAt: 0 };
  addEventListener("DOMContentLoaded", () => { pg.readyAt = now(); });
  Object.defineProperty(window, "__pg", { value: { dump: () => stringify(pg) }, enumerable: false });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) add(pg.longTasks, { start: Math.round(e.startTime), duration: Math.round(e.duration) });
    }).observe({ type: "longtask", buffered: true });
  } catch (e) { pg.longTasks = null; }
  let last = now();
  si(() => { const t = now(); if (t - last > 60) add(pg.stalls, { start: Math.round(last), duration: Math.round(t - last) }); last = t; }, 10);
  const record = (records) => {
    if (!pg.loaded) return;
    for (const r of records) {
      const target = r.target && r.target.nodeName;
      add(pg.mutations, r.type + ":" + target + (r.attributeName ? "@" + r.attributeName : "") + "+" + r.addedNodes.length + "-" + r.removedNodes.length);
    }
  };
  new MutationObserver(record).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  addEventListener("load", () => st(() => { pg.loaded = true; pg.loadAt = now(); }, 0));
  addEventListener("message", (e) => {
    let data;
    try { data = stringify(e.data); } catch (err) { data = "" + e.data; }
    add(pg.messages, { origin: e.origin, data: ("" + data).slice(0, 300) });
  });
})();`;

export interface WatchReport {
  longTasks: { start: number; duration: number }[] | null;
  stalls: { start: number; duration: number }[];
  mutations: string[];
  messages: { origin: string; data: string }[];
  loaded: boolean;
  loadAt: number;
  /** DOMContentLoaded time: content scripts (document_idle) run after it, the page's parse-time scripts before. */
  readyAt: number;
}

/**
 * Main-thread blocks (long tasks where the browser reports them, heartbeat stalls otherwise) that
 * started after DOMContentLoaded: the page's own parse-time scripts are not counted, ours can't be earlier.
 */
export function blocksAfterReady(watch: WatchReport | null): number[] {
  if (!watch) return [];
  const blocks = watch.longTasks?.length ? watch.longTasks : watch.stalls;
  return blocks.filter((b) => b.start >= watch.readyAt).map((b) => b.duration);
}

/** Evaluated in the page: what WATCH_SCRIPT recorded, as JSON (null when it could not run, e.g. on an image). */
export const READ_WATCH = `(() => { const pg = window.__pg; return pg ? pg.dump() : null; })()`;

export function parseWatch(raw: unknown): WatchReport | null {
  return typeof raw === "string" ? (JSON.parse(raw) as WatchReport) : null;
}

/**
 * The longest main-thread block the extension added: the page's own blocks (baseline run) are matched
 * longest-to-longest against the blocks seen with the extension; what is left over is the extension's.
 */
export function attributableBlock(withExtension: readonly number[], baseline: readonly number[]): number {
  const e = [...withExtension].sort((a, b) => b - a);
  const b = [...baseline].sort((x, y) => y - x);
  return Math.max(0, ...e.map((d, i) => d - (b[i] ?? 0)));
}

/** Text a popup rendered for a hostile policy must show literally: markup from the page is text. */
export const LITERAL_MARKUP = "<img src=x onerror=";

/** Forged and malformed runtime messages for the background (sent from an extension page). */
export const FORGED_MESSAGES: unknown[] = [
  null,
  undefined,
  42,
  "analyze-tab",
  [],
  { type: "nope" },
  { type: "analyze-tab" },
  { type: "analyze-tab", tabId: "1" },
  { type: "get-tab-state", tabId: { $gt: 0 } },
  { type: "analyze-policy-url", tabId: 1 },
  { type: "page-detected", url: 1, detection: {} },
  { type: "page-text", url: "x", segments: [] },
  { type: "__proto__", tabId: 1 },
  { type: "constructor", tabId: 1 },
  { type: ["analyze-tab"], tabId: 1 },
  { toString: "x", type: "get-tab-state" },
];

/** Messages of a known type from the wrong sender: page-detected may only come from a content script. */
export const WRONG_SENDER_MESSAGES: unknown[] = [
  {
    type: "page-detected",
    url: "https://a.example/privacy",
    detection: { isPolicy: true, score: 1, reasons: [] },
  },
];

/** Garbage written into storage to check that the extension recovers. */
export const CORRUPT_STORAGE = {
  local: { settings: "garbage", settings$: { v: 99 } },
  session: { tabStates: { "1": "not a state", abc: 1, "2": { status: "analysed" } } },
};

/** Messages the page received that reveal the extension (its id, WXT's internal events). */
export function revealingMessages(
  messages: readonly { data: string }[],
  extensionIds: readonly string[],
): string[] {
  return messages
    .map((m) => m.data)
    .filter((d) => /wxt|content-script-started/i.test(d) || extensionIds.some((id) => id && d.includes(id)));
}
