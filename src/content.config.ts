/** The content model in one place: every collection, its folder under content/, and its schema. */
import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { z } from "astro/zod";

const chapters = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/chapters", generateId: ({ entry }) => entry.replace(/^\d+-/, "").replace(/\.mdx$/, "") }),
  schema: z.object({
    title: z.string().min(3),
    /** The section of the source review this chapter mirrors. */
    section: z.number().int().min(1).max(7),
    /** Position in the reading order. */
    order: z.number().int().positive(),
    /** One paragraph shown on the home page and used as the page description. */
    summary: z.string().min(40).max(700),
    keyPoints: z.array(z.string().min(10)).min(2).max(8),
    lastReviewed: z.coerce.date(),
    reviewedBy: z.string().optional(),
  }),
});

/** Figures are numbered and captioned in one place, so text and pages agree on "Figure 3". */
const figures = defineCollection({
  loader: file("./content/figures.yaml"),
  schema: z.object({
    number: z.number().int().positive(),
    title: z.string(),
    caption: z.string(),
    /** A text alternative for a drawn figure: what a sighted reader would take from it. */
    description: z.string().optional(),
  }),
});

export const collections = { chapters, figures };
