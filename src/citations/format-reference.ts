import type { Reference } from "./bibliography.ts";
import { fullPageRange } from "./export-formats.ts";

/** "Bose, R." → "Bose R"; "von Minckwitz, G." → "von Minckwitz G"; "others" → "et al." */
export function vancouverName(author: string): string {
  if (author === "others") return "et al.";
  const [family, given = ""] = author.split(/,\s*/);
  const initials = given.replace(/[^A-ZÀ-Ý]/g, "");
  return initials ? `${family} ${initials}` : family!;
}

/** The parts of a Vancouver-style reference, for pages that lay them out themselves. */
export function formatReference(ref: Reference): { authors: string; title: string; source: string } {
  const names = ref.authors.map(vancouverName);
  const authors = names.join(", ").replace(/, et al\.$/, ", et al.");
  const title = ref.title.replace(/[.?!]?$/, (end) => end || ".");
  let source: string;
  if (ref.journal) {
    const volume = ref.volume ?? "";
    const issue = ref.issue ? `(${ref.issue})` : "";
    const range = ref.pages ? fullPageRange(ref.pages) : undefined;
    const pages = range ? `:${range.first}${range.last ? `–${range.last}` : ""}` : "";
    source = `${ref.journal}. ${ref.year}${volume || issue ? `;${volume}${issue}` : ""}${pages}.`;
  } else {
    source = `${ref.publisher ?? ""}${ref.publisher ? "; " : ""}${ref.year}.`;
  }
  return { authors: authors.endsWith(".") ? authors : `${authors}.`, title, source };
}

/** One line of plain text, e.g. for a tooltip or a meta tag. */
export function referenceText(ref: Reference): string {
  const { authors, title, source } = formatReference(ref);
  return `${authors} ${title} ${source}`;
}

/**
 * Where a reader can open the work: its DOI when it was checked against the article's record,
 * otherwise a PubMed search for the exact title (a guessed identifier would be worse than none).
 */
export function referenceLink(ref: Reference): { href: string; label: string; kind: "doi" | "pubmed" | "preprint" | "pubmed-search" } {
  if (ref.doi) return { href: `https://doi.org/${ref.doi}`, label: `doi:${ref.doi}`, kind: "doi" };
  if (ref.pmid) return { href: `https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/`, label: `PMID ${ref.pmid}`, kind: "pubmed" };
  // A preprint PubMed does not index: link the page it was read on.
  if (ref.url) return { href: ref.url, label: "Read the preprint", kind: "preprint" };
  const query = encodeURIComponent(`"${ref.title}"[Title]`);
  return { href: `https://pubmed.ncbi.nlm.nih.gov/?term=${query}`, label: "Search PubMed by title", kind: "pubmed-search" };
}
