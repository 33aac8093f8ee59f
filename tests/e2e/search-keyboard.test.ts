/**
 * Search by keyboard alone, in Chromium against the built site: the header's search box is passed
 * by Tab without opening anything, "/" opens search, and the results are reached with the arrow
 * keys and with Tab and opened with Enter. Run under every base: the results link into the site.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSite, watchPage } from "../helpers/browser.ts";
import { focusInside, tabInto } from "../helpers/keyboard.ts";
import { focusIndicator } from "../gates/page-audit.ts";

const site = useSite();
const open = (path: string) => site.tab(path, { viewport: { width: 1280, height: 900 } });
const close = (page: Page) => site.release(page);

describe("search by keyboard", () => {
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

  it("keeps every key typed into the header's box while the search code loads", async () => {
    // A first visit on a slow connection: the search code and Pagefind arrive while the reader types.
    const page = await site.open("chapters/signalling/", { viewport: { width: 1280, height: 900 } });
    await page.route(/\/(_astro\/search-ui|pagefind\/pagefind)[^/]*\.js$/, async (route) => {
      await new Promise((done) => setTimeout(done, 400));
      await route.continue();
    });
    await page.locator("#site-search-input").click();
    await page.keyboard.type("nera", { delay: 60 });
    const box = page.locator("pagefind-modal dialog[open] input");
    await expect.poll(() => box.inputValue(), { timeout: 10_000 }).toBe("nera");
    expect(await box.evaluate((input) => input === document.activeElement)).toBe(true);
    // The rest of the word goes into the dialog's box; an opening still under way when the focus
    // moved there (an input event of the header's box, queued on a busy phone) must not write the
    // header's older text over it.
    await page.keyboard.type("tinib");
    await page.locator("#site-search-input").evaluate((header: HTMLInputElement) => header.dispatchEvent(new Event("input")));
    await page.waitForTimeout(300);
    expect(await box.inputValue()).toBe("neratinib");
    await page.waitForSelector("pagefind-modal dialog[open] a.pf-result-link");
    await expect.poll(() => page.locator("pagefind-modal a.pf-result-link").first().getAttribute("href")).toContain("highlight=neratinib");
    await page.close();
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
