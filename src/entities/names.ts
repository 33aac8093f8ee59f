/**
 * How entity names compare. Matching in text (mentions.ts) and duplicate checks (glossary, catalog)
 * share these rules, so two names that would match the same words are reported as duplicates.
 */
import { spellGreek } from "../text/greek.ts";

/**
 * A name written in lower case, or capitalised only at its start ("trastuzumab", "Herceptin"),
 * matches in any case; a name with capitals inside ("ER", "HER2", "NF-κB", "mTOR") is an
 * abbreviation and matches only as written, so "ER" never matches "her" or "Er".
 */
export function isCaseSensitive(name: string): boolean {
  return /[A-Z]/.test(name.slice(1));
}

/** The form two names are compared in: Greek spelled out, dashes and spaces unified, case folded. */
export function nameKey(name: string): string {
  return spellGreek(name)
    .toLowerCase()
    .replace(/[\s\u2010-\u2013-]+/g, "-")
    .trim();
}

/**
 * Names to show a reader, one per spelling: a name that only respells an earlier one ("NF-kappaB"
 * after "NF-κB", "beta-catenin" after "β-catenin") is left out. Search still gets every spelling.
 */
export function distinctNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = nameKey(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
