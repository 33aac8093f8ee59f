/**
 * The search UI, loaded only when the reader opens search: Pagefind's Component UI (modal on every
 * page, full panel on /search/), plus what it lacks, from the site's concept table
 * (search-vocabulary.json): an answer card for the concept a query names, shown at once; a typo
 * corrected when one correction is clearly best ("Showing results for …"); an honest "Nothing on
 * this site mentions …" instead of Pagefind's prefix matches; the pages' spellings; and a
 * shareable /search/?q= URL.
 */
import { url } from "../routes.ts";
import { conceptOf, correctionOf, respell } from "./answer.ts";
import { suggest } from "./did-you-mean.ts";
import { loadPagefindScript, loadPagefindStylesheet, pagefindBundlePath } from "./pagefind-assets.ts";
import { isStrongMatch, markedWords, searchTermFor } from "./query.ts";
import type { SearchVocabulary, VocabularyEntry } from "./vocabulary.ts";

interface PagefindResult {
  data(): Promise<{ excerpt: string }>;
}
interface SearchInstance {
  searchTerm: string;
  setTranslations(strings: Record<string, string>): void;
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
/** How long the search box waits after the last key; the answer card does not wait at all. */
export const SEARCH_DEBOUNCE_MS = 100;

let ready: Promise<SearchInstance> | undefined;

/** Loads Pagefind's Component UI once and configures the default instance for this site. */
export function loadSearch(): Promise<SearchInstance> {
  ready ??= (async () => {
    await Promise.all([loadPagefindScript("pagefind-component-ui.js"), loadPagefindStylesheet("pagefind-component-ui.css")]);
    const components = (window as unknown as { PagefindComponents: PagefindComponents }).PagefindComponents;
    const [instance, vocabulary] = await Promise.all([
      components.configureInstance("default", {
        bundlePath: pagefindBundlePath(),
        baseUrl: base,
        highlightParam: "highlight",
        excerptLength: 24,
        // Long drug pages repeat other drugs' names (T-DM1's page says "trastuzumab" dozens of times):
        // count repetition less than Pagefind does (1.0), so where a word stands (a page's names,
        // headings) weighs more; a little still breaks ties. Names themselves get an answer card.
        ranking: { termFrequency: 0.3 },
      }),
      loadVocabulary(),
    ]);
    // Esc closes the modal, where Pagefind's hint would say "clear". Set before any element renders.
    instance.setTranslations({ keyboard_clear: "close" });
    // Every search the UI starts goes through here: the reader's words are kept for the answer
    // layer, and searched in the pages' spellings, an alias such as "NF-kB" as "NF-κB".
    const triggerSearch = instance.triggerSearch.bind(instance);
    instance.triggerSearch = (term) => {
      if (!correcting) asked = { typed: term, literal: literalNext, correctedFrom: undefined };
      correcting = false;
      literalNext = false;
      triggerSearch(searchTermFor(respell(term, vocabulary.spellings), vocabulary.entries));
    };
    return instance;
  })();
  return ready;
}

/**
 * Opens the search modal (or, on the search page, searches there) with what the reader has typed
 * into the header's search box, if anything.
 */
export async function openSearchModal(header: HTMLInputElement | null): Promise<void> {
  const instance = await loadSearch();
  // The header's box is read once the search code has loaded and a box is about to take the focus:
  // keys typed into it meanwhile belong to the query too.
  const page = document.querySelector<HTMLElement>("[data-search-page]");
  if (page) {
    page.querySelector("input")?.focus();
    if (header?.value) instance.triggerSearch(header.value);
    return;
  }
  let modal = document.querySelector<ModalElement>("pagefind-modal");
  if (!modal) {
    modal = document.createElement("pagefind-modal") as ModalElement;
    // Search soon after the last key (Pagefind waits 300 ms), and show the modal's keyboard hints.
    modal.setAttribute("debounce", String(SEARCH_DEBOUNCE_MS));
    modal.setAttribute("show-keyboard-hints", "true");
    document.body.append(modal);
    await customElements.whenDefined("pagefind-modal");
    attachAnswers(instance, modal);
  }
  // Still typing in the header's box (not already in the dialog's, where the reader's keys are the query)?
  const typingInHeader = !!header && document.activeElement === header;
  const query = header?.value ?? "";
  modal.open();
  attachModalKeys(modal);
  const box = modal.querySelector<HTMLInputElement>("input");
  if (!typingInHeader || !query) return;
  if (box) {
    box.value = query;
    // Now, not when the dialog gets round to it: the next key goes where the query is.
    box.focus();
  }
  instance.triggerSearch(query);
}

/**
 * In the modal, Enter in the search box opens the first answer (the answer card, else the first
 * result) even before an arrow key has picked one, and the full results page is one link away.
 */
function attachModalKeys(modal: HTMLElement): void {
  // The modal renders its box when first opened; this runs after that, once.
  const box = modal.querySelector("pagefind-input");
  if (!box || modal.querySelector(".search-all")) return;
  const all = document.createElement("p");
  all.className = "search-all";
  const allLink = link(url("search/"), "All results on the search page →");
  all.append(allLink);
  const input = modal.querySelector<HTMLInputElement>("input");
  box.after(all);
  input?.addEventListener("input", () => {
    allLink.href = `${url("search/")}?${QUERY_PARAM}=${encodeURIComponent(input.value)}`;
  });
  input?.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.isComposing) return;
    const first = modal.querySelector<HTMLAnchorElement>(".search-answer:not([hidden]) a, pagefind-results:not([hidden]) a.pf-result-link");
    if (!first) return;
    event.preventDefault();
    location.assign(first.href);
  });
}

