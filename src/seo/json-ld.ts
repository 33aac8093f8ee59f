/**
 * Structured data (schema.org JSON-LD, typed with schema-dts) generated from the content model: a
 * MedicalWebPage for every chapter, drug and pathway page (reviewed date, audience, the review it
 * is based on, the DOIs and PMIDs it cites), a Drug on each drug page, and a DefinedTermSet for the
 * glossary. Pure, so the shapes are unit-tested; the pages put the result in one <script> each.
 */
import type { DefinedTermSet, Drug, MedicalWebPage, WithContext } from "schema-dts";
import type { Reference } from "../citations/bibliography.ts";
import type { DrugData } from "../entities/drug-schema.ts";
import { DRUG_CLASS_LABELS } from "../entities/drug-schema.ts";
import { site } from "../site.config.ts";
import { isoDate } from "../text/dates.ts";

const REVIEW = {
  "@type": "ScholarlyArticle",
  name: site.sourceReview.title,
  author: { "@type": "Person", name: site.sourceReview.author.replace(/ \(.*\)/, "") },
  datePublished: site.sourceReview.posted,
  identifier: `https://doi.org/${site.sourceReview.doi}`,
  url: `https://doi.org/${site.sourceReview.doi}`,
} as const;

/** The works a page cites, by their identifiers only (names are on the page; this stays small). */
function citations(references: readonly Reference[]): string[] {
  return references.flatMap((r) => (r.doi ? [`https://doi.org/${r.doi}`] : r.pmid ? [`https://pubmed.ncbi.nlm.nih.gov/${r.pmid}/`] : []));
}

export interface PageFacts {
  title: string;
  description: string;
  url: string;
  lastReviewed: Date;
  references: readonly Reference[];
}

export function medicalWebPage(page: PageFacts, about?: Drug): WithContext<MedicalWebPage> {
  const cited = citations(page.references);
  return {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    name: page.title,
    description: page.description,
    url: page.url,
    lastReviewed: isoDate(page.lastReviewed),
    medicalAudience: [
      { "@type": "MedicalAudience", audienceType: "Clinician" },
      { "@type": "MedicalAudience", audienceType: "MedicalResearcher" },
    ],
    isBasedOn: REVIEW,
    isPartOf: { "@type": "WebSite", name: site.title },
    ...(cited.length ? { citation: cited } : {}),
    ...(about ? { about } : {}),
  };
}

export function drugThing(drug: DrugData): Drug {
  return {
    "@type": "Drug",
    name: drug.name,
    nonProprietaryName: drug.name,
    proprietaryName: drug.brandNames,
    ...(drug.abbreviations.length ? { alternateName: drug.abbreviations } : {}),
    drugClass: { "@type": "DrugClass", name: DRUG_CLASS_LABELS[drug.drugClass].singular },
    mechanismOfAction: drug.mechanism,
  };
}

export function glossaryTermSet(url: string, terms: readonly { id: string; term: string; expansion?: string | undefined }[]): WithContext<DefinedTermSet> {
  return {
    "@context": "https://schema.org",
    "@type": "DefinedTermSet",
    name: `${site.title} glossary`,
    url,
    // Names and anchors only: the definitions are on the page, and the block stays under 1.5 KB gzip.
    hasDefinedTerm: terms.map((t) => ({ "@type": "DefinedTerm", name: t.term, url: `${url}#${t.id}` })),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
