/**
 * Where each reference is cited across the site, grouped by page section, for backlinks on the
 * References page. Built from the source index of each page (src/source-index/), not from rendered pages.
 */
import type { SourceCitation } from "../source-index/source-index.ts";
import { canonicalKey, type Bibliography, type Reference } from "./bibliography.ts";

export interface CitingPage {
  /** URL path builder input: the page's slug and its title as shown to readers. */
  slug: string;
  title: string;
  citations: SourceCitation[];
}

export interface CitingSection {
  slug: string;
  pageTitle: string;
  sectionId?: string;
  sectionTitle?: string;
  /** Ids of the citations (`cite-N`) in this section that cite the reference, in reading order. */
  citationIds: string[];
}

export function indexCitations(pages: CitingPage[]): Map<string, CitingSection[]> {
  const byKey = new Map<string, CitingSection[]>();
  for (const page of pages) {
    for (const citation of page.citations) {
      for (const key of new Set(citation.keys)) {
        const sections = byKey.get(key) ?? [];
        let section = sections.find((s) => s.slug === page.slug && s.sectionId === citation.section?.id);
        if (!section) {
          section = { slug: page.slug, pageTitle: page.title, sectionId: citation.section?.id, sectionTitle: citation.section?.text, citationIds: [] };
          sections.push(section);
        }
        section.citationIds.push(citation.id);
        byKey.set(key, sections);
      }
    }
  }
  return byKey;
}

/**
 * The references a page cites, once each, in order of first citation (the order of the page's
 * numbered bibliography), with declared duplicates resolved to the entry they repeat.
 */
export function referencesCitedIn(citations: SourceCitation[], bibliography: Bibliography): Reference[] {
  const seen = new Set<string>();
  const references: Reference[] = [];
  for (const citation of citations) {
    for (const key of citation.keys) {
      const canonical = canonicalKey(bibliography, key);
      if (seen.has(canonical)) continue;
      seen.add(canonical);
      const reference = bibliography.byKey.get(canonical);
      if (reference) references.push(reference);
    }
  }
  return references;
}
