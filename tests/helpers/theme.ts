/** The theme switch as a browser test sees it (src/theme/). */
import type { BrowserContext, Page } from "playwright-core";
import { THEME_STORAGE_KEY, type ThemeChoice } from "../../src/theme/choice.ts";

/**
 * Stores a theme choice before each document of the target runs any script, as if the reader had
 * chosen it on an earlier visit. Every new page of the target starts from it, whatever another
 * page chose meanwhile.
 */
export async function storeThemeChoice(target: Page | BrowserContext, choice: Exclude<ThemeChoice, "system">): Promise<void> {
  await target.addInitScript(
    ([key, value]) => {
      // about:blank (where a kept tab waits between tests) has no storage.
      if (location.protocol.startsWith("http")) localStorage.setItem(key!, value!);
    },
    [THEME_STORAGE_KEY, choice],
  );
}

export interface ThemeState {
  /** data-theme on <html>, or null. */
  attribute: string | null;
  colorSchemeMeta: string | null;
  /** The used color-scheme of the root: "light" or "dark" once CSS applied. */
  colorScheme: string;
  bodyBackground: string;
  /** The value of the checked radio of the switch, or null. */
  checked: string | null;
  stored: string | null;
}

export async function themeState(page: Page): Promise<ThemeState> {
  return page.evaluate((key) => {
    const root = document.documentElement;
    return {
      attribute: root.getAttribute("data-theme"),
      colorSchemeMeta: document.querySelector('meta[name="color-scheme"]')?.getAttribute("content") ?? null,
      colorScheme: getComputedStyle(root).colorScheme,
      bodyBackground: getComputedStyle(document.body).backgroundColor,
      checked: document.querySelector<HTMLInputElement>(".theme-switch input:checked")?.value ?? null,
      stored: localStorage.getItem(key),
    };
  }, THEME_STORAGE_KEY);
}

/** Chooses a theme with the switch in the header, as a reader clicks it. */
export async function chooseTheme(page: Page, label: "Light" | "Dark" | "System"): Promise<void> {
  await page.getByRole("group", { name: "Colour theme" }).getByRole("radio", { name: label }).check();
}

/**
 * Chooses a theme by clicking the switch's radio from the page, skipping Playwright's actionability
 * waits (scrolling, stability: up to 0.75 s a page, which the axe sweep over every page would pay).
 */
export async function clickThemeRadio(page: Page, choice: ThemeChoice): Promise<void> {
  await page.evaluate((value) => document.querySelector<HTMLInputElement>(`.theme-switch input[value="${value}"]`)?.click(), choice);
}
