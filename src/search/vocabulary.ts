/**
 * The site's own vocabulary: every entity's name and aliases with the page it belongs to. Built at
 * build time from content (never hard-coded) and shipped as a small JSON file that the search UI
 * loads when it opens, for "Did you mean …?".
 */
import { textKey } from "../text/text-key.ts";

export interface VocabularyEntry {
  /** The name shown to the reader ("Trastuzumab"). */
  name: string;
  /** Other names that lead to the same page (brand names, abbreviations, spellings). */
  aliases: string[];
  /** Site URL of the entity's page. */
  url: string;
  /** Page type, as used by the search filter ("Drug", "Pathway", "Glossary", "Chapter"). */
  type: string;
  /** The answer card's line: a drug's class, target, brand and approval; a pathway's gist; a definition. */
  card: string;
}

/** What /search-vocabulary.json holds: the concept table's entries and the spelling map. */
export interface SearchVocabulary {
  entries: VocabularyEntry[];
  /** A word as a reader may type it → the form the pages use ("tumor" → "tumour"). */
  spellings: Record<string, string>;
}

/** The entry whose name or alias is exactly the query (after normalising), if any. */
export function exactEntry(query: string, vocabulary: VocabularyEntry[]): VocabularyEntry | undefined {
  const wanted = textKey(query);
  if (!wanted) return undefined;
  return vocabulary.find((entry) => [entry.name, ...entry.aliases].some((term) => textKey(term) === wanted));
}
