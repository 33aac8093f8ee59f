/**
 * Tabs kept open and used again, test after test. A new tab starts a new renderer process, which
 * costs Chromium about 0.4 s of CPU (three times a page load); navigating a kept tab to about:blank
 * and then to the next page keeps its process. Over a few hundred page visits that is most of the
 * browser tests' time on a 2-core machine.
 *
 * A tab is handed back clean: storage cleared, print emulation and the window size undone, the
 * events watched reset. What a test changes beyond that (a route, a listener of its own) it undoes
 * itself, or it opens a context of its own.
 */
import type { BrowserContext, Page, Response } from "playwright-core";
import { watchPage, type PageProblems } from "./browser.ts";

interface Tab {
  page: Page;
  watched: PageProblems;
}

export class PagePool {
  readonly #idle: Tab[] = [];
  readonly #busy = new Map<Page, Tab>();
  /** The window size of the context's tabs, restored on release. */
  #viewport: { width: number; height: number } | null = null;

  readonly context: BrowserContext;
  readonly siteUrl: string;

  constructor(context: BrowserContext, siteUrl: string) {
    this.context = context;
    this.siteUrl = siteUrl;
  }

  /**
   * A tab showing `url` (loaded: the load event fired), or a blank one, with what it reports from
   * now on in `watched`, and the server's response.
   */
  async borrow(url?: string): Promise<Tab & { response: Response | null }> {
    const tab = this.#idle.pop() ?? (await this.#newTab());
    tab.watched.errors.length = 0;
    tab.watched.foreignRequests.length = 0;
    this.#busy.set(tab.page, tab);
    const response = url ? await tab.page.goto(url, { waitUntil: "load" }) : null;
    return { ...tab, response };
  }

  /** Hands the tab back, clean, for the next test. */
  async release(page: Page): Promise<void> {
    const tab = this.#busy.get(page);
    if (!tab) throw new Error("release: this page was not borrowed from the pool");
    this.#busy.delete(page);
    if (page.isClosed()) return;
    if (page.url().startsWith(this.siteUrl)) await page.evaluate(() => (localStorage.clear(), sessionStorage.clear()));
    await page.emulateMedia({ media: null });
    const viewport = this.#viewport;
    if (viewport) await page.setViewportSize(viewport);
    await page.goto("about:blank");
    this.#idle.push(tab);
  }

  async #newTab(): Promise<Tab> {
    const page = await this.context.newPage();
    this.#viewport ??= page.viewportSize();
    return { page, watched: watchPage(page, this.siteUrl) };
  }
}
