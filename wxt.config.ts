import preact from "@preact/preset-vite";
import { defineConfig } from "wxt";

// Our own scripts only: no eval, no plugins, no remote code, and the pages cannot be framed.
const EXTENSION_PAGES_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// The manifest asks for as little as the product needs; README "Permissions" explains each entry.
export default defineConfig({
  srcDir: ".",
  outDir: ".output",
  vite: () => ({
    plugins: [preact()],
    // The third-party table (lib/third-parties/entity-table.json) ships as JSON.parse("…"): smaller than
    // an object literal. tldts resolves to its own minified build, which carries the suffix list compactly.
    json: { stringify: true },
    resolve: { alias: { tldts: "tldts/dist/index.esm.min.js" } },
    // Readability's module has no side effects: where a bundle doesn't call it (Chrome's service
    // worker, which reads pages in its offscreen document), it is left out.
    build: {
      rollupOptions: {
        treeshake: { moduleSideEffects: (id: string) => !id.includes("@mozilla/readability") },
      },
    },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    default_locale: "en",
    permissions: manifestVersion === 3 ? ["storage", "scripting", "offscreen"] : ["storage", "<all_urls>"],
    ...(manifestVersion === 3 ? { host_permissions: ["<all_urls>"] } : {}),
    action: { default_title: "__MSG_actionTitle__" },
    // Chrome 116: runtime.getContexts, which finds the offscreen document the service worker opened.
    ...(browser === "firefox" ? {} : { minimum_chrome_version: "116" }),
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
    // No content script: the background injects the detector into pages whose address or title may
    // name a policy (lib/detect/first-look.ts), so ordinary pages run none of our code.
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            gecko: {
              id: "privacy-glance@privacy-glance.dev",
              // data_collection_permissions (we declare that nothing is collected) needs Firefox 140.
              strict_min_version: "140.0",
              data_collection_permissions: { required: ["none"] },
            },
            gecko_android: { strict_min_version: "142.0" },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: "{{name}}-{{version}}-{{browser}}.zip",
    sourcesTemplate: "{{name}}-{{version}}-sources.zip",
    // AMO reviewers rebuild from this: the code and build files, without test fixtures or outputs.
    excludeSources: [".output/**", "test-results/**", "bench-results/**", "docs/**", "test/**"],
  },
});
