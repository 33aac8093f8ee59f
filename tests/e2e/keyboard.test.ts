/**
 * The site by keyboard alone, in Chromium against the built site: the skip link, a visible focus
 * indicator on every Tab stop, the chapter sidebar (wide and phone layouts), and search opened
 * with "/" whose results are reached with the arrow keys and with Tab. The skip-link and focus
 * checks are proven to fail on broken pages in tests/e2e/gate-fixtures.test.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openSite, watchPage, type SiteSession } from "../helpers/browser.ts";
import { normalBase } from "../gates/links.ts";
import { focusIndicator, focusWithoutIndicator, skipLinkProblems } from "../gates/page-audit.ts";

const dist = inject("distDir");
const base = normalBase(inject("base"));
let site: SiteSession;

beforeAll(async () => {
  site = await openSite(dist, base);
});
afterAll(() => site?.close());

async function open(path: string, width = 1280, colorScheme: "light" | "dark" = "light"): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  await page.goto(site.url + path);
  return page;
}
const close = (page: Page) => page.context().close();

/** Where keyboard focus is: the element's description, and whether it is inside `selector`. */
const focusInside = (page: Page, selector: string) => page.evaluate((s) => !!document.activeElement?.closest(s), selector);

/** Presses Tab until focus lands inside `selector`; returns the number of presses, or -1. */
async function tabInto(page: Page, selector: string, limit = 60): Promise<number> {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press("Tab");
    if (await focusInside(page, selector)) return i;
  }
  return -1;
}

// Not search/: it puts focus in its search box on load, so Tab starts from there (by design).
const PAGES = ["", "chapters/signalling/", "drugs/", "references/", "glossary/"];

describe("keyboard", () => {
  it.each(PAGES)("the skip link is the first Tab stop of %s and moves focus to the main content", async (path) => {
    const page = await open(path);
    expect(await skipLinkProblems(page)).toEqual([]);
    expect(new URL(page.url()).hash).toBe("#main");
    await close(page);
  });

  it.each([
    ["", "light"],
    ["chapters/signalling/", "dark"],
    ["drugs/trastuzumab/", "light"],
  ] as const)("every Tab stop of %s shows a focus indicator (%s)", async (path, scheme) => {
    const page = await open(path, 1280, scheme);
    expect(await focusWithoutIndicator(page, 40)).toEqual([]);
    await close(page);
  });

  it("the focus indicator is a real outline, not a faint change", async () => {
    const page = await open("chapters/signalling/");
    await page.locator(".prose a").first().focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    const focus = await focusIndicator(page);
    expect(focus.visible, focus.element).toBe(true);
    expect(focus.style).toMatch(/outline: solid [2-9]/);
    await close(page);
  });

  it("reaches the chapter sidebar by Tab, opens another chapter's sections and follows one (1280 px)", async () => {
    const page = await open("chapters/introduction/");
    expect(await tabInto(page, ".chapter-sidebar a, .chapter-sidebar summary")).toBeGreaterThan(0);
    const closed = page.locator(".chapter-sidebar li:has(> a[href$='/chapters/signalling/']) > details > summary");
    // Tab forward to the signalling chapter's "Sections" toggle, then open it with Enter.
    for (let i = 0; i < 60 && !(await closed.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press("Tab");
    expect(await closed.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await closed.evaluate((e) => (e.parentElement as HTMLDetailsElement).open)).toBe(false);
    await page.keyboard.press("Enter");
    expect(await closed.evaluate((e) => (e.parentElement as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press("Tab");
    const href = await page.evaluate(() => document.activeElement?.getAttribute("href") ?? "");
    expect(href).toMatch(/\/chapters\/signalling\/#[a-z0-9-]+$/);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname.endsWith("/chapters/signalling/") && url.hash.length > 1);
    const fragment = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${fragment}"]`).count()).toBe(1);
    await close(page);
  });

  it("opens the folded chapter list with the keyboard on a phone (375 px)", async () => {
    const page = await open("chapters/introduction/", 375);
    const fold = page.locator(".chapter-sidebar summary").first();
    expect(await tabInto(page, ".chapter-sidebar")).toBeGreaterThan(0);
    expect(await fold.evaluate((e) => e === document.activeElement)).toBe(true);
    const links = page.locator(".chapter-sidebar a[href$='/chapters/signalling/']");
    expect(await links.isVisible()).toBe(false);
    await page.keyboard.press("Enter");
    expect(await links.isVisible()).toBe(true);
    await page.keyboard.press("Tab");
    expect(await focusInside(page, ".chapter-sidebar ol")).toBe(true);
    await close(page);
  });

  it("passes the header's search box by Tab without opening a dialog (WCAG 3.2.1), and opens search on typing", async () => {
    const page = await open("chapters/signalling/");
    expect(await tabInto(page, "#site-search-input")).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(await page.locator("pagefind-modal dialog[open]").count()).toBe(0);
    await page.keyboard.press("Tab");
    expect(await focusInside(page, "#site-search-input")).toBe(false);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.type("neratinib");
    await page.waitForSelector("pagefind-modal dialog[open] a.pf-result-link");
    await close(page);
  });

  it("opens search with /, reaches the results with the arrow keys and opens one with Enter", async () => {
    const page = await open("chapters/signalling/");
    const watched = watchPage(page, site.url);
    await page.keyboard.press("/");
    await page.waitForSelector("pagefind-modal dialog[open]");
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("INPUT");
    await page.keyboard.type("lapatinib");
    await page.waitForSelector("pagefind-modal a.pf-result-link");
    await page.keyboard.press("ArrowDown");
    expect(await focusInside(page, "pagefind-modal a")).toBe(true);
    expect((await focusIndicator(page)).visible).toBe(true);
    const href = await page.evaluate(() => document.activeElement?.getAttribute("href") ?? "");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => href !== "" && url.href === new URL(href, site.url).href);
    expect(watched.errors).toEqual([]);
    await close(page);
  });

  it("reaches the search results with Tab too, and Esc closes search", async () => {
    const page = await open("chapters/signalling/");
    await page.keyboard.press("/");
    await page.waitForSelector("pagefind-modal dialog[open]");
    await page.keyboard.type("trastuzumab");
    await page.waitForSelector("pagefind-modal a.pf-result-link");
    expect(await tabInto(page, "pagefind-modal a.pf-result-link", 15)).toBeGreaterThan(0);
    expect((await focusIndicator(page)).visible).toBe(true);
    await page.keyboard.press("Escape");
    await page
      .waitForSelector("pagefind-modal dialog[open]", { state: "detached" })
      .catch(() => page.waitForSelector("pagefind-modal dialog:not([open])", { state: "attached" }));
    await close(page);
  });
});
