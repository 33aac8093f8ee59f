/**
 * The editorial sources (content/editorial-sources/*.yaml): what the site's editors read to correct
 * the review or to add what came after it. They are kept apart from the review's 72 references so
 * that the review's numbering stays intact. Every source says what was read and when (`read`,
 * `checked`), and carries a DOI or PMID only when the page that was read shows it.
 */
import { z } from "astro/zod";

export const SOURCE_KINDS = ["label", "regulatory-notice", "trial-publication", "guideline", "article", "hcp-page"] as const;

export const SOURCE_KIND_LABELS: Record<(typeof SOURCE_KINDS)[number], string> = {
  label: "Prescribing information",
  "regulatory-notice": "Regulatory notice",
  "trial-publication": "Trial publication",
  guideline: "Guideline",
  article: "Article",
  "hcp-page": "Manufacturer's page for health professionals",
};

const text = z.string().trim().min(1, "must not be empty");

/** How a source is named where it is used (`sources="…"`, a drug's `source:`, a glossary entry). */
export const sourceIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "name an id from content/editorial-sources/*.yaml (lower-case kebab-case)");

export const editorialSourceSchema = z
  .strictObject({
    /** Kebab-case, used in `sources="…"` attributes and drug frontmatter. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "write the id in lower-case kebab-case (fda-label-enhertu)"),
    kind: z.enum(SOURCE_KINDS),
    title: text,
    /** Who issued it (a company, an agency, a society) or, for articles, its authors. */
    publisher: text.optional(),
    authors: text.optional(),
    journal: text.optional(),
    year: z.number().int().min(1950).max(2100).optional(),
    url: z.url({ protocol: /^https?$/, error: "give the address of the page that was read (http or https)" }),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, "a DOI starts with 10. (no https://doi.org/ prefix)")
      .optional(),
    pmid: z
      .string()
      .regex(/^\d{1,9}$/, "a PMID is digits only")
      .optional(),
    /** What of the source was read: sections, tables, the abstract. */
    read: text,
    /** When it was read (YYYY-MM-DD). */
    checked: z.iso.date("write the date it was read as YYYY-MM-DD").transform((d) => new Date(`${d}T00:00:00Z`)),
  })
  .refine((s) => s.publisher || s.authors, { message: "name the publisher or the authors", path: ["publisher"] });

export type EditorialSource = z.output<typeof editorialSourceSchema>;
