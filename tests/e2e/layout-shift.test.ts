/**
 * No layout shift while a page loads, in Chromium against the built site, on a phone and a wide
 * screen: on each page type, and on /search/ while Pagefind draws its search box and filters into
 * the room the page keeps for them (src/styles/search-page.css). Lighthouse counts such shifts
 * (CLS) in its performance score; this test says which element moved.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { useSite } from "../helpers/browser.ts";
import { PagePool } from "../helpers/page-pool.ts";

const site = useSite();

/** Page types, and what shows that the page has finished drawing itself. */
const PAGES: [path: string, drawn?: string][] = [
  [""],
  ["chapters/signalling/"],
  ["drugs/trastuzumab/"],
  ["glossary/"],
  ["references/"],
  ["about/"],
  ["changes/"],
  ["404.html"],
  ["search/", "pagefind-input input, pagefind-filter-pane details"],
];

/** Records every layout shift of the document, with the elements that moved, in `window.layoutShifts`. */
function recordLayoutShifts() {
  const shifts: string[] = [];
  (window as unknown as { layoutShifts: string[] }).layoutShifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
      const moved = entry.sources.map((s) => (s.node instanceof Element ? `<${s.node.tagName.toLowerCase()} class="${s.node.className}">` : "?"));
      shifts.push(`${entry.value.toFixed(4)}: ${moved.join(", ")}`);
    }
  }).observe({ type: "layout-shift", buffered: true });
}

// One page at a time (with others loading at once, a slow moment can draw a page in a different
// order than a reader's phone would), in a kept tab (tests/helpers/page-pool.ts) with the browser
// cache off, so each load is a first visit.
describe("no layout shift while a page loads", () => {
  for (const width of [375, 1280]) {
    let tabs: PagePool;
    beforeAll(async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 800 }, isMobile: width < 600 });
      await context.addInitScript(recordLayoutShifts);
      tabs = new PagePool(context, site.url);
    });
    it.for(PAGES)(`%s at ${width} px`, async ([path, drawn]) => {
      const { page } = await tabs.borrow();
      const devtools = await page.context().newCDPSession(page);
      await devtools.send("Network.setCacheDisabled", { cacheDisabled: true });
      await page.goto(site.url + path, { waitUntil: "networkidle" });
      if (drawn) for (const selector of drawn.split(", ")) await page.waitForSelector(selector, { state: "attached" });
      // Two frames, so the last drawing's shift (if any) has been reported.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts);
      await devtools.detach();
      await tabs.release(page);
      expect(shifts).toEqual([]);
    });
  }
});

describe("/search/ opened with a query", () => {
  for (const width of [375, 1280]) {
    it(`at ${width} px, lays out its results once the answer above them is drawn: only Pagefind's cards filling in move, by less than 0.1`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 800 }, isMobile: width < 600 });
      await context.addInitScript(() => {
        const shifts: { value: number; moved: string[] }[] = [];
        (window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
            shifts.push({ value: entry.value, moved: entry.sources.map((s) => (s.node instanceof Element ? s.node.tagName.toLowerCase() : "?")) });
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      const page = await context.newPage();
      await page.goto(`${site.url}search/?q=trastuzumab`, { waitUntil: "networkidle" });
      await page.waitForSelector(".search-answer .answer-card");
      await page.waitForFunction(() => !document.querySelector("[data-search-page][data-arriving], [data-search-page][data-filling]"));
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: { value: number; moved: string[] }[] }).layoutShifts);
      // The answer card and the filters never push anything: what moves is inside the result list.
      expect(shifts.flatMap((s) => s.moved).filter((tag) => !["div", "li", "a", "p", "?"].includes(tag))).toEqual([]);
      expect(shifts.reduce((sum, s) => sum + s.value, 0)).toBeLessThan(0.1);
      await context.close();
    });
  }
});
