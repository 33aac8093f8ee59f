/** Citation previews by mouse, keyboard and touch (WCAG 1.4.13), in Chromium against the built site. */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useSite, watchPage } from "../helpers/browser.ts";

const site = useSite();

const preview = (page: Page) => page.locator("#citation-preview");

/** The reference text the first citation of the page should preview, read from its bibliography entry. */
async function expectedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const key = document.querySelector<HTMLElement>(".citation")!.dataset.cites!.split(" ")[0]!;
    return document.querySelector(`#bib-${key} .csl-right-inline`)!.textContent!.trim().slice(0, 60);
  });
}

describe("citation previews", () => {
  it("open on hover, stay while the pointer moves onto them, and close with Esc", async () => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    await page.goto(`${site.url}chapters/introduction/`);
    const citation = page.locator(".citation a").first();
    await citation.hover();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    expect(await preview(page).textContent()).toContain(await expectedText(page));
    await preview(page).hover();
    await page.waitForTimeout(500);
    expect(await preview(page).isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => preview(page).isVisible()).toBe(false);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it("open on keyboard focus, describe the citation, and close with Esc", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}chapters/introduction/`);
    await page.locator(".citation a").first().focus();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    expect(await page.locator(".citation a").first().getAttribute("aria-describedby")).toBe("citation-preview");
    expect(await preview(page).getAttribute("role")).toBe("tooltip");
    expect(await preview(page).textContent()).toContain(await expectedText(page));
    await page.keyboard.press("Escape");
    await expect.poll(() => preview(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest(".citation") !== null)).toBe(true);
    await page.close();
  });

  it("open on tap without leaving the page; a second tap follows the link", async () => {
    const context = await site.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site.url}chapters/introduction/`);
    const citation = page.locator(".citation a").first();
    const before = page.url();
    await citation.tap();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    expect(page.url()).toBe(before);
    expect(await preview(page).textContent()).toContain(await expectedText(page));
    await citation.tap();
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#bib-/);
    await context.close();
  });

  it("leave the citation a plain link to its entry without JavaScript", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}chapters/introduction/`);
    const href = await page.locator(".citation a").first().getAttribute("href");
    await page.locator(".citation a").first().click();
    expect(new URL(page.url()).hash).toBe(href);
    await context.close();
  });
});