/** Mounts the /search/ page: searches for ?q=, and keeps ?q= in step with what the reader types. */
export async function mountSearchPage(root: HTMLElement): Promise<void> {
  const instance = await loadSearch();
  attachAnswers(instance, root);
  instance.on("search", (term) => {
    const url = new URL(location.href);
    if (term) url.searchParams.set(QUERY_PARAM, term);
    else url.searchParams.delete(QUERY_PARAM);
    history.replaceState(null, "", url);
  });
  const query = new URLSearchParams(location.search).get(QUERY_PARAM)?.trim();
  // Should the answer layer never settle (an index that fails to load), the results still show.
  setTimeout(() => revealResults(root), 3000);
  await customElements.whenDefined("pagefind-input");
  const input = root.querySelector<HTMLInputElement>("pagefind-input input");
  if (query) {
    if (input) input.value = query;
    instance.triggerSearch(query);
  }
  input?.focus();
  // Back and forward step through earlier searches: each ?q= in the history searches again.
  window.addEventListener("popstate", () => {
    const previous = new URLSearchParams(location.search).get(QUERY_PARAM)?.trim() ?? "";
    if (input) input.value = previous;
    instance.triggerSearch(previous);
  });
}

/** What the reader asked, as typed, and what the answer layer did with it. */
let asked: { typed: string; literal: boolean; correctedFrom: string | undefined } = { typed: "", literal: false, correctedFrom: undefined };
/** The next triggerSearch is the answer layer's own correction, not the reader's words. */
let correcting = false;
/** The next search is "search instead for …": take the words as typed, no correction. */
let literalNext = false;

let vocabulary: Promise<SearchVocabulary> | undefined;
function loadVocabulary(): Promise<SearchVocabulary> {
  vocabulary ??= fetch(`${base}search-vocabulary.json`).then((r) => (r.ok ? r.json() : { entries: [], spellings: {} }));
  return vocabulary;
}

/** Whether Pagefind's best result really contains what was asked for (see isStrongMatch). */
async function foundWhatWasAsked(term: string, found: PagefindResult[]): Promise<boolean> {
  if (!found[0]) return false;
  return isStrongMatch(term, markedWords((await found[0].data()).excerpt));
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text;
  if (className) a.className = className;
  return a;
}

/** The answer card: what the concept is, in one line, linking to its page. */
function answerCard(entry: VocabularyEntry): HTMLElement {
  const card = link(entry.url, "", "answer-card");
  const type = document.createElement("span");
  type.className = "answer-type";
  type.textContent = entry.type === "Topic" ? "Topic" : entry.type;
  const name = document.createElement("strong");
  name.className = "answer-name";
  name.textContent = entry.name;
  const line = document.createElement("span");
  line.className = "answer-line";
  line.textContent = entry.card;
  card.append(type, name, line);
  return card;
}

/**
 * The search page opened with a query (data-arriving, set by search.astro) lays out its results
 * once the answer above them is in place, so they do not jump down when it appears; on a phone its
 * filters, below the results, wait until the first results have filled in (search-page.css).
 */
function revealResults(root: HTMLElement): void {
  if (!("arriving" in root.dataset)) return;
  delete root.dataset.arriving;
  const filled = () => !root.querySelector("pagefind-results .pf-skeleton");
  if (filled()) return;
  root.dataset.filling = "";
  const done = () => {
    delete root.dataset.filling;
    observer.disconnect();
    clearTimeout(timer);
  };
  const observer = new MutationObserver(() => filled() && done());
  const timer = setTimeout(done, 3000);
  observer.observe(root, { subtree: true, childList: true });
}

/**
 * Above the results: the answer card for the concept the query names (at once, from the
 * vocabulary), then, when Pagefind's answer does not contain what was asked, either the one clear
 * correction ("Showing results for …", searched at once) or "Nothing on this site mentions …"
 * with the nearest names, and Pagefind's prefix matches hidden.
 */
