/**
 * Search as a reader uses it: real queries typed into the real UI, against the real Pagefind index
 * of the built site, in Chromium, with no network beyond the local server.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { cspViolations, openSite, reportCspViolations, watchPage, type SiteSession } from "../helpers/browser.ts";
import { MARKUP_QUERY, injectedElements } from "../gates/page-audit.ts";

const dist = inject("distDir");
const base = inject("base").replace(/\/?$/, "/");
let site: SiteSession;
let page: Page;
let watched: ReturnType<typeof watchPage>;

beforeAll(async () => {
  site = await openSite(dist, base);
  page = await site.browser.newPage();
  // Every search below runs Pagefind's WebAssembly under the site's real CSP; any violation is kept.
  await reportCspViolations(page);
  watched = watchPage(page, site.url);
});
afterAll(() => site?.close());

/**
 * Site paths ("/drugs/x/") of the top results, best first, and the "Did you mean" links. Pagefind
 * loads a result only when it scrolls into view, so this waits for the first three (or all, if
 * fewer) and returns the results loaded before the first one still shown as a skeleton.
 */
async function search(query: string): Promise<{ results: string[]; didYouMean: string[] }> {
  await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /\d+ results? for|No results/i.test(document.querySelector("pagefind-summary")?.textContent ?? ""), null, {
    timeout: 15_000,
  });
  const loaded = await page.waitForFunction(() => {
    const total = Number(/(\d+) results? for/i.exec(document.querySelector("pagefind-summary")?.textContent ?? "")?.[1] ?? 0);
    const items = [...document.querySelectorAll("pagefind-results a.pf-result-link, pagefind-results .pf-skeleton")];
    const firstSkeleton = items.findIndex((e) => e.classList.contains("pf-skeleton"));
    const links = (firstSkeleton < 0 ? items : items.slice(0, firstSkeleton)).map((a) => a.getAttribute("href")!);
    return links.length >= Math.min(total, 3) ? links : null;
  });
  const toPath = (href: string) => new URL(href, site.url).pathname.replace(base, "/");
  const results = ((await loaded.jsonValue()) as string[]).map(toPath);
  const didYouMean = (await page.$$eval(".did-you-mean:not([hidden]) a", (links) => links.map((a) => a.getAttribute("href")!))).map(toPath);
  return { results, didYouMean };
}

const FIRST: [string, string][] = [
  ["trastuzumab", "/drugs/trastuzumab/"],
  ["Herceptin", "/drugs/trastuzumab/"],
  ["Perjeta", "/drugs/pertuzumab/"],
  ["Kadcyla", "/drugs/ado-trastuzumab-emtansine/"],
  ["T-DM1", "/drugs/ado-trastuzumab-emtansine/"],
  ["Enhertu", "/drugs/fam-trastuzumab-deruxtecan/"],
  ["T-DXd", "/drugs/fam-trastuzumab-deruxtecan/"],
  ["Tykerb", "/drugs/lapatinib/"],
  ["Nerlynx", "/drugs/neratinib/"],
  ["tucatinib", "/drugs/tucatinib/"],
  ["Tukysa", "/drugs/tucatinib/"],
  ["Margenza", "/drugs/margetuximab/"],
  ["PI3K", "/pathways/pi3k-akt-mtor/"],
  ["MAPK", "/pathways/mapk/"],
  ["NF-kB", "/pathways/nf-kb/"],
  ["beta-catenin", "/pathways/wnt-beta-catenin/"],
  ["JAK/STAT", "/pathways/jak-stat/"],
];

const TOP_THREE: [string, string][] = [
  ["PKB", "/pathways/pi3k-akt-mtor/"],
  ["ERBB2", "/glossary/"],
  ["HER1", "/chapters/signalling/"],
  ["exon 20", "/chapters/signalling/"],
  ["PD-L1", "/chapters/immunity/"],
  ["FISH", "/chapters/therapeutics/"],
  ["17q12", "/chapters/dysregulation/"],
  ["tamoxifen", "/chapters/dysregulation/"],
];

describe("search finds the right page in one step", () => {
  it.each(FIRST)("%s → %s first", async (query, expected) => {
    expect((await search(query)).results[0]).toBe(expected);
  });

  it.each(TOP_THREE)("%s → %s within the top three", async (query, expected) => {
    expect((await search(query)).results.slice(0, 3)).toContain(expected);
  });
});

