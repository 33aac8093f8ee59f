/**
 * Typo tolerance that Pagefind lacks: when a query finds nothing, suggest the closest names and
 * aliases of the site's vocabulary ("trastuzamab" → Trastuzumab), by edit distance.
 */
import type { VocabularyEntry } from "./vocabulary.ts";
import { textKey } from "../text/text-key.ts";

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** How many edits a term of this length may need and still be a plausible typo. */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 9) return 2;
  return 3;
}

export interface Suggestion {
  /** The vocabulary term that matched the typo (a name or an alias). */
  term: string;
  entry: VocabularyEntry;
  distance: number;
}

/** Up to `limit` suggestions for a query, closest first; one per page. */
export function suggest(query: string, vocabulary: VocabularyEntry[], limit = 3): Suggestion[] {
  const wanted = textKey(query);
  if (wanted.length < 4) return [];
  const best = new Map<string, Suggestion>();
  for (const entry of vocabulary) {
    for (const term of [entry.name, ...entry.aliases]) {
      const candidate = textKey(term);
      if (!candidate || candidate === wanted) continue;
      if (Math.abs(candidate.length - wanted.length) > allowedEdits(wanted.length)) continue;
      const distance = editDistance(wanted, candidate);
      if (distance > allowedEdits(Math.min(wanted.length, candidate.length))) continue;
      const previous = best.get(entry.url);
      if (!previous || distance < previous.distance) best.set(entry.url, { term, entry, distance });
    }
  }
  return [...best.values()].sort((a, b) => a.distance - b.distance || a.term.localeCompare(b.term)).slice(0, limit);
}
