/**
 * The theme switch (src/theme/), in Chromium against the built site: its CSP hash, operation by
 * keyboard with its name and state, the choice remembered across pages and reloads, no paint in the
 * wrong theme, "System" following the operating system, and explicit dark resolving to the very
 * colours of system dark (so the axe sweep of tests/e2e/quality-gates.test.ts, which audits the
 * chosen themes, covers the system one too).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { BrowserContextOptions, Page } from "playwright-core";
import { cspViolations, useSite, reportCspViolations } from "../helpers/browser.ts";
import { chooseTheme, storeThemeChoice, themeState } from "../helpers/theme.ts";
import { metaCsp, parseCsp } from "../gates/csp.ts";

const dist = inject("distDir");
const site = useSite();

const LIGHT_BACKGROUND = "rgb(255, 255, 255)";
const DARK_BACKGROUND = "rgb(18, 20, 23)";

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light", ...options });
  await reportCspViolations(context);
  const page = await context.newPage();
  await page.goto(site.url + path);
  return page;
}
const close = (page: Page) => page.context().close();

describe("the theme switch", () => {
  it("runs its first-paint script under the CSP: both forms of the policy list its hash, and Chromium blocks nothing", async () => {
    const html = readFileSync(join(dist, "chapters/introduction/index.html"), "utf8");
    const script = /<meta name="color-scheme"[^>]*><script>([^<]+)<\/script>/.exec(html)?.[1];
    expect(script, "the theme's inline script follows the color-scheme <meta>").toBeDefined();
    const hash = `'sha256-${createHash("sha256").update(script!).digest("base64")}'`;
    const [meta] = metaCsp(html);
    expect(parseCsp(meta!.policy).get("script-src")).toContain(hash);

    // The script precedes the <meta>; the header policy the server sends from dist/_headers governs it.
    const context = await site.browser.newContext({ colorScheme: "light" });
    await reportCspViolations(context);
    const page = await context.newPage();
    const response = await page.goto(`${site.url}chapters/introduction/`);
    expect(parseCsp((await response!.allHeaders())["content-security-policy"] ?? "").get("script-src")).toContain(hash);
    expect((await themeState(page)).attribute).toBe("system");
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it("is a named group of three radios, operated by keyboard, that says the current choice", async () => {
    const page = await open("");
    const group = page.getByRole("group", { name: "Colour theme" });
    const radio = (name: string) => group.getByRole("radio", { name });
    expect(await group.getByRole("radio").count()).toBe(3);
    expect(await radio("System").isChecked()).toBe(true);

    // Tab reaches the checked radio, the arrow keys move the choice.
    let tabs = 0;
    while (!(await radio("System").evaluate((e) => e === document.activeElement)) && tabs++ < 40) await page.keyboard.press("Tab");
    expect(tabs).toBeLessThan(40);
    await page.keyboard.press("ArrowLeft");
    expect(await radio("Dark").isChecked()).toBe(true);
    expect(await themeState(page)).toMatchObject({
      attribute: "dark",
      colorSchemeMeta: "dark",
      colorScheme: "dark",
      bodyBackground: DARK_BACKGROUND,
      stored: "dark",
    });
    await page.keyboard.press("ArrowLeft");
    expect(await radio("Light").isChecked()).toBe(true);
    expect(await themeState(page)).toMatchObject({ attribute: "light", colorSchemeMeta: "light", colorScheme: "light", bodyBackground: LIGHT_BACKGROUND });
    await page.keyboard.press("ArrowLeft"); // wraps round to the last radio
    expect(await radio("System").isChecked()).toBe(true);
    expect(await themeState(page)).toMatchObject({ attribute: "system", colorSchemeMeta: "light dark", stored: null });
    await close(page);
  });

  it("remembers the choice on the next page and after a reload", async () => {
    const page = await open("");
    await chooseTheme(page, "Dark");
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Glossary" }).click();
    await page.waitForURL(/glossary\/$/);
    expect(await themeState(page)).toMatchObject({ attribute: "dark", checked: "dark", bodyBackground: DARK_BACKGROUND });
    await page.reload();
    expect(await themeState(page)).toMatchObject({ attribute: "dark", checked: "dark", bodyBackground: DARK_BACKGROUND });
    await chooseTheme(page, "System");
    await page.reload();
    expect(await themeState(page)).toMatchObject({ attribute: "system", checked: "system", bodyBackground: LIGHT_BACKGROUND, stored: null });
    await close(page);
  });

  it("paints the first frame in the stored theme, against the system's", async () => {
    const context = await site.browser.newContext({ colorScheme: "light" });
    await storeThemeChoice(context, "dark");
    // A frame callback registered before any of the page's own code runs at its first rendering.
    await context.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { firstFrame: object }).firstFrame = {
          theme: document.documentElement.dataset.theme,
          background: document.body ? getComputedStyle(document.body).backgroundColor : "(no body yet)",
        };
      });
    });
    const page = await context.newPage();
    await page.goto(`${site.url}chapters/signalling/`, { waitUntil: "load" });
    expect(await page.evaluate(() => (window as unknown as { firstFrame?: object }).firstFrame)).toEqual({ theme: "dark", background: DARK_BACKGROUND });
    await context.close();
  });

  it("without JavaScript, follows the system and shows no switch", async () => {
    const page = await open("", { javaScriptEnabled: false, colorScheme: "dark" });
    expect(await page.locator(".theme-switch").isVisible()).toBe(false);
    expect(await page.locator("html").getAttribute("data-theme")).toBeNull();
    const background = await page.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor);
    expect(background).toBe(DARK_BACKGROUND);
    await close(page);
  });

  it("System follows the operating system as it changes; an explicit choice does not", async () => {
    const page = await open("");
    const background = async () => (await themeState(page)).bodyBackground;
    expect(await background()).toBe(LIGHT_BACKGROUND);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await background()).toBe(DARK_BACKGROUND);
    await chooseTheme(page, "Light");
    expect(await background()).toBe(LIGHT_BACKGROUND);
    await page.emulateMedia({ colorScheme: "light" });
    await chooseTheme(page, "Dark");
    expect(await background()).toBe(DARK_BACKGROUND);
    await close(page);
  });

  it("chosen dark gives every element the colours of system dark", async () => {
    // Colours of every element of a page rich in them (figures, editorial blocks, badges, tables).
    const colours = (page: Page) =>
      page.evaluate(() =>
        [...document.querySelectorAll("body *:not(.theme-switch, .theme-switch *)")].map((e) => {
          const s = getComputedStyle(e);
          return [s.color, s.backgroundColor, s.borderLeftColor, s.fill, s.stroke, s.outlineColor].join(" ");
        }),
      );
    const systemDark = await open("chapters/signalling/", { colorScheme: "dark" });
    const chosenDark = await open("chapters/signalling/", { colorScheme: "light" });
    await chooseTheme(chosenDark, "Dark");
    await chooseTheme(systemDark, "System");
    const [expected, actual] = [await colours(systemDark), await colours(chosenDark)];
    expect(expected.length).toBeGreaterThan(500);
    expect(actual).toEqual(expected);
    // And the light theme is really another one.
    await chooseTheme(chosenDark, "Light");
    expect(await colours(chosenDark)).not.toEqual(expected);
    await close(systemDark);
    await close(chosenDark);
  });
});
