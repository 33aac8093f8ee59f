/**
 * References as CSL-JSON (the format Zotero, Mendeley and citeproc read), from the bibliography's
 * records: every author as the record lists them, full page ranges, DOI, PMID and PMCID.
 */
import type { Reference } from "../citations/bibliography.ts";
import { fullPageRange } from "../citations/export-formats.ts";

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: { family: string; given?: string }[];
  "container-title"?: string;
  publisher?: string;
  issued?: { "date-parts": number[][] };
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  URL?: string;
  note?: string;
}

/** "Bose, R." → { family: "Bose", given: "R." }; "others" is not an author. */
export function cslAuthors(authors: readonly string[]): CslItem["author"] {
  return authors
    .filter((a) => a !== "others")
    .map((a) => {
      const [family, given] = a.split(/,\s*/);
      return given ? { family: family!, given } : { family: family! };
    });
}

export function toCsl(ref: Reference): CslItem {
  const range = ref.pages ? fullPageRange(ref.pages) : undefined;
  const item: CslItem = {
    id: ref.key,
    type: ref.journal ? "article-journal" : "document",
    title: ref.title,
    author: cslAuthors(ref.authors),
    ...(ref.journal ? { "container-title": ref.journal } : {}),
    ...(ref.publisher ? { publisher: ref.publisher } : {}),
    ...(/^\d{4}$/.test(ref.year) ? { issued: { "date-parts": [[Number(ref.year)]] } } : {}),
    ...(ref.volume ? { volume: ref.volume } : {}),
    ...(ref.issue ? { issue: ref.issue } : {}),
    ...(range ? { page: range.last ? `${range.first}-${range.last}` : range.first } : {}),
    ...(ref.doi ? { DOI: ref.doi } : {}),
    ...(ref.pmid ? { PMID: ref.pmid } : {}),
    ...(ref.pmcid ? { PMCID: ref.pmcid } : {}),
    ...(ref.url ? { URL: ref.url } : {}),
    note: `Reference ${ref.number} of Cheng 2024 (doi:10.20944/preprints202406.0515.v1)${ref.authors.includes("others") ? "; author list truncated as the review lists it" : ""}`,
  };
  return item;
}
