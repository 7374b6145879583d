import { defineConfig } from "vitest/config";

/**
 * Two projects in one run: `unit` (the pure model, io and CLI, in Node) and `browser` (the built
 * app in Debian's Chromium, driven by playwright-core from Node; the server is started once by
 * tests/browser/globalSetup.ts).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/unit/setup/fastCheckSeed.ts"],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/browser/globalSetup.ts"],
          // Generous: tests wait on conditions, never on time, and a busy two-core machine can be slow.
          testTimeout: 180_000,
          hookTimeout: 90_000,
          // One Chromium at a time: the machine has two cores and WebGL runs in software.
          fileParallelism: false,
        },
      },
    ],
  },
});
