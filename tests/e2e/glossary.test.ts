/**
 * Glossary definitions in a real browser (Debian's Chromium): reachable by keyboard alone, shown on
 * focus and hover, dismissable with Esc and hoverable (WCAG 1.4.13).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useSite } from "../helpers/browser.ts";

// useSite fails, saying how to install it, when Debian's Chromium (/usr/bin/chromium) is missing.
const site = useSite();
const open = (path: string, width = 1280): Promise<Page> => site.tab(path, { viewport: { width, height: 900 } });

/** Presses Tab until a glossary term has the focus, as a keyboard user would; returns its tooltip id. */
async function tabToTerm(page: Page): Promise<string> {
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press("Tab");
    const tip = await page.evaluate(() => (document.activeElement?.matches(".term-label") ? document.activeElement.getAttribute("aria-describedby") : null));
    if (tip) return tip;
  }
  throw new Error("no glossary term could be reached with the Tab key");
}

describe("glossary definitions", () => {
  it("are reachable by keyboard: Tab shows the definition, Esc hides it, Tab on shows the next", async () => {
    const page = await open("chapters/therapeutics/");
    await page.keyboard.press("Tab"); // the skip link
    await page.keyboard.press("Enter"); // into the main content
    const first = await tabToTerm(page);
    const tip = page.locator(`[id="${first}"]`);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.getAttribute("role")).toBe("tooltip");
    expect((await tip.textContent())!.length).toBeGreaterThan(20);

    await page.keyboard.press("Escape");
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-describedby"))).toBe(first);

    const next = await tabToTerm(page);
    expect(next).not.toBe(first);
    await expect.poll(() => page.locator(`[id="${next}"]`).isVisible()).toBe(true);
    await expect.poll(() => tip.isVisible()).toBe(false);

    for (let presses = 0; presses < 50 && (await page.evaluate(() => document.activeElement?.getAttribute("aria-describedby"))) !== first; presses++) {
      await page.keyboard.press("Shift+Tab");
    }
    await expect.poll(() => tip.isVisible()).toBe(true);
    await site.release(page);
  });

  it("show on hover and stay while the pointer moves onto the definition", async () => {
    const page = await open("chapters/immunity/");
    const term = page.locator(".term").first();
    const label = term.locator(".term-label");
    const tip = term.locator(".term-tip");
    await label.evaluate((element) => element.scrollIntoView({ block: "center" })); // room below for the definition
    await label.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    // Straight down from the term into the definition, then across it.
    const from = (await label.boundingBox())!;
    const box = (await tip.boundingBox())!;
    const x = from.x + Math.min(from.width, 10) / 2;
    await page.mouse.move(x, box.y + 12, { steps: 10 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 10 });
    await page.waitForTimeout(400);
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.mouse.move(0, 0);
    await term.locator(".term-label").hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await site.release(page);
  });

  it("fit inside a phone-sized screen", async () => {
    const page = await open("drugs/trastuzumab/", 375);
    const label = page.locator(".term-label").last();
    await label.focus();
    const tip = page.locator(`[id="${await label.getAttribute("aria-describedby")}"]`);
    await expect.poll(() => tip.isVisible()).toBe(true);
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await site.release(page);
  });
});
