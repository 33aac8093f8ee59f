/**
 * The frontmatter of a drug page (content/drugs/<slug>.mdx). Strict: an unknown field is an error,
 * so a misspelt field cannot silently go missing from the summary box. Class-specific fields are
 * checked with superRefine, so the build names the missing field (`payload`, `reversibility`).
 */
import { z } from "astro/zod";

export const DRUG_CLASSES = ["monoclonal-antibody", "tyrosine-kinase-inhibitor", "antibody-drug-conjugate"] as const;
export type DrugClass = (typeof DRUG_CLASSES)[number];

export const DRUG_CLASS_LABELS: Record<DrugClass, { singular: string; plural: string; short: string }> = {
  "monoclonal-antibody": { singular: "Monoclonal antibody", plural: "Monoclonal antibodies", short: "Antibodies" },
  "tyrosine-kinase-inhibitor": { singular: "Tyrosine kinase inhibitor (TKI)", plural: "Tyrosine kinase inhibitors", short: "TKIs" },
  "antibody-drug-conjugate": { singular: "Antibody–drug conjugate (ADC)", plural: "Antibody–drug conjugates", short: "ADCs" },
};

/** Receptors of the EGFR family a drug acts on. */
export const DRUG_TARGETS = ["EGFR", "HER2", "HER4"] as const;
export type DrugTarget = (typeof DRUG_TARGETS)[number];
export const DRUG_TARGET_LABELS: Record<DrugTarget, string> = { EGFR: "EGFR (HER1)", HER2: "HER2", HER4: "HER4" };

const text = z.string().trim().min(1, "must not be empty");

/** One sentence: no full stop followed by a new sentence inside it. */
const sentence = text.max(240).refine((s) => !/[.!?]\s+[A-Z]/.test(s), "write one sentence");

export const drugSchema = z
  .strictObject({
    /** Generic name, as a page title ("Ado-trastuzumab emtansine"). */
    name: text,
    /** Short forms in common use ("T-DM1"). */
    abbreviations: z.array(text).default([]),
    /** US brand names (public regulatory data, not from the review). */
    brandNames: z.array(text).min(1),
    /** Other names the review or the chapters use ("trastuzumab deruxtecan"); searched and linked. */
    aliases: z.array(text).default([]),
    drugClass: z.enum(DRUG_CLASSES),
    targets: z.array(z.enum(DRUG_TARGETS)).min(1),
    bindingSite: text,
    mechanism: sentence,
    /** What an antibody–drug conjugate delivers; ADCs only. */
    payload: text.optional(),
    /** How a TKI binds its kinase; TKIs only. `source` says whether the review states it. */
    reversibility: z
      .strictObject({ binding: z.enum(["reversible", "irreversible"]), source: z.enum(["review", "public-data"]) })
      .optional(),
    /** Year of the first US FDA approval (public regulatory data, not from the review). */
    firstFdaApproval: z.number().int().min(1980).max(2100),
    /** Combinations and settings the review describes, one short phrase each. */
    settings: z.array(text).min(1),
    /** One paragraph: the page description and the lead of the summary box. */
    summary: text.min(40).max(700),
    lastReviewed: z.coerce.date(),
    reviewedBy: text.optional(),
  })
  .superRefine((drug, ctx) => {
    const isAdc = drug.drugClass === "antibody-drug-conjugate";
    const isTki = drug.drugClass === "tyrosine-kinase-inhibitor";
    if (isAdc && !drug.payload) ctx.addIssue({ code: "custom", path: ["payload"], message: "an antibody–drug conjugate needs a payload" });
    if (!isAdc && drug.payload) ctx.addIssue({ code: "custom", path: ["payload"], message: "only an antibody–drug conjugate has a payload" });
    if (isTki && !drug.reversibility) {
      ctx.addIssue({ code: "custom", path: ["reversibility"], message: "a tyrosine kinase inhibitor needs reversibility (binding and source)" });
    }
    if (!isTki && drug.reversibility) ctx.addIssue({ code: "custom", path: ["reversibility"], message: "only a tyrosine kinase inhibitor has reversibility" });
  });

export type DrugData = z.infer<typeof drugSchema>;

/** Timeline order: year of first approval, then name. */
export function byApproval(a: DrugData, b: DrugData): number {
  return a.firstFdaApproval - b.firstFdaApproval || a.name.localeCompare(b.name, "en");
}

/** Every name a reader may use for the drug: generic name, abbreviations, brands, other names. */
export function drugNames(drug: DrugData): string[] {
  return [drug.name, ...drug.abbreviations, ...drug.brandNames, ...drug.aliases];
}
