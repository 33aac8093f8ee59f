/**
 * Where the content lives, named once: the build (astro.config.mjs, the collections, the pages), the
 * checker and the scripts read these paths, all relative to the project root with "/" separators.
 */
import { relative, sep } from "node:path";
export const CONTENT_DIR = "content";

export const CONTENT_PATHS = {
  chapters: `${CONTENT_DIR}/chapters`,
  drugs: `${CONTENT_DIR}/drugs`,
  pathways: `${CONTENT_DIR}/pathways`,
  bibliography: `${CONTENT_DIR}/references.bib`,
  glossary: `${CONTENT_DIR}/glossary.yaml`,
  figures: `${CONTENT_DIR}/figures.yaml`,
  figureData: `${CONTENT_DIR}/figures`,
  editorialSources: `${CONTENT_DIR}/editorial-sources`,
  searchConcepts: `${CONTENT_DIR}/search-concepts.yaml`,
} as const;

/** The data a drawn figure is drawn from: figureDataFile("signalling-network") → content/figures/signalling-network.yaml. */
export function figureDataFile(id: string): string {
  return `${CONTENT_PATHS.figureData}/${id}.yaml`;
}

/** A file the build hands a plugin (absolute) as problems name it: relative to the project root, "/" separators. */
export function projectPath(file: string, root = process.cwd()): string {
  return relative(root, file).split(sep).join("/");
}

/** The folders whose .mdx files are pages. */
export const PAGE_FOLDERS = [CONTENT_PATHS.chapters, CONTENT_PATHS.drugs, CONTENT_PATHS.pathways] as const;
