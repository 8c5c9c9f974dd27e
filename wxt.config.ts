import preact from "@preact/preset-vite";
import { defineConfig } from "wxt";

// The manifest asks for as little as the product needs; README "Permissions" explains each entry.
export default defineConfig({
  srcDir: ".",
  outDir: ".output",
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    default_locale: "en",
    permissions: manifestVersion === 3 ? ["storage", "scripting"] : ["storage", "<all_urls>"],
    ...(manifestVersion === 3 ? { host_permissions: ["<all_urls>"] } : {}),
    action: { default_title: "__MSG_actionTitle__" },
    // The every-page detector is a plain script (entrypoints/page-detector.ts), declared here so it
    // carries no framework wrapper: it stays a few kilobytes and announces nothing to the page.
    content_scripts: [{ matches: ["<all_urls>"], js: ["page-detector.js"], run_at: "document_idle" }],
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            gecko: {
              id: "privacy-glance@privacy-glance.dev",
              strict_min_version: "128.0",
              data_collection_permissions: { required: ["none"] },
            },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: "{{name}}-{{version}}-{{browser}}.zip",
    sourcesTemplate: "{{name}}-{{version}}-sources.zip",
    includeSources: [],
    excludeSources: [".output/**", "node_modules/**", "test-results/**", ".wxt/**"],
  },
});
