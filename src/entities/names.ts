/**
 * How entity names compare. Duplicate checks (glossary, catalog) and search compare them by
 * textKey (src/text/text-key.ts), so a name search could not tell from another page's is a duplicate.
 */
import { textKey } from "../text/text-key.ts";

/**
 * A name written in lower case, or capitalised only at its start ("trastuzumab", "Herceptin"),
 * matches in any case; a name with capitals inside ("ER", "HER2", "NF-κB", "mTOR") is an
 * abbreviation and matches only as written, so "ER" never matches "her" or "Er".
 */
export function isCaseSensitive(name: string): boolean {
  return /[A-Z]/.test(name.slice(1));
}

/**
 * Names to show a reader, one per spelling: a name that only respells an earlier one ("NF-kappaB"
 * after "NF-κB", "beta-catenin" after "β-catenin") is left out. Search still gets every spelling.
 */
export function distinctNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = textKey(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
