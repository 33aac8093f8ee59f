/**
 * Browser tests drive Debian's Chromium through playwright-core, against the built site served on
 * 127.0.0.1 by the test itself. No browser download: if Chromium is missing the tests fail and say
 * how to install it.
 */
import { afterAll, beforeAll, inject } from "vitest";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { launchChromium } from "../../scripts/chromium.ts";
import { normalBase } from "../../src/links/base-path.ts";
import { serveStatic, type StaticServer } from "../../src/server/static-server.ts";
import { PagePool } from "./page-pool.ts";

export interface SiteSession {
  browser: Browser;
  server: StaticServer;
  /** The site's root URL, base path included ("http://127.0.0.1:1234/her2/"). */
  url: string;
  close(): Promise<void>;
}

/** Serves a build and starts Chromium; service workers blocked unless the test is about them. */
export async function openSite(dist: string, base: string, options: { serviceWorkers?: boolean } = {}): Promise<SiteSession> {
  const [launched, server] = await Promise.all([launchChromium(), serveStatic({ dir: dist, base })]);
  const browser = options.serviceWorkers ? launched : withoutServiceWorkers(launched);
  return { browser, server, url: server.url, close: async () => void (await Promise.all([browser.close(), server.close()])) };
}

export interface SiteFixture extends SiteSession {
  /**
   * A page of the site (`path` under the base, "" for home), loaded, in a fresh context of its own
   * that closes with the page: for a cold cache or a test's own storage.
   */
  open(path: string, contextOptions?: BrowserContextOptions): Promise<Page>;
  /**
   * A page of the site in a kept tab (tests/helpers/page-pool.ts) of a context shared by the tests
   * of this file that ask for the same options; hand it back with `release`.
   */
  tab(path: string, contextOptions?: BrowserContextOptions): Promise<Page>;
  release(page: Page): Promise<void>;
}

/**
 * The built site of this test project, served and open in Chromium for the test file: started
 * before its first test, closed after its last. Read `site.url` and `site.browser` inside tests.
 */
export function useSite(options: { serviceWorkers?: boolean } = {}): SiteFixture {
  let session: SiteSession | undefined;
  beforeAll(async () => {
    session = await openSite(inject("distDir"), normalBase(inject("base")), options);
  });
  afterAll(() => session?.close());
  const current = () => session ?? raise("the site is opened in beforeAll: use it inside a test or hook");
  /** A pool per set of context options (by their JSON); a page is handed back to its context's pool. */
  const pools = new Map<string, Promise<PagePool>>();
  const poolOf = new Map<BrowserContext, PagePool>();
  const poolFor = (contextOptions: BrowserContextOptions) => {
    const key = JSON.stringify(contextOptions);
    let pool = pools.get(key);
    if (!pool) {
      const site = current();
      pool = site.browser.newContext(contextOptions).then((context) => {
        const made = new PagePool(context, site.url);
        poolOf.set(context, made);
        return made;
      });
      pools.set(key, pool);
    }
    return pool;
  };
  return {
    get browser() {
      return current().browser;
    },
    get server() {
      return current().server;
    },
    get url() {
      return current().url;
    },
    close: () => current().close(),
    async open(path, contextOptions) {
      // The browser's newPage makes the page a context of its own and closes it with the page.
      const page = await current().browser.newPage(contextOptions);
      await page.goto(current().url + path, { waitUntil: "load" });
      return page;
    },
    async tab(path, contextOptions = {}) {
      const { page } = await (await poolFor(contextOptions)).borrow(current().url + path);
      return page;
    },
    release: (page) => (poolOf.get(page.context()) ?? raise("release: this page was not lent by site.tab")).release(page),
  };
}

function raise(message: string): never {
  throw new Error(message);
}

/**
 * Contexts (and pages) of this browser block service workers unless a test asks for them: the site's
 * worker saves the whole site in the background of every new context, which would slow each test
 * and keep "networkidle" waiting. tests/e2e/offline.test.ts opens the site with them allowed.
 */
function withoutServiceWorkers(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options) => newContext({ serviceWorkers: "block", ...options });
  browser.newPage = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    // As Playwright's own newPage: the page's context goes with it (already gone if the browser closed first).
    page.once("close", () => void context.close().catch(() => undefined));
    return page;
  };
  return browser;
}

/** What a page reported: console and page errors, and requests to any other host than the site's. */
export interface PageProblems {
  errors: string[];
  foreignRequests: string[];
}

/** Collects console errors, page errors and requests to any other host than the site's. */
export function watchPage(page: Page, siteUrl: string): PageProblems {
  const origin = new URL(siteUrl).origin;
  const watched: PageProblems = { errors: [], foreignRequests: [] };
  page.on("console", (m) => m.type() === "error" && watched.errors.push(m.text()));
  page.on("pageerror", (e) => watched.errors.push(e.message));
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.protocol !== "data:" && url.protocol !== "blob:" && url.origin !== origin) watched.foreignRequests.push(r.url());
  });
  return watched;
}

/**
 * Makes every Content-Security-Policy violation visible: logged as a console error (which
 * watchPage collects) and kept in `window.__cspViolations` (read with cspViolations). Init scripts
 * are injected through the DevTools protocol, so the page's own CSP does not block this one.
 */
export async function reportCspViolations(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => {
      const text = `CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline code"}${e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : ""}`;
      seen.push(text);
      console.error(text);
    });
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** Aborts requests to any other host (watchPage still records them), so a test never leaves the machine. */
export async function blockForeignRequests(target: Page | BrowserContext, siteUrl: string): Promise<void> {
  const origin = new URL(siteUrl).origin;
  await target.route(
    (url) => /^https?:$/.test(url.protocol) && url.origin !== origin,
    (route) => route.abort("blockedbyclient"),
  );
}
