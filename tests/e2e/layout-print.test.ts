/**
 * Layout and print, in Chromium against the built site. Screenshots of the home page, a chapter,
 * the references and search results, at 375 and 1280 px in light and dark, go to a folder named on
 * the console (to look at; nothing compares them), and no page scrolls sideways at 375 px. A
 * chapter prints with its references and without navigation, and is saved as a PDF there too.
 * Both checks are proven to fail on broken pages in tests/e2e/gate-fixtures.test.ts.
 */
import { mkdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openSite, type SiteSession } from "../helpers/browser.ts";
import { normalBase } from "../gates/links.ts";
import { horizontalOverflow, printProblems } from "../gates/page-audit.ts";

const dist = inject("distDir");
const base = normalBase(inject("base"));
/** One folder per deployment base, replaced on every run. */
const shots = join(tmpdir(), "her2-kb-screenshots", base === "/" ? "root" : base.replace(/\//g, ""));
let site: SiteSession;

beforeAll(async () => {
  site = await openSite(dist, base);
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await site?.close();
  console.log(`Screenshots and the printed chapter (base ${base}): ${shots}`);
});

const SHOWN: [name: string, path: string, ready?: string][] = [
  ["home", ""],
  ["chapter", "chapters/signalling/"],
  ["references", "references/"],
  ["search", "search/?q=trastuzumab", "pagefind-results a.pf-result-link"],
];

describe("layout", () => {
  for (const width of [375, 1280]) {
    for (const colorScheme of ["light", "dark"] as const) {
      it.each(SHOWN)(`%s at ${width} px, ${colorScheme}: screenshot, and no sideways scrolling`, async (name, path, ready) => {
        const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme, isMobile: width < 600 });
        const page = await context.newPage();
        await page.goto(site.url + path, { waitUntil: "load" });
        if (ready) await page.waitForSelector(ready);
        const file = join(shots, `${name}-${width}-${colorScheme}.png`);
        // The first 2,400 px: enough to judge the layout, without encoding 25,000 px tall images.
        const height = Math.min(2400, await page.evaluate(() => document.documentElement.scrollHeight));
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height } });
        expect(statSync(file).size).toBeGreaterThan(5_000);
        expect(await horizontalOverflow(page)).toBeUndefined();
        await context.close();
      });
    }
  }
});

describe("print", () => {
  it("prints a chapter with its references and without navigation, as a PDF", async () => {
    // A4 is 794 px wide at 96 dpi; Chromium's default margins leave about 720 px to print on.
    const context = await site.browser.newContext({ viewport: { width: 720, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${site.url}chapters/introduction/`, { waitUntil: "load" });
    const problems = await printProblems(page, {
      // .page-toc shows only on wide screens: at 720 px it matches but is already hidden, which is fine.
      hidden: [".site-header", ".chapter-sidebar", ".page-toc", ".prev-next", ".back-to-top", ".skip-link", ".edit-link"],
      shown: ["main h1", ".prose p", ".bibliography .csl-entry", ".site-footer .attribution"],
    });
    expect(problems).toEqual([]);
    const pdf = join(shots, "chapter-introduction.pdf");
    await page.pdf({ path: pdf, format: "A4", printBackground: false });
    expect(statSync(pdf).size).toBeGreaterThan(20_000);
    await context.close();
  });
});
