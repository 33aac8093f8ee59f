/** The frontmatter of a pathway page (content/pathways/<id>.mdx, id one of PATHWAY_IDS). Strict. */
import { z } from "astro/zod";
import { changesSchema } from "../content/changes.ts";

const text = z.string().trim().min(1, "must not be empty");

export const pathwaySchema = z.strictObject({
  /** As the chapters write it ("Ras/Raf/MEK/ERK"). */
  name: text,
  /** Other names ("MAPK", "ERK pathway"); searched and linked in the chapters. */
  aliases: z.array(text).default([]),
  /** The cascade, one step per item, in order. */
  steps: z.array(text).min(1),
  /** What the pathway drives in the cell, short phrases ("proliferation"). */
  drives: z.array(text).min(1),
  /** Ids of the nodes of Figure 1 that belong to this pathway. */
  figureNodes: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "use a Figure 1 node id (lower case)")).min(1),
  /** Slugs of drug pages the review connects with this pathway. */
  drugs: z.array(text).default([]),
  /** Agents or drug classes the review connects with it that have no page ("endocrine therapy"). */
  otherAgents: z.array(text).default([]),
  summary: text.min(40).max(700),
  lastReviewed: z.coerce.date(),
  /** "Changes to this page", newest first (src/content/changes.ts). */
  changes: changesSchema,
  reviewedBy: text.optional(),
});

export type PathwayData = z.infer<typeof pathwaySchema>;

/** The fields that name a pathway, in order. */
export const PATHWAY_NAME_FIELDS = ["name", "aliases"] as const;

export function pathwayNames(pathway: PathwayData): string[] {
  return PATHWAY_NAME_FIELDS.flatMap((field) => pathway[field]);
}
