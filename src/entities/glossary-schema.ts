/**
 * The glossary (content/glossary.yaml): one list of terms. Each term is validated on its own, and
 * the whole list is checked so that no term or alias is defined twice (the error names both).
 */
import { z } from "astro/zod";
import { sourceIdSchema } from "../editorial/source-schema.ts";
import { createSlugger } from "../headings/slug.ts";
import { textKey } from "../text/text-key.ts";

const text = z.string().trim().min(1, "must not be empty");

export const glossaryTermSchema = z.strictObject({
  /** As the chapters write it: an abbreviation ("ADC") or a short term ("NK cell"). */
  term: text,
  /** What an abbreviation stands for ("antibody–drug conjugate"). */
  expansion: text.optional(),
  /** One or two plain sentences. */
  definition: text.max(320),
  /** Other spellings and plurals the chapters use ("ADCs"); each is marked like the term. */
  aliases: z.array(text).default([]),
  /** The slug of a drug or pathway page that tells more. */
  seeAlso: text.optional(),
  /**
   * Editorial sources (ids in content/editorial-sources/*.yaml) when the definition corrects the
   * review or goes beyond it; the glossary then marks the entry as editorial and links them.
   */
  editorialSources: z.array(sourceIdSchema).default([]),
});

export type GlossaryTermData = z.infer<typeof glossaryTermSchema>;
export interface GlossaryTerm extends GlossaryTermData {
  /** Anchor on the glossary page, from the term ("PD-L1" → "pd-l1", "HIF-1α" → "hif-1alpha"). */
  id: string;
}

export const glossarySchema = z.array(glossaryTermSchema).superRefine((terms, ctx) => {
  const seen = new Map<string, { index: number; what: string }>();
  terms.forEach((entry, index) => {
    const names = [entry.term, ...(entry.expansion ? [entry.expansion] : []), ...entry.aliases];
    const what = (name: string) => (name === entry.term ? `the term "${name}"` : `"${name}" (under "${entry.term}")`);
    for (const name of new Set(names)) {
      const key = textKey(name);
      const first = seen.get(key);
      if (first && first.index !== index) {
        ctx.addIssue({
          code: "custom",
          path: [index, "term"],
          message: `${what(name)} is defined twice: also as ${first.what} (entry ${first.index + 1}); keep one`,
        });
      } else if (!first) seen.set(key, { index, what: what(name) });
    }
  });
});

/** Gives each term its anchor id. */
export function withIds(terms: GlossaryTermData[]): GlossaryTerm[] {
  const slug = createSlugger();
  return terms.map((term) => ({ ...term, id: slug(term.term) }));
}

/** The names that mark a term in text: the term, its expansion and its aliases. */
export function glossaryNames(term: GlossaryTermData): string[] {
  return [term.term, ...(term.expansion ? [term.expansion] : []), ...term.aliases];
}

/** Alphabetical order of terms, ignoring case ("mTOR" between "MMP" and "Monoclonal antibody"). */
export function byTerm(a: GlossaryTermData, b: GlossaryTermData): number {
  return a.term.localeCompare(b.term, "en", { sensitivity: "base" });
}

/** Terms grouped under their first letter ("mTOR" under M, "IκBα" under I), alphabetically. */
export function byInitial<T extends GlossaryTermData>(terms: T[]): { letter: string; terms: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const term of [...terms].sort(byTerm)) {
    const letter = term.term[0]!.toUpperCase();
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups].map(([letter, terms]) => ({ letter, terms }));
}
