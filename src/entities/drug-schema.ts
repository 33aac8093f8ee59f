/**
 * The frontmatter of a drug page (content/drugs/<slug>.mdx). Strict: an unknown field is an error,
 * so a misspelt field cannot silently go missing from the summary box. Class-specific fields are
 * checked with superRefine, so the build names the missing field (`payload`, `reversibility`).
 */
import { z } from "astro/zod";
import { sourceIdSchema } from "../editorial/source-schema.ts";
import { changesSchema } from "../content/changes.ts";

export const DRUG_CLASSES = ["monoclonal-antibody", "bispecific-antibody", "tyrosine-kinase-inhibitor", "antibody-drug-conjugate"] as const;
export type DrugClass = (typeof DRUG_CLASSES)[number];

export const DRUG_CLASS_LABELS: Record<DrugClass, { singular: string; plural: string; short: string }> = {
  "monoclonal-antibody": { singular: "Monoclonal antibody", plural: "Monoclonal antibodies", short: "Antibodies" },
  "bispecific-antibody": { singular: "Bispecific antibody", plural: "Bispecific antibodies", short: "Bispecifics" },
  "tyrosine-kinase-inhibitor": { singular: "Tyrosine kinase inhibitor (TKI)", plural: "Tyrosine kinase inhibitors", short: "TKIs" },
  "antibody-drug-conjugate": { singular: "Antibody–drug conjugate (ADC)", plural: "Antibody–drug conjugates", short: "ADCs" },
};

/** Receptors of the EGFR family a drug acts on. */
export const DRUG_TARGETS = ["EGFR", "HER2", "HER4"] as const;
export type DrugTarget = (typeof DRUG_TARGETS)[number];
export const DRUG_TARGET_LABELS: Record<DrugTarget, string> = { EGFR: "EGFR (HER1)", HER2: "HER2", HER4: "HER4" };

const text = z.string().trim().min(1, "must not be empty");
/** An editorial source id; the editorial rules check that it exists. */
const source = sourceIdSchema;

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
    reversibility: z.strictObject({ binding: z.enum(["reversible", "irreversible"]), source: z.enum(["review", "public-data"]) }).optional(),
    /** Whether the review discusses the drug (false for drugs approved after it: the page is wholly editorial). */
    inReview: z.boolean().default(true),
    /** Year of the first US FDA approval (public regulatory data, not from the review). */
    firstFdaApproval: z.number().int().min(1980).max(2100),
    /** Combinations and settings the review describes, one short phrase each. */
    settings: z.array(text).min(1),
    /** Editorial sources for `bindingSite` and `mechanism`, when they correct or go beyond the review. */
    mechanismSources: z.array(source).default([]),
    /**
     * Editorial (from the current US label, not the review): the prescribing information read, each
     * approved use in our own words with its first year where a source shows it, and the trials behind it.
     */
    labelSource: source,
    indications: z
      .array(
        z.strictObject({
          use: text.max(300),
          since: z.number().int().min(1980).max(2100).optional(),
          accelerated: z.boolean().default(false),
          trials: z.array(text).default([]),
          source,
        }),
      )
      .min(1, "list the label's indications (our own words), each with its source"),
    trials: z.array(z.strictObject({ name: text, result: sentence, source })).default([]),
    /** The label's boxed warnings (an empty list when the label has none: say so explicitly). */
    boxedWarnings: z.array(z.strictObject({ warning: text.max(200), source })),
    /** The main risks a prescriber watches for, from the label's warnings and precautions. */
    keyRisks: z.array(z.strictObject({ risk: text.max(200), source })).min(1, "list the main risks from the label's warnings, each with its source"),
    /** How an antibody–drug conjugate is built (ADCs only). */
    construction: z.strictObject({ linker: text, drugToAntibodyRatio: text, bystander: text.optional(), source }).optional(),
    /** One paragraph: the page description and the lead of the summary box. */
    summary: text.min(40).max(700),
    lastReviewed: z.coerce.date(),
    /** "Changes to this page", newest first (src/content/changes.ts). */
    changes: changesSchema,
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
    if (isAdc && !drug.construction)
      ctx.addIssue({
        code: "custom",
        path: ["construction"],
        message: "an antibody–drug conjugate needs its construction (linker, drug-to-antibody ratio, source)",
      });
    if (!isAdc && drug.construction) ctx.addIssue({ code: "custom", path: ["construction"], message: "only an antibody–drug conjugate has a construction" });
    const trialNames = new Set(drug.trials.map((t) => t.name));
    drug.indications.forEach((indication, i) =>
      indication.trials.forEach((name, j) => {
        if (!trialNames.has(name))
          ctx.addIssue({
            code: "custom",
            path: ["indications", i, "trials", j],
            message: `trial "${name}" is not in trials: add it there with its result and source`,
          });
      }),
    );
  });

export type DrugData = z.infer<typeof drugSchema>;

/** Timeline order: year of first approval, then name. */
export function byApproval(a: DrugData, b: DrugData): number {
  return a.firstFdaApproval - b.firstFdaApproval || a.name.localeCompare(b.name, "en");
}

/** The fields that name a drug, in order: generic name, abbreviations, brands, other names. */
export const DRUG_NAME_FIELDS = ["name", "abbreviations", "brandNames", "aliases"] as const;

/** Every name a reader may use for the drug. */
export function drugNames(drug: DrugData): string[] {
  return DRUG_NAME_FIELDS.flatMap((field) => drug[field]);
}
