/** Moving keyboard focus in a page, for the keyboard tests. */
import type { Page } from "playwright-core";

/** Whether keyboard focus is inside `selector`. */
export const focusInside = (page: Page, selector: string) => page.evaluate((s) => !!document.activeElement?.closest(s), selector);

/** Presses Tab until focus lands inside `selector`; returns the number of presses, or -1. */
export async function tabInto(page: Page, selector: string, limit = 60): Promise<number> {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press("Tab");
    if (await focusInside(page, selector)) return i;
  }
  return -1;
}
