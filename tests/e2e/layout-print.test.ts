/**
 * Layout and print, in Chromium against the built site: search results fit a phone, and a chapter
 * prints with its references and without navigation (saved as a PDF in a folder named on the
 * console, to look at). Both checks are proven to fail on broken pages in
 * tests/e2e/gate-fixtures.test.ts. Screenshots to look at: `npm run screenshots`.
 */
import { mkdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useSite } from "../helpers/browser.ts";
import { horizontalOverflow, printProblems } from "../gates/page-audit.ts";

const site = useSite();
/** Replaced on every run. */
const printed = join(tmpdir(), "her2-kb-print");

beforeAll(() => {
  rmSync(printed, { recursive: true, force: true });
  mkdirSync(printed, { recursive: true });
});
afterAll(() => console.log(`The printed chapter: ${printed}`));

describe("layout", () => {
  // Every page is checked for sideways scrolling by the quality gates and tests/e2e/phone-layout.test.ts;
  // search results are drawn after load, from the index.
  it("fits search results, with their answer card, on a 375 px touch phone", async () => {
    const page = await site.open("search/?q=trastuzumab", { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    await page.waitForSelector("pagefind-results a.pf-result-link");
    await page.waitForSelector(".search-answer .answer-card");
    expect(await horizontalOverflow(page)).toBeUndefined();
    await page.close();
  });
});

describe("print", () => {
  it("prints a chapter with its references and without navigation, as a PDF", async () => {
    // A4 is 794 px wide at 96 dpi; Chromium's default margins leave about 720 px to print on.
    const page = await site.open("chapters/introduction/", { viewport: { width: 720, height: 1000 } });
    const problems = await printProblems(page, {
      // .page-toc shows only on wide screens: at 720 px it matches but is already hidden, which is fine.
      hidden: [".site-header", ".chapter-sidebar", ".page-toc", ".prev-next", ".back-to-top", ".skip-link", ".edit-link"],
      shown: ["main h1", ".prose p", ".bibliography .csl-entry", ".site-footer .attribution"],
    });
    expect(problems).toEqual([]);
    const pdf = join(printed, "chapter-introduction.pdf");
    await page.pdf({ path: pdf, format: "A4", printBackground: false });
    expect(statSync(pdf).size).toBeGreaterThan(20_000);
    await page.close();
  });
});