function attachAnswers(instance: SearchInstance, container: Element): void {
  const box = document.createElement("div");
  box.className = "search-answer";
  box.setAttribute("aria-live", "polite");
  box.hidden = true;
  const listed = () => container.querySelectorAll<HTMLElement>("pagefind-results, pagefind-summary, pagefind-filter-pane");
  const place = () => {
    const results = container.querySelector("pagefind-summary") ?? container.querySelector("pagefind-results");
    if (results && box.nextElementSibling !== results) results.before(box);
  };
  // data-state says where the answer stands ("pending" while Pagefind searches, then "results" or
  // "nothing"), so tests and styles need not guess from the timing.
  const show = (parts: Node[], hideResults: boolean, state: "pending" | "results" | "nothing") => {
    place();
    box.replaceChildren(...parts);
    box.hidden = parts.length === 0;
    box.dataset.state = state;
    for (const element of listed()) element.hidden = hideResults;
    if (state !== "pending") revealResults(container as HTMLElement);
  };

  // The card comes from the vocabulary alone, so it is shown as the reader types, before any search.
  container.addEventListener("input", async (event) => {
    const typed = (event.target as HTMLInputElement | null)?.value?.trim();
    if (!typed) return;
    const concept = conceptOf(typed, (await loadVocabulary()).entries);
    if (concept) show([answerCard(concept)], false, "pending");
  });

  // Each search gets a number; an answer that arrives late for an older one is dropped.
  let latest = 0;
  instance.on("search", async (term) => {
    // The card needs no index: it is shown while Pagefind searches.
    if (!term || correcting) return;
    const mine = ++latest;
    const { entries } = await loadVocabulary();
    if (mine !== latest || answered === mine) return;
    const concept = conceptOf(asked.typed || term, entries);
    show(concept ? [answerCard(concept)] : [], false, "pending");
  });
  let answered = 0;

  // Result links carry the query as the reader typed it, for the highlighter (highlight.ts); Pagefind
  // would pass its normalised words ("tdxd"). Links appear as results load, so every new one is seen.
  new MutationObserver(() => {
    for (const a of container.querySelectorAll<HTMLAnchorElement>("pagefind-results a[href*='highlight=']")) {
      const target = new URL(a.href);
      const typed = asked.typed;
      if (!typed || target.searchParams.getAll("highlight").join(" ") === typed) continue;
      target.searchParams.delete("highlight");
      target.searchParams.set("highlight", typed);
      a.href = target.pathname + target.search + target.hash;
    }
  }).observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ["href"] });

  instance.on("results", async ({ results: found }) => {
    const term = instance.searchTerm;
    const mine = latest;
    if (!term) return show([], false, "results");
    const { entries } = await loadVocabulary();
    const typed = asked.typed || term;
    const strong = await foundWhatWasAsked(term, found);
    if (instance.searchTerm !== term) return;
    const concept = conceptOf(asked.correctedFrom ? term : typed, entries);
    const parts: Node[] = [];
    if (asked.correctedFrom) {
      const note = document.createElement("p");
      note.className = "search-corrected";
      const instead = link(`?${QUERY_PARAM}=${encodeURIComponent(asked.correctedFrom)}`, asked.correctedFrom);
      const from = asked.correctedFrom;
      instead.addEventListener("click", (event) => {
        event.preventDefault();
        literalNext = true;
        instance.triggerSearch(from);
      });
      const shown = document.createElement("strong");
      shown.textContent = typed;
      note.append("Showing results for ", shown, " · search instead for ", instead);
      parts.push(note);
    }
    if (concept) parts.push(answerCard(concept));
    if (mine !== latest) return;
    answered = mine;
    if (strong || concept) return show(parts, false, "results");

    const correction = asked.literal || asked.correctedFrom ? undefined : correctionOf(typed, entries);
    if (correction) {
      asked = { typed: correction.to, literal: false, correctedFrom: typed };
      correcting = true;
      box.dataset.state = "pending";
      instance.triggerSearch(correction.to);
      return;
    }
    const nothing = document.createElement("p");
    nothing.className = "search-nothing";
    nothing.textContent = `Nothing on this site mentions “${typed}”.`;
    parts.push(nothing);
    const nearest = suggest(typed, entries);
    if (nearest.length) {
      const list = document.createElement("ul");
      list.className = "search-nearest";
      for (const s of nearest) {
        const item = document.createElement("li");
        item.append(link(s.entry.url, s.term === s.entry.name ? s.entry.name : `${s.term} (${s.entry.name})`));
        list.append(item);
      }
      const lead = document.createElement("p");
      lead.textContent = "The nearest names it knows:";
      parts.push(lead, list);
    }
    show(parts, true, "nothing");
  });
}
