import { defineConfig } from "vitest/config";

// Drives the BUILT extension (.output/) in real Debian Chromium and Firefox ESR.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
