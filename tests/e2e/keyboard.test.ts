/**
 * The site's pages by keyboard alone, in Chromium against the built site: the skip link, a visible
 * focus indicator on every Tab stop, the chapter sidebar (wide and phone layouts). Search by
 * keyboard is tests/e2e/search-keyboard.test.ts. The skip-link and focus checks are proven to fail
 * on broken pages in tests/e2e/gate-fixtures.test.ts.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSite } from "../helpers/browser.ts";
import { focusInside, tabInto } from "../helpers/keyboard.ts";
import { focusIndicator, focusWithoutIndicator, skipLinkProblems } from "../gates/page-audit.ts";

const site = useSite();
// Kept tabs, one context per width and scheme (tests/helpers/page-pool.ts).
const open = (path: string, width = 1280, colorScheme: "light" | "dark" = "light") => site.tab(path, { viewport: { width, height: 900 }, colorScheme });
const close = (page: Page) => site.release(page);

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
});
