/**
 * No layout shift while a page loads, in Chromium against the built site, on a phone and a wide
 * screen: on each page type, and on /search/ while Pagefind draws its search box and filters into
 * the room the page keeps for them (src/styles/search-page.css). Lighthouse counts such shifts
 * (CLS) in its performance score; this test says which element moved.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openSite, type SiteSession } from "../helpers/browser.ts";
import { normalBase } from "../gates/links.ts";

const dist = inject("distDir");
const base = normalBase(inject("base"));
let site: SiteSession;

beforeAll(async () => {
  site = await openSite(dist, base);
});
afterAll(() => site?.close());

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

describe("no layout shift while a page loads", () => {
  for (const width of [375, 1280]) {
    it.each(PAGES)(`%s at ${width} px`, async (path, drawn) => {
      const context = await site.browser.newContext({ viewport: { width, height: 800 }, isMobile: width < 600 });
      await context.addInitScript(() => {
        const shifts: string[] = [];
        (window as unknown as { layoutShifts: string[] }).layoutShifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
            const moved = entry.sources.map((s) => (s.node instanceof Element ? `<${s.node.tagName.toLowerCase()} class="${s.node.className}">` : "?"));
            shifts.push(`${entry.value.toFixed(4)}: ${moved.join(", ")}`);
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      const page = await context.newPage();
      await page.goto(site.url + path, { waitUntil: "networkidle" });
      if (drawn) for (const selector of drawn.split(", ")) await page.waitForSelector(selector, { state: "attached" });
      // Two frames, so the last drawing's shift (if any) has been reported.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts)).toEqual([]);
      await context.close();
    });
  }
});
