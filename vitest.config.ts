import { defineConfig } from "vitest/config";
import LongestFirstSequencer from "./tests/sequencer.ts";

const SITE_TESTS = ["tests/site/**/*.test.ts", "tests/e2e/**/*.test.ts"];

/**
 * Built-site and browser tests against one build of the real site, made once by the global setup
 * with the build variables in `env` (SITE_DIST_VARIABLE names the variable that can point the
 * project at an existing build instead).
 */
function siteProject(name: string, env: Record<string, string>, exclude: string[] = []) {
  return {
    test: {
      name,
      include: SITE_TESTS,
      exclude,
      env,
      globalSetup: ["tests/global-setup.ts"],
      testTimeout: 60_000,
      hookTimeout: 300_000,
      isolate: false,
    },
  };
}

export default defineConfig({
  test: {
    // Browser tests mostly wait on Chromium: two test files at a time keep both cores busy.
    maxWorkers: 2,
    // Across projects, the longest file first (tests/sequencer.ts).
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      // Pure logic: the files share one module graph per worker (16 s → 5 s). A unit test must not
      // rely on a module's state being fresh; tests/site and tests/e2e stay isolated.
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"], isolate: false } },
      // At the domain root (BASE_PATH and SITE_URL from the environment, "/" by default).
      siteProject("site", { SITE_DIST_VARIABLE: "SITE_DIST" }),
      // The same suite under a sub-path, as on GitHub Pages or a CDN bucket prefix: every test whose
      // outcome depends on the base (links, resources, search URLs and search by keyboard, previews,
      // glossary tips, offline). Those that do not run once, above: they build or run their own copy
      // of the project, test the gates on fixtures, or audit what the base cannot change (axe colours
      // and roles, print layout, the theme switch, layout shift, focus and Tab order, the references
      // filter, the one-file book opened from disk; every link and resource under /her2/ is still
      // crawled by tests/site/quality-gates.test.ts and the book file checked by tests/site/book.test.ts here).
      siteProject("site-subpath", { BASE_PATH: "/her2/", SITE_URL: "https://her2-kb.github.io", SITE_DIST_VARIABLE: "SITE_DIST_SUBPATH" }, [
        "tests/site/build-errors.test.ts",
        "tests/site/check-cli.test.ts",
        "tests/site/dev-server.test.ts",
        "tests/site/new-content.test.ts",
        "tests/e2e/gate-fixtures.test.ts",
        "tests/e2e/quality-gates.test.ts",
        "tests/e2e/layout-print.test.ts",
        "tests/e2e/phone-layout.test.ts",
        "tests/site/nu-html-checker.test.ts",
        "tests/e2e/search-golden.test.ts",
        "tests/e2e/book-pdf.test.ts",
        "tests/e2e/theme.test.ts",
        "tests/e2e/layout-shift.test.ts",
        "tests/e2e/keyboard.test.ts",
        "tests/e2e/references-filter.test.ts",
        "tests/e2e/book-file.test.ts",
      ]),
    ],
  },
});
