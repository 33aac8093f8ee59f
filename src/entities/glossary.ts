/** The glossary terms, alphabetical. */
import { getCollection, type CollectionEntry } from "astro:content";
import { byTerm } from "./glossary-schema.ts";

export type GlossaryEntry = CollectionEntry<"glossary">;

export async function getGlossary(): Promise<GlossaryEntry[]> {
  return (await getCollection("glossary")).sort((a, b) => byTerm(a.data, b.data));
}
