/**
 * Weight budgets of the built site (issue 9). Bytes are stable from build to build, so unlike
 * timings they can be asserted: a change that makes a chapter heavier than 25 KB gzip, or ships
 * search code before the reader asks for it, fails here with the page and the figures.
 * The checks themselves (scripts/bench/budgets.ts) are unit-tested against a heavy fixture.
 */
import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { htmlFiles } from "../helpers/dist.ts";
import { BUDGETS, checkMarkup, checkPageWeight, checkSiteFiles, measurePage } from "../../scripts/bench/budgets.ts";
import { listSiteFiles, siteReader, urlPathOf } from "../../scripts/bench/site-files.ts";
import type { Sizes } from "../../scripts/bench/bytes.ts";
import { PRECACHE_BUDGET_GZIP, precacheWeight, savedPaths } from "../../src/offline/precache.ts";

const dist = inject("distDir");
const base = inject("base");
const read = siteReader(dist, base);
const pages = htmlFiles(dist);
const chapters = pages.filter((f) => f.startsWith("chapters/"));
/** /search/ is search itself: it loads the search UI at once, on purpose. */
const withLazyScripts = pages.filter((f) => f !== "search/index.html");
const html = (file: string) => readFileSync(join(dist, file), "utf8");
const sizes = new Map<string, Sizes>();
const weigh = (file: string) => measurePage(html(file), urlPathOf(file, base), read, { brotli: false, cache: sizes });

describe("byte budgets", () => {
  it("has chapters to check", () => {
    expect(chapters.length).toBeGreaterThan(0);
  });

  it.each(chapters)(`%s: first load (HTML + CSS) is at most ${BUDGETS.chapterFirstLoadGzip} bytes gzip`, (file) => {
    const weight = weigh(file);
    expect(weight.cssFiles.length).toBeGreaterThan(0);
    expect(checkPageWeight(file, weight, { firstLoadGzip: BUDGETS.chapterFirstLoadGzip })).toEqual([]);
  });

  it.each(withLazyScripts)(`%s: at most ${BUDGETS.jsAtLoadGzip} bytes gzip of JavaScript at load, none of it search or previews`, (file) => {
    const weight = weigh(file);
    expect(checkPageWeight(file, weight, { jsAtLoadGzip: BUDGETS.jsAtLoadGzip })).toEqual([]);
  });

  it("chapters load search, its index, the citation previews and the wayfinding only on demand", () => {
    const weight = weigh(chapters[0]!);
    // The bootstrap is there, and what it can load later is reached by import(), not at load.
    expect(weight.jsModules.length).toBeGreaterThan(0);
    expect(weight.jsOnDemand.some((m) => /search-ui/.test(m))).toBe(true);
    expect(weight.jsOnDemand.some((m) => /citation-preview/.test(m))).toBe(true);
    expect(weight.jsOnDemand.some((m) => /page-navigation/.test(m))).toBe(true);
    expect(weight.jsModules.filter((m) => BUDGETS.lazyOnly.test(m))).toEqual([]);
  });

  it.each(pages)("%s: inline SVGs have a viewBox, images a size, and no web fonts are loaded", (file) => {
    expect(checkMarkup(file, html(file))).toEqual([]);
  });

  it("the build has no font files, no @font-face, small images and clean SVGs", () => {
    expect(checkSiteFiles(listSiteFiles(dist))).toEqual([]);
  });

  describe("the offline copy (dist/sw.js)", () => {
    const saved = savedPaths(readFileSync(join(dist, "sw.js"), "utf8"));

    it(`is at most ${PRECACHE_BUDGET_GZIP} bytes to download`, () => {
      const weight = precacheWeight(saved.map((path) => ({ path, bytes: readFileSync(join(dist, path)) })));
      expect(weight.files).toBe(saved.length);
      expect(weight.download).toBeLessThanOrEqual(PRECACHE_BUDGET_GZIP);
    });

    it("holds every page, the styles and scripts, the search index with its WebAssembly and the vocabulary", () => {
      expect(saved).toEqual(expect.arrayContaining(pages));
      const assets = listSiteFiles(dist).map((file) => file.path.replace(/^\//, ""));
      expect(saved).toEqual(expect.arrayContaining(assets.filter((path) => /^_astro\/|^pagefind\/(index|fragment|filter)\//.test(path))));
      expect(saved).toEqual(
        expect.arrayContaining([
          "pagefind/wasm.en.pagefind",
          "pagefind/pagefind-component-ui.js",
          "search-vocabulary.json",
          "build.json",
          "manifest.webmanifest",
        ]),
      );
    });

    it("leaves out the downloads a reader asks for by name", () => {
      expect(saved.filter((path) => /^data\/|\/cite\.|\.pdf$|^her2-knowledge-base\.html$/.test(path))).toEqual([]);
    });
  });
});
