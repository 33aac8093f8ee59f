/**
 * Offline after one visit (issue 17), in Chromium against a copy of the built site: the service
 * worker saves the whole site; with the network cut every page, a search, a citation preview and a
 * glossary tip still work, on a phone and on a laptop. A newer build is offered, never mixed in.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { openSite, type SiteSession } from "../helpers/browser.ts";
import { htmlFiles } from "../helpers/dist.ts";
import { ask } from "../helpers/search-page.ts";
import { writeServiceWorker } from "../../src/offline/service-worker.ts";
import { PRECACHE_BUDGET_GZIP } from "../../src/offline/precache.ts";

const dist = inject("distDir");
const base = inject("base");
/** A copy of the build to serve, so a "newer build" can be made of it without touching the shared one. */
const copy = mkdtempSync(join(tmpdir(), "her2-kb-offline-"));
let site: SiteSession;

beforeAll(async () => {
  cpSync(dist, copy, { recursive: true });
  site = await openSite(copy, base, { serviceWorkers: true });
});
afterAll(async () => {
  await site?.close();
  rmSync(copy, { recursive: true, force: true });
});

const pagePaths = htmlFiles(dist)
  .filter((file) => file !== "404.html")
  .map((file) => file.replace(/index\.html$/, ""));
const status = (page: Page) => page.locator("[data-offline-status]");

/** Visits the home page once and waits until the footer says the site is saved. */
async function visitOnce(options: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => /^Saved for offline · \d{1,2} \w+ \d{4}$/.test(document.querySelector("[data-offline-status]")?.textContent ?? ""), null, {
    timeout: 30_000,
  });
  return { context, page };
}

const phone: BrowserContextOptions = { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true };
const laptop: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

/** One page of each kind: the saved copy does not depend on the window, so a laptop needs no more. */
const pageKinds = [...new Map(pagePaths.map((path) => [path.split("/")[0], path])).values()];

// At the domain root: on a phone every page, on a laptop (hover instead of tap) a page of each kind.
// Under a sub-path (the site-subpath project) a phone and a page of each kind: the base changes the
// worker's scope and URLs, not which pages it saves or how a laptop renders them.
const devices: [string, BrowserContextOptions, string[]][] =
  base === "/"
    ? [
        ["a phone (375×800, touch)", phone, pagePaths],
        ["a laptop (1280)", laptop, pageKinds],
      ]
    : [["a phone (375×800, touch)", phone, pageKinds]];

describe.each(devices)("offline on %s after one visit", (_name, options, paths) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await visitOnce(options));
    await context.setOffline(true);
  });
  afterAll(() => context?.close());

  it(`shows ${paths === pagePaths ? "every page of the site" : "a page of each kind"}`, async () => {
    expect(pagePaths.length).toBeGreaterThan(20);
    expect(pageKinds.length).toBeGreaterThan(8);
    // The network really is gone for the worker too: a download that was never saved cannot be had.
    await page.goto(site.url);
    expect(
      await page.evaluate(
        async (url) =>
          fetch(url).then(
            () => "fetched",
            () => "failed",
          ),
        `${site.url}data/references.json`,
      ),
    ).toBe("failed");
    for (const path of paths) {
      const response = await page.goto(site.url + path);
      expect(response?.ok(), path).toBe(true);
      expect(await page.locator("h1").count(), path).toBe(1);
    }
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/^Saved for offline/);
  });

  it("searches, with the answer and the results", async () => {
    const answer = await ask(page, site.url, base, "trastuzumab");
    expect(answer.nothing).toBe(false);
    expect(answer.first).toBe("/drugs/trastuzumab/");
    const typo = await ask(page, site.url, base, "enhertu");
    expect(typo.first).toBe("/drugs/fam-trastuzumab-deruxtecan/");
  });

  it("previews a citation and shows a glossary tip", async () => {
    await page.goto(`${site.url}chapters/introduction/`);
    const citation = page.locator(".citation a").first();
    if (options.hasTouch) await citation.tap();
    else await citation.hover();
    await expect.poll(() => page.locator("#citation-preview").isVisible()).toBe(true);
    expect((await page.locator("#citation-preview").textContent())!.length).toBeGreaterThan(20);

    await page.goto(`${site.url}drugs/trastuzumab/`);
    const label = page.locator(".term-label").first();
    await label.focus();
    const tip = page.locator(`[id="${await label.getAttribute("aria-describedby")}"]`);
    await expect.poll(() => tip.isVisible()).toBe(true);
  });
});

// The update offer does not depend on the base: defined at the domain root only.
if (base === "/")
  describe("a newer build", () => {
    it("is offered, not mixed in: the saved pages stay until the reader updates", async () => {
      const { context, page } = await visitOnce(laptop);
      const savedDate = await status(page).textContent();
      // The next build: one page changed, a later date, a new service worker — made as the build makes it.
      const about = join(copy, "about", "index.html");
      writeFileSync(about, readFileSync(about, "utf8").replace("</h1>", " (new build)</h1>"));
      const info = JSON.parse(readFileSync(join(copy, "build.json"), "utf8")) as { builtAt: string };
      writeFileSync(join(copy, "build.json"), JSON.stringify({ ...info, builtAt: "2031-03-02T08:00:00.000Z" }));
      const weight = await writeServiceWorker(copy);
      expect(weight.download).toBeLessThanOrEqual(PRECACHE_BUDGET_GZIP);

      await page.goto(`${site.url}about/`);
      const offer = page.locator(".update-offer");
      await expect.poll(() => offer.isVisible(), { timeout: 30_000 }).toBe(true);
      // Until the reader says so, the page is the saved build's.
      expect(await page.locator("h1").textContent()).not.toContain("(new build)");
      expect(await status(page).textContent()).toBe(savedDate);

      await offer.getByRole("button", { name: "Update now" }).click();
      await expect.poll(() => page.locator("h1").textContent(), { timeout: 30_000 }).toContain("(new build)");
      await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toBe("Saved for offline · 2 March 2031");
      await context.close();
    });
  });
