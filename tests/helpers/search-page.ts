/**
 * Asks the real /search/ page a query and reads the answer once the answer layer has settled
 * (its data-state): the answer card and the results, or "nothing". Paths are under the base.
 */
import type { Page } from "playwright-core";

export interface Answer {
  /** Where the first answer leads (the answer card, else the first result), and the first three. */
  first?: string;
  top3: string[];
  nothing: boolean;
}

export async function ask(page: Page, siteUrl: string, base: string, query: string): Promise<Answer> {
  const onSearchPage = page.url().startsWith(`${siteUrl}search/`) && (await page.locator(".search-answer").count()) > 0;
  if (onSearchPage) {
    // Another search on the same page, as back/forward does it (no reload, no new WebAssembly).
    await page.evaluate((q) => {
      document.querySelector<HTMLElement>(".search-answer")!.dataset.state = "stale";
      // The results component re-renders its items; links still marked stale are the last query's.
      for (const a of document.querySelectorAll("pagefind-results a.pf-result-link")) a.setAttribute("data-stale", "");
      history.pushState(null, "", `?q=${encodeURIComponent(q)}`);
      dispatchEvent(new PopStateEvent("popstate"));
    }, query);
  } else await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    () => {
      const state = document.querySelector<HTMLElement>(".search-answer")?.dataset.state;
      if (state === "nothing") return true;
      if (state !== "results") return false;
      if (document.querySelector(".search-answer .answer-card")) return true;
      const total = Number(/(\d+) results? for/i.exec(document.querySelector("pagefind-summary")?.textContent ?? "")?.[1] ?? 0);
      // Results load one by one; only those before the first one still loading (a skeleton) count.
      const items = [...document.querySelectorAll("pagefind-results a.pf-result-link:not([data-stale]), pagefind-results .pf-skeleton")];
      const loaded = items.findIndex((e) => e.classList.contains("pf-skeleton"));
      return (loaded < 0 ? items.length : loaded) >= Math.min(total, 3);
    },
    null,
    { timeout: 15_000 },
  );
  const answer = await page.evaluate(() => {
    const nothing = document.querySelector<HTMLElement>(".search-answer")?.dataset.state === "nothing";
    const card = document.querySelector<HTMLAnchorElement>(".search-answer .answer-card")?.getAttribute("href");
    const items = [...document.querySelectorAll<HTMLElement>("pagefind-results a.pf-result-link:not([data-stale]), pagefind-results .pf-skeleton")];
    const firstLoading = items.findIndex((e) => e.classList.contains("pf-skeleton"));
    const results = nothing ? [] : (firstLoading < 0 ? items : items.slice(0, firstLoading)).map((a) => a.getAttribute("href")!);
    return { nothing, links: [...(card ? [card] : []), ...results] };
  });
  const toPath = (href: string) => {
    const url = new URL(href, siteUrl);
    return url.pathname.replace(base, "/") + url.hash;
  };
  const links = answer.links.map(toPath);
  return { first: links[0], top3: links.slice(0, 3), nothing: answer.nothing };
}
