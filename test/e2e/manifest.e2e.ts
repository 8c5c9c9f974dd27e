// Pins what the BUILT extension asks for and ships: the exact permissions of both manifests, a strict
// content security policy, and no remote or dynamic code in any bundle.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHROME_BUILD, FIREFOX_BUILD } from "./paths";

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  content_scripts?: unknown[];
  background?: { service_worker?: string; scripts?: string[]; persistent?: boolean };
  browser_specific_settings?: {
    gecko?: { id?: string; data_collection_permissions?: { required?: string[] } };
  };
  [key: string]: unknown;
}

/** The CSP we want on extension pages (README "Permissions"): only our own scripts, nothing fetched. */
const STRICT_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function manifestOf(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function cspOf(manifest: Manifest): string {
  const csp = manifest.content_security_policy;
  return typeof csp === "string" ? csp : (csp?.extension_pages ?? "");
}

/** The directives of a CSP as a map: "script-src 'self'; …" → { "script-src": ["'self'"], … }. */
function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

// Code that would run text as code, load code from elsewhere, or phone home.
const FORBIDDEN: [string, RegExp][] = [
  ["eval(", /\beval\s*\(/],
  ["new Function", /\bnew\s+Function\s*\(/],
  ["Function(…) constructor", /[^.\w]Function\s*\(\s*["'`]/],
  ["setTimeout with a string", /\bsetTimeout\s*\(\s*["'`]/],
  ["importScripts", /\bimportScripts\s*\(/],
  ["remote import()", /\bimport\s*\(\s*["'`]https?:/],
  ["remote <script src>", /<script[^>]+src=["']?https?:/i],
  ["XMLHttpRequest", /\bXMLHttpRequest\b/],
  ["WebSocket", /\bnew\s+WebSocket\b/],
  ["sendBeacon", /\bsendBeacon\b/],
  ["EventSource", /\bnew\s+EventSource\b/],
];

// The one fetch the product makes (lib/fetch-policy.ts, in the extractor), and Vite's modulepreload
// polyfill, which fetches only the extension's own chunks (`fetch(e.href, …)` on <link rel=modulepreload>).
const ALLOWED_FETCHES = [
  /fetch\(\w+,\{credentials:`same-origin`,redirect:`follow`\}\)/,
  /fetch\(\w+\.href,\w+\)/,
];

const BUILDS = [
  { name: "chrome-mv3", dir: CHROME_BUILD },
  { name: "firefox-mv2", dir: FIREFOX_BUILD },
] as const;

describe.skipIf(!existsSync(CHROME_BUILD))("chrome-mv3 manifest", () => {
  const manifest = existsSync(CHROME_BUILD) ? manifestOf(CHROME_BUILD) : ({} as Manifest);

  it("asks for exactly storage + scripting + offscreen, and <all_urls> hosts", () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(["offscreen", "scripting", "storage"]);
    expect(manifest.host_permissions).toEqual(["<all_urls>"]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
  });

  it("needs Chrome 116 (runtime.getContexts finds the offscreen document)", () => {
    expect((manifest as { minimum_chrome_version?: string }).minimum_chrome_version).toBe("116");
  });
});

describe.skipIf(!existsSync(FIREFOX_BUILD))("firefox-mv2 manifest", () => {
  const manifest = existsSync(FIREFOX_BUILD) ? manifestOf(FIREFOX_BUILD) : ({} as Manifest);

  it("asks for exactly storage + <all_urls>, and declares that it collects no data", () => {
    expect(manifest.manifest_version).toBe(2);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(["<all_urls>", "storage"]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.browser_specific_settings?.gecko?.id).toBe("privacy-glance@privacy-glance.dev");
    expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual([
      "none",
    ]);
    expect(manifest.background?.persistent).not.toBe(true);
  });
});

describe.each(BUILDS.filter((b) => existsSync(b.dir)))("$name: nothing more than needed", ({ dir }) => {
  const manifest = manifestOf(dir);

  it("has no tabs, webRequest, history, cookies, downloads, nativeMessaging, management or debugger permission", () => {
    const all = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
    for (const p of [
      "tabs",
      "webRequest",
      "webRequestBlocking",
      "declarativeNetRequest",
      "history",
      "cookies",
      "downloads",
      "nativeMessaging",
      "management",
      "debugger",
      "clipboardRead",
      "webNavigation",
      "activeTab",
      "unlimitedStorage",
    ]) {
      expect(all, p).not.toContain(p);
    }
  });

  it("exposes nothing to web pages: no web_accessible_resources, no externally_connectable", () => {
    // A web-accessible file lets any page detect that the extension is installed.
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it("puts no script on every page: the background injects the detector where a policy may be", () => {
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it("declares a strict content security policy for its pages", () => {
    // Without one, the browser default applies (MV3: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    // Firefox MV2: "script-src 'self'; object-src 'self'"), which still allows plugins, <base> and forms.
    const csp = directives(cspOf(manifest));
    const wanted = directives(STRICT_CSP);
    for (const [name, values] of Object.entries(wanted)) expect(csp[name], name).toEqual(values);
    for (const values of Object.values(csp)) {
      expect(values).not.toContain("'unsafe-eval'");
      expect(values).not.toContain("'unsafe-inline'");
      expect(values.filter((v) => /^(https?:|\*|data:|blob:)/.test(v))).toEqual([]);
    }
  });

  it("ships no remote or dynamic code, and fetches only where the product says it does", () => {
    const code = filesUnder(dir).filter((f) => /\.(m?js|html)$/.test(f));
    expect(code.length).toBeGreaterThan(3);
    const found: string[] = [];
    const fetches: string[] = [];
    for (const file of code) {
      const text = readFileSync(file, "utf8");
      const rel = path.relative(dir, file);
      for (const [name, re] of FORBIDDEN) if (re.test(text)) found.push(`${rel}: ${name}`);
      for (const m of text.matchAll(/.{0,10}\bfetch\([^)]*\)?.{0,50}/g)) {
        if (!ALLOWED_FETCHES.some((re) => re.test(m[0]))) fetches.push(`${rel}: ${m[0]}`);
        else if (/same-origin/.test(m[0]) && !/^(content-scripts\/)?extractor\.js$/.test(rel))
          fetches.push(`${rel} (policy fetch outside the extractor)`);
      }
      // Every <script> of an extension page is one of our own files.
      for (const m of text.matchAll(/<script[^>]*src=["']?([^"' >]+)/gi)) {
        const src = m[1] ?? "";
        if (/^[a-z]+:/i.test(src) || src.startsWith("//")) found.push(`${rel}: script from ${src}`);
      }
    }
    expect(found).toEqual([]);
    expect(fetches).toEqual([]);
  });
});
