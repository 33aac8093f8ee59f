/**
 * Browser quality gates on every page of the sitemap (and the 404 page), in Chromium against the
 * built site on 127.0.0.1: no axe-core WCAG 2.2 AA violation in the light or the dark theme, each
 * chosen explicitly with the site's theme switch, no console error or CSP violation, no request to
 * another host, exactly one h1, and no sideways scrolling at 1280 px (at 375 px on a touch phone:
 * tests/e2e/phone-layout.test.ts). Then the same checks on the states a reader opens (search
 * results, the search modal, a page opened from a result, a citation preview). Each check is
 * proven to fail on a broken page in tests/e2e/gate-fixtures.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { blockForeignRequests, cspViolations, reportCspViolations, useSite, type PageProblems } from "../helpers/browser.ts";
import { PagePool } from "../helpers/page-pool.ts";
import { normalBase } from "../gates/links.ts";
import { sitePaths } from "../../src/links/site-paths.ts";
import { axeViolations, h1Problems, horizontalOverflow } from "../gates/page-audit.ts";
import { sitemapUrls } from "../gates/sitemap.ts";
import { clickThemeRadio, storeThemeChoice, themeState } from "../helpers/theme.ts";

const dist = inject("distDir");
const base = normalBase(inject("base"));
const siteRoot = new URL(base, inject("siteUrl")).href;

/** Every page of the sitemap as a path under the base ("", "chapters/x/"), and the 404 page. */
const pages = [
  ...sitemapUrls(readFileSync(join(dist, "sitemap.xml"), "utf8")).map((url) => {
    if (!url.startsWith(siteRoot)) throw new Error(`sitemap.xml lists ${url}, outside ${siteRoot}`);
    return url.slice(siteRoot.length);
  }),
  "404.html",
];

const site = useSite();
const BOOK_PATH = sitePaths.book().slice(1);
/** Kept tabs of a context per theme (tests/helpers/page-pool.ts). */
const tabs: Record<"light" | "dark", PagePool> = {} as never;

// Each context has the reader's stored choice of theme, and a system set to the other scheme: the
// audit sees the explicit choice winning. The system scheme itself needs no audit of its own, as it
// resolves to the same colours (tests/e2e/theme.test.ts).
beforeAll(async () => {
  for (const scheme of ["light", "dark"] as const) {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme === "light" ? "dark" : "light" });
    await storeThemeChoice(context, scheme);
    await reportCspViolations(context);
    await blockForeignRequests(context, site.url);
    tabs[scheme] = new PagePool(context, site.url);
  }
});

/** Problems the page reported: console errors, CSP violations, requests to other hosts. */
async function reportedProblems(page: Page, watched: PageProblems): Promise<string[]> {
  return [
    ...watched.errors.map((e) => `console: ${e}`),
    ...watched.foreignRequests.map((r) => `request to another host: ${r}`),
    // Also logged as console errors by reportCspViolations; listed here in case a page muted the console.
    ...(await cspViolations(page)).filter((v) => !watched.errors.includes(v)),
  ];
}

describe("every page of the sitemap, in Chromium", () => {
  it("lists enough pages to be the whole site", () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  // One load per page: axe in the light theme, then in the dark one (chosen with the header's
  // switch, in place), then the layout at 1280 px. Pages run a few at a time; each has its own tab.
  it.concurrent.for(pages)("%s", async (path, { expect }) => {
    const problems: string[] = [];
    const { page, watched, response } = await tabs.light.borrow(site.url + path);
    if (response?.status() !== 200) problems.push(`answered HTTP ${response?.status()}`);

    problems.push(...(await h1Problems(page)));
    problems.push(...(await axeViolations(page)).map((v) => `[light] axe ${v}`));
    // The book is the chapters' text, audited in both themes on their own pages: here it is audited
    // in light, and as the one-file book in dark (tests/e2e/book-file.test.ts).
    if (path !== BOOK_PATH) {
      await clickThemeRadio(page, "dark");
      const theme = await themeState(page);
      if (theme.attribute !== "dark" || theme.colorScheme !== "dark") problems.push(`the theme switch did not turn the page dark: ${JSON.stringify(theme)}`);
      problems.push(...(await axeViolations(page)).map((v) => `[dark] axe ${v}`));
    }

    // At 375 px every page is checked on a touch phone by tests/e2e/phone-layout.test.ts.
    const wide = await horizontalOverflow(page);
    if (wide) problems.push(`[1280px] scrolls sideways: ${wide}`);

    problems.push(...(await reportedProblems(page, watched)));
    await tabs.light.release(page);
    expect(problems, `${path || "(home)"} has problems`).toEqual([]);
  });
});

describe("what a reader opens passes axe in both themes", () => {
  const states: [string, (page: Page) => Promise<void>][] = [
    [
      "search results corrected from a misspelling, with their answer card",
      async (page) => {
        await page.goto(`${site.url}search/?q=trastuzamab`);
        await page.waitForSelector(".search-corrected a");
        await page.waitForSelector(".search-answer .answer-card");
      },
    ],
    [
      "a search that nothing on the site answers",
      async (page) => {
        await page.goto(`${site.url}search/?q=xyzzy`);
        await page.waitForSelector(".search-nothing");
      },
    ],
    [
      "the search modal with results",
      async (page) => {
        await page.goto(`${site.url}chapters/signalling/`);
        await page.keyboard.press("/");
        await page.waitForSelector("pagefind-modal dialog[open]");
        await page.keyboard.type("lapatinib");
        await page.waitForSelector("pagefind-modal a.pf-result-link");
      },
    ],
    [
      "a page opened from a search result, its words highlighted",
      async (page) => {
        await page.goto(`${site.url}chapters/therapeutics/?highlight=tucatinib`);
        await page.waitForSelector("[data-pagefind-body] mark");
      },
    ],
    [
      "a citation preview",
      async (page) => {
        await page.goto(`${site.url}chapters/introduction/`);
        await page.locator(".citation a").first().focus();
        await page.waitForSelector("#citation-preview", { state: "visible" });
      },
    ],
  ];

  for (const scheme of ["light", "dark"] as const) {
    it.each(states)(`${scheme}: %s`, async (_, reach) => {
      const { page, watched } = await tabs[scheme].borrow();
      await reach(page);
      const theme = await themeState(page);
      const problems = [
        ...(theme.colorScheme === scheme ? [] : [`the page is not in the ${scheme} theme: ${JSON.stringify(theme)}`]),
        ...(await axeViolations(page)).map((v) => `axe ${v}`),
        ...(await reportedProblems(page, watched)),
      ];
      await tabs[scheme].release(page);
      expect(problems).toEqual([]);
    });
  }
});
