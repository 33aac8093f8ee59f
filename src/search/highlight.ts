/** Marks the searched terms on the page a search result led to, with Pagefind's highlighter. */
import { loadPagefindScript } from "./pagefind-assets.ts";

export async function highlightSearchTerms(param: string): Promise<void> {
  await loadPagefindScript("pagefind-highlight.js", { module: true });
  const { PagefindHighlight } = window as unknown as { PagefindHighlight?: new (options: object) => unknown };
  // addStyles: false — Pagefind would inject an inline <style>, which the CSP blocks; global.css styles `mark`.
  if (PagefindHighlight) new PagefindHighlight({ highlightParam: param, markContext: "[data-pagefind-body]", addStyles: false });
}
