/**
 * What the search box sends to Pagefind, and whether Pagefind's answer is worth trusting.
 * Pagefind matches words as written: "beta-catenin" does not find "β-catenin". A query that names
 * an entity by an alias spelled without its Greek letters is searched under the entity's name.
 */
import { exactEntry, type VocabularyEntry } from "./vocabulary.ts";
import { textKey } from "../text/text-key.ts";

const GREEK = /[\u0391-\u03A9\u03B1-\u03C9]/;

export function searchTermFor(query: string, vocabulary: VocabularyEntry[]): string {
  const entry = exactEntry(query, vocabulary);
  return entry && GREEK.test(entry.name) && !GREEK.test(query) ? entry.name : query;
}

/**
 * A result is strong when a word Pagefind marked in it really is (part of) what was asked for.
 * For a misspelling such as "trastuzamab", Pagefind returns pages where it marked only "T":
 * a weak answer, which is when "Did you mean …?" helps.
 */
export function isStrongMatch(query: string, markedWords: string[]): boolean {
  const wanted = textKey(query);
  if (!wanted) return false;
  return markedWords.some((word) => {
    const marked = textKey(word);
    return marked.length >= Math.min(4, wanted.length) && (wanted.includes(marked) || marked.includes(wanted));
  });
}

/** The text of every <mark> in a Pagefind excerpt. */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!);
}
