/**
 * Proof that the browser gates can fail: each check of tests/e2e/quality-gates.test.ts,
 * keyboard.test.ts and layout-print.test.ts runs here on a page broken for it
 * (tests/fixtures/broken-pages/) and must report the breakage, and on the good fixture page and
 * must report nothing. The folder is served under /kb/ by the same static server as the site.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { blockForeignRequests, cspViolations, openSite, reportCspViolations, type PageProblems, type SiteSession } from "../helpers/browser.ts";
import { PagePool } from "../helpers/page-pool.ts";
import {
  MARKUP_QUERY,
  axeViolations,
  focusWithoutIndicator,
  h1Problems,
  horizontalOverflow,
  injectedElements,
  printProblems,
  skipLinkProblems,
} from "../gates/page-audit.ts";

let site: SiteSession;
let context: BrowserContext;
let tabs: PagePool;

beforeAll(async () => {
  site = await openSite("tests/fixtures/broken-pages", "/kb/");
  context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await reportCspViolations(context);
  await blockForeignRequests(context, site.url);
  tabs = new PagePool(context, site.url);
});
afterAll(() => site?.close());

/** A fixture page in a kept tab (tests/helpers/page-pool.ts); hand it back with tabs.release. */
async function load(path: string): Promise<{ page: Page; watched: PageProblems }> {
  const { page, watched } = await tabs.borrow(site.url + path);
  return { page, watched };
}

const GOOD = ["good/", "good/guide/"];

describe("accessibility (axe-core, WCAG 2.2 AA)", () => {
  it.each(GOOD)("passes %s in light and dark", async (path) => {
    const { page } = await load(path);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "light" });
    await tabs.release(page);
  });

  it("fails a page with an image without alt, faint text, an unlabelled field and an empty link", async () => {
    const { page } = await load("axe-violations.html");
    const rules = new Set((await axeViolations(page)).map((v) => v.split(" ")[0]));
    expect([...rules].sort()).toEqual(["color-contrast", "image-alt", "label", "link-name"]);
    await tabs.release(page);
  });
});

describe("console errors, CSP violations and requests to other hosts", () => {
  it.each(GOOD)("%s reports none", async (path) => {
    const { page, watched } = await load(path);
    expect({ errors: watched.errors, foreign: watched.foreignRequests, csp: await cspViolations(page) }).toEqual({ errors: [], foreign: [], csp: [] });
    await tabs.release(page);
  });

  it("catches a script that throws", async () => {
    const { page, watched } = await load("console-error.html");
    expect(watched.errors).toEqual(["fixture: a script that throws"]);
    await tabs.release(page);
  });

  it("catches an inline script the page's CSP blocks", async () => {
    const { page, watched } = await load("csp-violation.html");
    expect(await cspViolations(page)).toEqual([expect.stringMatching(/^CSP violation: script-src-elem blocked inline/)]);
    expect(watched.errors.some((e) => e.includes("script-src"))).toBe(true);
    expect(await page.title()).not.toContain("must not run");
    await tabs.release(page);
  });

  it("catches a request to another host, and blocks it", async () => {
    const { page, watched } = await load("foreign-request.html");
    expect(watched.foreignRequests).toEqual(["https://cdn.example.com/pixel.png"]);
    await tabs.release(page);
  });
});

describe("one h1", () => {
  it("passes the good page and fails one with two", async () => {
    const good = await load("good/guide/");
    expect(await h1Problems(good.page)).toEqual([]);
    await tabs.release(good.page);
    const broken = await load("page-basics-broken.html");
    expect(await h1Problems(broken.page)).toEqual(["has 2 <h1> elements after its scripts ran, expected 1"]);
    await tabs.release(broken.page);
  });
});

describe("a search query containing markup", () => {
  it("is caught when a page inserts ?q= as HTML, and its script runs", async () => {
    const page = await context.newPage();
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${site.url}xss-echo.html?q=${encodeURIComponent(MARKUP_QUERY)}`, { waitUntil: "networkidle" });
    expect(await injectedElements(page)).toBe(1);
    await expect.poll(() => dialogs).toBe(1);
    await page.close();
  });

  it("finds nothing on the good page given the same query", async () => {
    const { page } = await load(`good/?q=${encodeURIComponent(MARKUP_QUERY)}`);
    expect(await injectedElements(page)).toBe(0);
    await tabs.release(page);
  });
});

describe("layout at 375 px", () => {
  it("passes the good pages", async () => {
    for (const path of GOOD) {
      const { page } = await load(path);
      await page.setViewportSize({ width: 375, height: 740 });
      expect(await horizontalOverflow(page)).toBeUndefined();
      await tabs.release(page);
    }
  });

  it("fails a page wider than the screen, naming what sticks out", async () => {
    const { page } = await load("overflow.html");
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await horizontalOverflow(page)).toMatch(/^the page is \d+px wide in a 375px viewport; sticking out: <table class="wide">/);
    await tabs.release(page);
  });
});

describe("keyboard", () => {
  it("passes the good page: skip link first, focus always visible", async () => {
    const { page } = await load("good/");
    expect(await skipLinkProblems(page)).toEqual([]);
    await page.reload();
    expect(await focusWithoutIndicator(page, 10)).toEqual([]);
    await tabs.release(page);
  });

  it("fails a page whose first Tab stop is not a skip link", async () => {
    const { page } = await load("no-skip-link.html");
    expect(await skipLinkProblems(page)).toEqual(['the first Tab stop is <a> "Home", not a "Skip to content" link']);
    await tabs.release(page);
  });

  it("fails a skip link that does not lead into <main>", async () => {
    const { page } = await load("skip-link-nowhere.html");
    expect(await skipLinkProblems(page)).toEqual([
      "the skip link points at #content, which is not the <main> element",
      "after Enter on the skip link, focus is not in <main>",
    ]);
    await tabs.release(page);
  });

  it("fails a page that hides the focus outline", async () => {
    const { page } = await load("no-focus-ring.html");
    const problems = await focusWithoutIndicator(page, 5);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^Tab stop 1, <a href="#main"> "Skip to content", shows no focus indicator/);
    await tabs.release(page);
  });
});

describe("print", () => {
  const expected = { hidden: [".site-header", ".sidebar", ".prev-next"], shown: ["main h1", ".bibliography li"] };

  it("passes the good chapter page", async () => {
    const { page } = await load("good/guide/");
    expect(await printProblems(page, expected)).toEqual([]);
    await tabs.release(page);
  });

  it("fails a page that prints its navigation and not its references", async () => {
    const { page } = await load("print-shows-nav.html");
    expect(await printProblems(page, expected)).toEqual([
      '".site-header" (navigation) still prints',
      '".sidebar" (navigation) still prints',
      '".prev-next" (navigation) still prints',
      '".bibliography li" does not print',
    ]);
    await tabs.release(page);
  });

  it("fails a hide-list that matches nothing, and a page wider than the paper", async () => {
    const { page } = await load("overflow.html");
    await page.setViewportSize({ width: 720, height: 1000 });
    const problems = await printProblems(page, { hidden: [".no-such-nav"], shown: ["main h1"] });
    expect(problems[0]).toBe('".no-such-nav" matches nothing on the page, so hiding it in print proves nothing');
    expect(problems[1]).toMatch(/^does not fit the paper's width: the page is \d+px wide/);
    await tabs.release(page);
  });
});
