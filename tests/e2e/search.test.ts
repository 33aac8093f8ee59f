/**
 * Search as a reader uses it: real queries typed into the real UI, against the real Pagefind index
 * of the built site, in Chromium, with no network beyond the local server.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openSite, watchPage, type SiteSession } from "../helpers/browser.ts";

const dist = inject("distDir");
const base = inject("base").replace(/\/?$/, "/");
let site: SiteSession;
let page: Page;
let watched: ReturnType<typeof watchPage>;

beforeAll(async () => {
  site = await openSite(dist, base);
  page = await site.browser.newPage();
  watched = watchPage(page, site.url);
});
afterAll(() => site?.close());

/** Site paths ("/drugs/x/") of the results, best first, and the "Did you mean" links. */
async function search(query: string): Promise<{ results: string[]; didYouMean: string[] }> {
  await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /\d+ results? for|No results/i.test(document.querySelector("pagefind-summary")?.textContent ?? ""), null, { timeout: 15_000 });
  await page.waitForFunction(() => document.querySelectorAll("pagefind-results .pf-skeleton").length === 0);
  const toPath = (href: string) => new URL(href, site.url).pathname.replace(base, "/");
  const results = (await page.$$eval("pagefind-results a.pf-result-link", (links) => links.map((a) => a.getAttribute("href")!))).map(toPath);
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
    await fresh.waitForSelector("pagefind-modal dialog[open]", { state: "detached" }).catch(() => fresh.waitForSelector("pagefind-modal dialog:not([open])", { state: "attached" }));
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

  it("shows a query containing markup as text and runs nothing", async () => {
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    await search('<img src=x onerror=alert(1)>');
    expect(await page.locator("main img[src='x']").count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  it("makes no request outside the site and logs no errors", () => {
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});
