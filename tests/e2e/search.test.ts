/**
 * Search as a reader uses it: real queries typed into the real UI, against the real Pagefind index
 * of the built site, in Chromium, with no network beyond the local server.
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { cspViolations, useSite, reportCspViolations, watchPage } from "../helpers/browser.ts";
import { MARKUP_QUERY, injectedElements } from "../gates/page-audit.ts";
import { ask } from "../helpers/search-page.ts";

const base = inject("base").replace(/\/?$/, "/");
const site = useSite();
let page: Page;
let watched: ReturnType<typeof watchPage>;

beforeAll(async () => {
  page = await site.browser.newPage();
  // Every search below runs Pagefind's WebAssembly under the site's real CSP; any violation is kept.
  await reportCspViolations(page);
  watched = watchPage(page, site.url);
});

async function search(query: string) {
  return ask(page, site.url, base, query);
}

// The golden set (search-golden.test.ts) measures ranking at the domain root; these few run under
// every base, since a result's link must follow it.
const FIRST: [string, string][] = [
  ["trastuzumab", "/drugs/trastuzumab/"],
  ["Enhertu", "/drugs/fam-trastuzumab-deruxtecan/"],
  ["T-DM1", "/drugs/ado-trastuzumab-emtansine/"],
  ["NF-kB", "/pathways/nf-kb/"],
  ["which drugs target HER2", "/drugs/"],
];

describe("search finds the right page in one step", () => {
  it.each(FIRST)("%s → %s first", async (query, expected) => {
    expect((await search(query)).first).toBe(expected);
  });

  it("shows the answer card at once, with the concept's one-line answer", async () => {
    await search("Herceptin");
    const card = page.locator(".search-answer .answer-card");
    expect(await card.locator(".answer-name").textContent()).toBe("Trastuzumab");
    expect(await card.locator(".answer-line").textContent()).toMatch(/Monoclonal antibody · HER2 · Herceptin · first US approval 1998/);
  });
});

describe("typos and unknown words", () => {
  it.each([
    ["trastuzamab", "Trastuzumab", "/drugs/trastuzumab/"],
    ["lapatanib", "Lapatinib", "/drugs/lapatinib/"],
  ])("%s is corrected to %s, and the reader can search the words as typed instead", async (query, corrected, expected) => {
    expect((await search(query)).first).toBe(expected);
    expect(await page.locator(".search-corrected").textContent()).toBe(`Showing results for ${corrected} · search instead for ${query}`);
    await page.click(".search-corrected a");
    await page.waitForFunction(() => document.querySelector<HTMLElement>(".search-answer")?.dataset.state === "nothing");
    expect(await page.locator(".search-nothing").textContent()).toBe(`Nothing on this site mentions “${query}”.`);
  });

  it("says when nothing on the site mentions a word, and shows none of Pagefind's prefix matches", async () => {
    expect((await search("xyzzy")).nothing).toBe(true);
    expect(await page.locator("pagefind-results").isHidden()).toBe(true);
    expect(await page.locator(".search-nothing").textContent()).toBe("Nothing on this site mentions “xyzzy”.");
  });

  it("does not second-guess a query that was found", async () => {
    await search("Herceptin");
    expect(await page.locator(".search-corrected, .search-nothing").count()).toBe(0);
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

  it.each([
    ["T-DXd", /^T-DXd$/],
    ["exon 20", /^exon 20$/i],
  ])("highlights %s on the page a result opens as typed, phrase and hyphen intact", async (query, marked) => {
    await search(query);
    await page.click("pagefind-results a.pf-result-link");
    await page.waitForSelector("[data-pagefind-body] mark.pagefind-highlight");
    const texts = await page.$$eval("[data-pagefind-body] mark.pagefind-highlight", (marks) => marks.map((m) => m.textContent ?? ""));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatch(marked);
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

describe("the search modal", () => {
  it("opens the first answer on Enter, before any arrow key, and links to the full results", async () => {
    const fresh = await site.browser.newPage();
    await fresh.goto(`${site.url}chapters/signalling/`);
    await fresh.keyboard.press("/");
    await fresh.waitForSelector("pagefind-modal dialog[open]");
    await fresh.keyboard.type("Herceptin");
    await fresh.waitForSelector("pagefind-modal .search-answer .answer-card");
    expect(await fresh.locator("pagefind-modal .search-all a").getAttribute("href")).toMatch(/search\/\?q=Herceptin$/);
    await fresh.keyboard.press("Enter");
    await fresh.waitForURL((url) => url.pathname.replace(base, "/") === "/drugs/trastuzumab/");
    await fresh.close();
  });
});

describe("the search page on a phone", () => {
  it("shows the first answer without scrolling, the filters after the results", async () => {
    const phone = await site.browser.newPage({ viewport: { width: 375, height: 800 }, hasTouch: true });
    for (const query of ["exon 20", "Herceptin"]) {
      await phone.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
      await phone.waitForFunction(() => document.querySelector<HTMLElement>(".search-answer")?.dataset.state === "results");
      const first = phone.locator(".search-answer .answer-card, pagefind-results a.pf-result-link").first();
      await first.waitFor();
      const box = (await first.boundingBox())!;
      expect(box.y + box.height, query).toBeLessThanOrEqual(800);
    }
    await phone.close();
  });
});
