/**
 * Reads an MDX body (not the rendered page) into its outline and its citations, so that any page
 * of the build (sidebar, References page) can know every chapter's sections and citations
 * without rendering them. Ids and citation ordinals match what the renderer produces: the same
 * slugger, and citations counted in reading order as rehype-citation counts them.
 */
import { findCitations } from "../citations/citation-syntax.ts";
import { citationId } from "../citations/rehype-citation-links.ts";
import { createSlugger } from "./slug.ts";

export interface OutlineHeading {
  depth: number;
  text: string;
  id: string;
}

export interface SourceCitation {
  /** The id of the citation on its page (`cite-N`). */
  id: string;
  keys: string[];
  /** The innermost section (h2 or h3) the citation sits in; undefined before the first heading. */
  section?: OutlineHeading;
  line: number;
}

export interface DocumentIndex {
  headings: OutlineHeading[];
  citations: SourceCitation[];
}

const HEADING = /^(#{2,6})\s+(.+?)\s*#*\s*$/;
const FENCE = /^\s*(`{3,}|~{3,})/;

/** Inline markdown reduced to the text a reader sees: links, emphasis and code marks dropped. */
export function plainInline(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`]/g, "")
    .trim();
}

export function indexDocument(body: string, firstLine = 1): DocumentIndex {
  const slug = createSlugger();
  const headings: OutlineHeading[] = [];
  const citations: SourceCitation[] = [];
  let section: OutlineHeading | undefined;
  let fence: string | undefined;
  body.split("\n").forEach((line, i) => {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1]![0];
      else if (fenceMatch[1]![0] === fence) fence = undefined;
      return;
    }
    if (fence || /^(import|export)\s/.test(line)) return;
    const heading = HEADING.exec(line);
    if (heading) {
      const text = plainInline(heading[2]!);
      const entry = { depth: heading[1]!.length, text, id: slug(text) };
      headings.push(entry);
      if (entry.depth <= 3) section = entry;
      return;
    }
    for (const cluster of findCitations(line)) {
      citations.push({ id: citationId(citations.length + 1), keys: cluster.keys, section, line: firstLine + i });
    }
  });
  return { headings, citations };
}
