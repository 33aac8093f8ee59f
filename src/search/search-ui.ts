/**
 * The search UI, loaded only when the reader opens search: Pagefind's Component UI (modal on every
 * page, full panel on /search/), plus what it lacks — "Did you mean …?" from the site's vocabulary,
 * and a shareable /search/?q= URL.
 */
import { url } from "../routes.ts";
import { suggest } from "./did-you-mean.ts";
import { loadPagefindScript, loadPagefindStylesheet, pagefindBundlePath } from "./pagefind-assets.ts";
import { isStrongMatch, markedWords, searchTermFor } from "./query.ts";
import type { VocabularyEntry } from "./vocabulary.ts";

interface PagefindResult {
  data(): Promise<{ excerpt: string }>;
}
interface SearchInstance {
  searchTerm: string;
  triggerSearch(term: string): void;
  on(event: "results", callback: (result: { results: PagefindResult[] }) => void): void;
  on(event: "search", callback: (term: string) => void): void;
}
interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): SearchInstance;
  getInstanceManager(): { getInstance(name: string): SearchInstance };
}
interface ModalElement extends HTMLElement {
  open(): void;
}

const base = url();
export const QUERY_PARAM = "q";

let ready: Promise<SearchInstance> | undefined;

/** Loads Pagefind's Component UI once and configures the default instance for this site. */
export function loadSearch(): Promise<SearchInstance> {
  ready ??= (async () => {
    await Promise.all([loadPagefindScript("pagefind-component-ui.js"), loadPagefindStylesheet("pagefind-component-ui.css")]);
    const components = (window as unknown as { PagefindComponents: PagefindComponents }).PagefindComponents;
    const [instance, words] = await Promise.all([
      components.configureInstance("default", {
        bundlePath: pagefindBundlePath(),
        baseUrl: base,
        highlightParam: "highlight",
        excerptLength: 24,
        // Long drug pages repeat other drugs' names (T-DM1's page says "trastuzumab" dozens of times):
        // rank by where a word stands (its weight: a page's names, headings) rather than how often
        // it recurs. Measured over the search tests' queries: 0 misplaced, against 3 with the defaults.
        ranking: { termFrequency: 0 },
      }),
      loadVocabulary(),
    ]);
    // Every search the UI starts goes through here: aliases such as "NF-kB" search as "NF-κB".
    const triggerSearch = instance.triggerSearch.bind(instance);
    instance.triggerSearch = (term) => triggerSearch(searchTermFor(term, words));
    return instance;
  })();
  return ready;
}

/** Opens the search modal (or, on the search page, searches there) with an optional query. */
export async function openSearchModal(query: string): Promise<void> {
  const instance = await loadSearch();
  const page = document.querySelector<HTMLElement>("[data-search-page]");
  if (page) {
    page.querySelector("input")?.focus();
    if (query) instance.triggerSearch(query);
    return;
  }
  let modal = document.querySelector<ModalElement>("pagefind-modal");
  if (!modal) {
    modal = document.createElement("pagefind-modal") as ModalElement;
    document.body.append(modal);
    await customElements.whenDefined("pagefind-modal");
    attachDidYouMean(instance, () => modal!.querySelector("pagefind-results"));
  }
  modal.open();
  if (query) {
    const input = modal.querySelector<HTMLInputElement>("input");
    if (input) input.value = query;
    instance.triggerSearch(query);
  }
}

/** Mounts the /search/ page: searches for ?q=, and keeps ?q= in step with what the reader types. */
export async function mountSearchPage(root: HTMLElement): Promise<void> {
  const instance = await loadSearch();
  attachDidYouMean(instance, () => root.querySelector("pagefind-results"));
  instance.on("search", (term) => {
    const url = new URL(location.href);
    if (term) url.searchParams.set(QUERY_PARAM, term);
    else url.searchParams.delete(QUERY_PARAM);
    history.replaceState(null, "", url);
  });
  const query = new URLSearchParams(location.search).get(QUERY_PARAM)?.trim();
  await customElements.whenDefined("pagefind-input");
  const input = root.querySelector<HTMLInputElement>("pagefind-input input");
  if (query) {
    if (input) input.value = query;
    instance.triggerSearch(query);
  }
  input?.focus();
}

let vocabulary: Promise<VocabularyEntry[]> | undefined;
function loadVocabulary(): Promise<VocabularyEntry[]> {
  vocabulary ??= fetch(`${base}search-vocabulary.json`).then((r) => (r.ok ? r.json() : []));
  return vocabulary;
}

/** Whether Pagefind's best result really contains what was asked for (see isStrongMatch). */
async function foundWhatWasAsked(term: string, found: PagefindResult[]): Promise<boolean> {
  if (!found[0]) return false;
  return isStrongMatch(term, markedWords((await found[0].data()).excerpt));
}

/** Shows "Did you mean …?" above the results when a query finds nothing, or nothing strong. */
function attachDidYouMean(instance: SearchInstance, results: () => Element | null): void {
  const box = document.createElement("div");
  box.className = "did-you-mean";
  box.setAttribute("aria-live", "polite");
  box.hidden = true;
  instance.on("results", async ({ results: found }) => {
    const term = instance.searchTerm;
    const weak = !!term && !(await foundWhatWasAsked(term, found));
    const suggestions = weak ? suggest(term, await loadVocabulary()) : [];
    if (instance.searchTerm !== term) return;
    results()?.before(box);
    box.replaceChildren();
    box.hidden = suggestions.length === 0;
    if (box.hidden) return;
    box.append("Did you mean ");
    suggestions.forEach((s, i) => {
      if (i > 0) box.append(i === suggestions.length - 1 ? " or " : ", ");
      const link = document.createElement("a");
      link.href = s.entry.url;
      link.textContent = s.term === s.entry.name ? s.entry.name : `${s.term} (${s.entry.name})`;
      box.append(link);
    });
    box.append("?");
  });
}