describe("typos", () => {
  it.each([
    ["trastuzamab", "/drugs/trastuzumab/"],
    ["pertuzamab", "/drugs/pertuzumab/"],
    ["lapatanib", "/drugs/lapatinib/"],
  ])("%s gets a suggestion that leads to %s", async (query, expected) => {
    const { didYouMean } = await search(query);
    expect(didYouMean[0]).toBe(expected);
    await page.click(".did-you-mean a");
    await page.waitForURL((url) => url.pathname.replace(base, "/") === expected);
  });

  it("does not second-guess a query that was found", async () => {
    expect((await search("Herceptin")).didYouMean).toEqual([]);
  });
});

describe("the search UI", () => {
  it("keeps the query in a shareable URL", async () => {
    await page.goto(`${site.url}search/`);
    await page.locator("pagefind-input input").fill("neratinib");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "neratinib");
  });

  it("opens from any page with / and with Ctrl+K, loading search code only then", async () => {
    const fresh = await site.browser.newPage();
    const scripts: string[] = [];
    fresh.on("request", (r) => r.resourceType() === "script" && scripts.push(new URL(r.url()).pathname));
    await fresh.goto(`${site.url}chapters/signalling/`);
    expect(scripts.filter((s) => s.includes("pagefind") || s.includes("search-ui"))).toEqual([]);
    await fresh.keyboard.press("/");
    await fresh.waitForSelector("pagefind-modal dialog[open]");
    expect(scripts.some((s) => s.endsWith("pagefind-component-ui.js"))).toBe(true);
    await fresh.keyboard.type("lapatinib");
    await fresh.waitForSelector("pagefind-modal a.pf-result-link");
    await fresh.keyboard.press("Escape");
    await fresh
      .waitForSelector("pagefind-modal dialog[open]", { state: "detached" })
      .catch(() => fresh.waitForSelector("pagefind-modal dialog:not([open])", { state: "attached" }));
    await fresh.keyboard.press("Control+k");
    await fresh.waitForSelector("pagefind-modal dialog[open]");
    await fresh.close();
  });

  it("highlights the searched words on the page a result opens", async () => {
    await search("tucatinib");
    await page.click("pagefind-results a.pf-result-link");
    await page.waitForSelector("mark.pagefind-highlight, [data-pagefind-body] mark");
    expect(await page.locator("[data-pagefind-body] mark").first().textContent()).toMatch(/tucatinib/i);
  });

  // The check is proven to fail on a page that echoes ?q= as HTML (tests/e2e/gate-fixtures.test.ts).
  const MARKUP = MARKUP_QUERY;
  const injected = injectedElements;

  it("shows a query containing markup as text and runs nothing (?q= on the search page)", async () => {
    let dialogs = 0;
    const onDialog = (d: import("playwright-core").Dialog) => {
      dialogs++;
      void d.dismiss();
    };
    page.on("dialog", onDialog);
    const requests: string[] = [];
    const onRequest = (r: import("playwright-core").Request) => void requests.push(new URL(r.url()).pathname);
    page.on("request", onRequest);
    await search(MARKUP);
    expect(await injected(page)).toBe(0);
    expect(await page.locator("pagefind-input input").inputValue()).toBe(MARKUP);
    expect(await page.locator("pagefind-summary").textContent()).toContain(MARKUP);
    expect(requests.filter((path) => path.endsWith("/x"))).toEqual([]);
    await page.waitForTimeout(300);
    expect(dialogs).toBe(0);
    page.off("dialog", onDialog);
    page.off("request", onRequest);
  });

  it("shows markup typed into the search modal as text and runs nothing", async () => {
    const fresh = await site.browser.newPage();
    await reportCspViolations(fresh);
    let dialogs = 0;
    fresh.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    await fresh.goto(`${site.url}chapters/signalling/`);
    await fresh.keyboard.press("/");
    await fresh.waitForSelector("pagefind-modal dialog[open]");
    await fresh.keyboard.type(MARKUP);
    await fresh.waitForFunction((q) => (document.querySelector("pagefind-modal")?.textContent ?? "").includes(q), MARKUP, { timeout: 15_000 });
    expect(await injected(fresh)).toBe(0);
    expect(dialogs).toBe(0);
    expect(await cspViolations(fresh)).toEqual([]);
    await fresh.close();
  });

  it("runs Pagefind's WebAssembly under the site's CSP: no violation was reported by any search", async () => {
    // Every page this tab opened reported its violations as console errors (reportCspViolations).
    expect(watched.errors.filter((e) => /Content Security Policy|CSP violation/i.test(e))).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it("makes no request outside the site and logs no errors", () => {
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});
