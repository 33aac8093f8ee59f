/** An entry of content/figures.yaml: the collection's schema, and the checker's. */
import { z } from "astro/zod";

export const figureEntrySchema = z.object({
  number: z.number().int().positive(),
  title: z.string(),
  caption: z.string(),
  /** A text alternative for a drawn figure: what a sighted reader would take from it. */
  description: z.string().optional(),
});
