/**
 * Marks what the reader searched for on the page a result opened. Pagefind's own highlighter looks
 * for the index's normalised words ("tdxd", "her2low") and marks each word apart ("20" everywhere
 * for "exon 20", every "what" of a question), so it is replaced by this: the query as typed
 * (search-ui.ts puts it in ?highlight=), question words dropped, the words as one phrase where the
 * page has it, each word on its own only where it does not, hyphens and dashes alike.
 */

import { FILLER } from "./answer.ts";

const DASHES = "[-‐‑‒–—\\s]";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One word (or hyphenated term) as a pattern that accepts any dash or a space where it has one. */
function wordPattern(word: string): string {
  return word
    .split(/[-‐‑‒–—]/)
    .map(escape)
    .join(`${DASHES}?`);
}

/** The patterns to mark, the phrase first: `[phrase]`, then the single words as a fallback. */
export function highlightPatterns(query: string): { phrase: RegExp | undefined; words: RegExp[] } {
  const words = query
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => w && !FILLER.has(w.toLowerCase()));
  if (words.length === 0) return { phrase: undefined, words: [] };
  const bounded = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, "giu");
  return {
    phrase: words.length > 1 ? bounded(words.map(wordPattern).join(`${DASHES}+`)) : bounded(wordPattern(words[0]!)),
    // A lone number or a one-letter word says nothing on its own ("20" of "exon 20").
    words: words.length > 1 ? words.filter((w) => w.length > 2 && !/^\d+$/.test(w)).map((w) => bounded(wordPattern(w))) : [],
  };
}

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest("script, style, mark, svg, [data-pagefind-ignore]") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Wraps every match of `pattern` in the text under `root` in <mark class="pagefind-highlight">; returns how many. */
function mark(root: Element, pattern: RegExp): number {
  let count = 0;
  for (const node of textNodes(root)) {
    const text = node.data;
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const match of matches) {
      fragment.append(text.slice(at, match.index));
      const marked = document.createElement("mark");
      marked.className = "pagefind-highlight";
      marked.textContent = match[0];
      fragment.append(marked);
      at = match.index! + match[0].length;
      count++;
    }
    fragment.append(text.slice(at));
    node.replaceWith(fragment);
  }
  return count;
}

export function highlightSearchTerms(param: string): void {
  const query = new URLSearchParams(location.search).getAll(param).join(" ").trim();
  const { phrase, words } = highlightPatterns(query);
  for (const root of document.querySelectorAll("[data-pagefind-body]")) {
    if (phrase && mark(root, phrase) > 0) continue;
    for (const word of words) mark(root, word);
  }
}
