/** The content model in one place: every collection, its folder under content/, and its schema. */
import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import { CONTENT_PATHS } from "./content/content-paths.ts";
import { strictGlob } from "./content/strict-glob.ts";
import { chapterSchema, chapterSlug } from "./chapters/chapter-schema.ts";
import { drugSchema } from "./entities/drug-schema.ts";
import { glossaryTermSchema } from "./entities/glossary-schema.ts";
import { glossaryLoader } from "./entities/glossary-loader.ts";
import { pathwaySchema } from "./entities/pathway-schema.ts";
import { editorialSourceSchema } from "./editorial/source-schema.ts";
import { figureEntrySchema } from "./figures/figures-schema.ts";
import { figuresLoader } from "./figures/figures-loader.ts";
import { figureDataLoader } from "./figures/figure-data-loader.ts";
import type { DataFigureId, FigureData } from "./figures/drawings.ts";
import { editorialSourcesLoader } from "./editorial/sources-loader.ts";
import type { Reference } from "./citations/bibliography.ts";
import { referencesLoader } from "./citations/references-loader.ts";

const chapters = defineCollection({
  loader: strictGlob({ folder: CONTENT_PATHS.chapters, schema: chapterSchema, slug: chapterSlug, ordered: true }),
  schema: chapterSchema,
});

/** Figures are numbered and captioned in one place, so text and pages agree on "Figure 3". */
const figures = defineCollection({
  loader: figuresLoader(CONTENT_PATHS.figures),
  schema: figureEntrySchema,
});

/** The data each drawn figure is drawn from (content/figures/<id>.yaml), validated by its schema in the loader. */
const figureData = defineCollection({ loader: figureDataLoader(), schema: z.custom<FigureData<DataFigureId>>() });

/** Drug pages (content/drugs/<slug>.mdx): typed frontmatter for the summary box, the index and Figure 3. */
const drugs = defineCollection({ loader: strictGlob({ folder: CONTENT_PATHS.drugs, schema: drugSchema }), schema: drugSchema });

/** Pathway pages (content/pathways/<id>.mdx, id one of the pathway ids Figure 1 links to). */
const pathways = defineCollection({ loader: strictGlob({ folder: CONTENT_PATHS.pathways, schema: pathwaySchema }), schema: pathwaySchema });

/** Glossary terms, from one file; a term or alias defined twice stops the build. */
const glossary = defineCollection({ loader: glossaryLoader(CONTENT_PATHS.glossary), schema: glossaryTermSchema });

/**
 * What the editors read to correct the review or add what came after it (labels, trials,
 * guidelines), kept apart from the review's references so the review's numbering stays intact.
 */
const editorialSources = defineCollection({ loader: editorialSourcesLoader(), schema: editorialSourceSchema });

/**
 * The review's references (content/references.bib), validated by the bibliography's own rules in
 * its loader; the schema only names their type.
 */
const references = defineCollection({ loader: referencesLoader(), schema: z.custom<Reference>() });

export const collections = { chapters, figures, figureData, drugs, pathways, glossary, editorialSources, references };
