/** The frontmatter schema of each kind of page: the schemas the content collections use. */
import type { z } from "astro/zod";
import { chapterSchema } from "../chapters/chapter-schema.ts";
import { drugSchema } from "../entities/drug-schema.ts";
import { pathwaySchema } from "../entities/pathway-schema.ts";
import type { PageKind } from "./content.ts";

export const PAGE_SCHEMAS: Record<PageKind, z.ZodType> = { chapter: chapterSchema, drug: drugSchema, pathway: pathwaySchema };

/** The fields a schema knows (for "did you mean" on a misspelt field). */
export function schemaFields(schema: z.ZodType): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}
