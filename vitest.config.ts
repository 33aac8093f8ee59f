import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        // Built-site and browser tests share one build of the real site, made once by the global setup.
        test: {
          name: "site",
          include: ["tests/site/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
