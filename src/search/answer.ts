/**
 * What search answers before and around Pagefind's list: the concept a query names (an answer card
 * that links to its page), a typo correction when one is clearly best, and the spelling the pages
 * use. Pure, over the vocabulary the site ships (search-vocabulary.json), so it is unit-tested.
 */
import { suggest } from "./did-you-mean.ts";
import { exactEntry, type VocabularyEntry } from "./vocabulary.ts";
import { textKey } from "../text/text-key.ts";

/** Words that carry no meaning of their own in a question ("what does pertuzumab bind"). */
export const FILLER = new Set(
  "a an and are about bind binds by can do does for from how in into is it of on or the their to used use what when where which who why with work works".split(
    " ",
  ),
);

/** Which entry wins when several are named equally long: a page of its own beats a topic, a topic a definition. */
const PRIORITY: Record<string, number> = { Drug: 3, Pathway: 3, Topic: 2, Glossary: 1 };

function words(query: string): string[] {
  return query.split(/[\s,;:!?()"“”]+/).filter(Boolean);
}

/**
 * The entry a query names: the whole query, or else the longest run of its words that is a name or
 * alias (so "what does pertuzumab bind" names pertuzumab, "which drugs target HER2" the drug index).
 */
export function conceptOf(query: string, vocabulary: readonly VocabularyEntry[]): VocabularyEntry | undefined {
  const exact = exactEntry(query, [...vocabulary]);
  if (exact) return exact;
  const byName = new Map<string, VocabularyEntry>();
  for (const entry of vocabulary) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = textKey(name);
      const other = byName.get(key);
      if (key && (!other || (PRIORITY[entry.type] ?? 0) > (PRIORITY[other.type] ?? 0))) byName.set(key, entry);
    }
  }
  return longestNamedRun(words(query), byName) ?? longestNamedRun(words(query).map(singular), byName);
}

/** "dimers" → "dimer", "TKIs" → "TKI"; leaves "metastasis", "class", "virus" alone. */
export function singular(word: string): string {
  if (/^[A-Z0-9-]{2,}s$/.test(word)) return word.slice(0, -1); // an abbreviation's plural
  return word.length > 3 && word.endsWith("s") && !/(ss|us|is)$/i.test(word) ? word.slice(0, -1) : word;
}

function longestNamedRun(tokens: string[], byName: Map<string, VocabularyEntry>): VocabularyEntry | undefined {
  for (let size = tokens.length; size >= 1; size--) {
    let best: VocabularyEntry | undefined;
    for (let start = 0; start + size <= tokens.length; start++) {
      const run = tokens.slice(start, start + size);
      if (run.every((t) => FILLER.has(t.toLowerCase()))) continue;
      const entry = byName.get(textKey(run.join(" ")));
      if (entry && (!best || (PRIORITY[entry.type] ?? 0) > (PRIORITY[best.type] ?? 0))) best = entry;
    }
    if (best) return best;
  }
  return undefined;
}

/** The one correction of a misspelt query, when one is clearly the best (closer than any other). */
export function correctionOf(query: string, vocabulary: readonly VocabularyEntry[]): { to: string; entry: VocabularyEntry } | undefined {
  const [first, second] = suggest(query, [...vocabulary]);
  if (!first || (second && second.distance <= first.distance)) return undefined;
  return { to: first.term, entry: first.entry };
}

/** The query in the spellings the pages use ("esophageal tumor" → "oesophageal tumour"). */
export function respell(query: string, spellings: Readonly<Record<string, string>>): string {
  return query.replace(/[A-Za-z]+/g, (word) => {
    const to = spellings[word.toLowerCase()];
    if (!to) return word;
    return word[0] === word[0]!.toUpperCase() ? to[0]!.toUpperCase() + to.slice(1) : to;
  });
}
