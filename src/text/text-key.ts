/**
 * The one form texts are compared in, everywhere: entity and glossary names (duplicates, the
 * checker and the build), search terms (answer cards, "Did you mean …?") and bibliography titles
 * (the same work entered twice). Two names that search could not tell apart are one name.
 */
import { spellGreek } from "./greek.ts";

/** Lower case, Greek letters spelled out, accents, punctuation and spaces dropped: "NF-κB" → "nfkappab". */
export function textKey(text: string): string {
  return spellGreek(text.toLowerCase())
    .normalize("NFKD")
    .replace(/[^a-z0-9]/g, "");
}
