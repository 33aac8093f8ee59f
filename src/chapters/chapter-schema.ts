/**
 * The frontmatter of a chapter (content/chapters/NN-slug.mdx). Kept out of content.config.ts, which
 * only Astro can load, so that the content checker (scripts/check-content.ts) and the scaffolds
 * validate chapters with the very schema the build uses. Strict, like the entity schemas: a misspelt
 * field is an error, not silently dropped.
 */
import { z } from "astro/zod";
import { changesSchema } from "../content/changes.ts";

export const chapterSchema = z.strictObject({
  title: z.string().min(3),
  /** The section of the source review this chapter mirrors. */
  section: z.number().int().min(1).max(7),
  /** Position in the reading order. */
  order: z.number().int().positive(),
  /** One paragraph shown on the home page and used as the page description. */
  summary: z.string().min(40).max(700),
  keyPoints: z.array(z.string().min(10)).min(2).max(8),
  /** The day the content was last checked against its sources (see CONTRIBUTING.md, "Review dates"). */
  lastReviewed: z.coerce.date(),
  /** "Changes to this page", newest first (src/content/changes.ts). */
  changes: changesSchema,
  reviewedBy: z.string().optional(),
});

export type ChapterData = z.infer<typeof chapterSchema>;

/** "03-dysregulation.mdx" → "dysregulation": the chapter's id and URL slug. */
export function chapterSlug(fileName: string): string {
  return fileName
    .replace(/^.*[\\/]/, "")
    .replace(/^\d+-/, "")
    .replace(/\.mdx$/, "");
}
