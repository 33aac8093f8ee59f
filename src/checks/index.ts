/**
 * All content checks, run over content already read from disk. Each rule is a pure function in its
 * own file; this module runs them in a fixed order and returns the problems sorted (errors first).
 */
import { checkBibliography } from "./bibliography.ts";
import { checkCitationKeys } from "./citation-keys.ts";
import { checkCitationPlacement } from "./citation-placement.ts";
import { prepareContent, type ContentTree, type PreparedContent } from "./content.ts";
import { checkContentFolders } from "./content-folders.ts";
import { checkContentSafety } from "./content-safety.ts";
import { checkEditorial } from "./editorial.ts";
import { checkEntityNames } from "./entity-names.ts";
import { checkFigureData } from "./figure-data.ts";
import { checkFigureIds } from "./figure-ids.ts";
import { checkFrontmatter } from "./frontmatter.ts";
import { checkGlossary } from "./glossary.ts";
import { checkImageAlt } from "./image-alt.ts";
import { checkInternalLinks } from "./internal-links.ts";
import { checkMdxSyntax } from "./mdx-syntax.ts";
import { checkPlaceholders } from "./placeholders.ts";
import { checkSearchConcepts } from "./search-concepts.ts";
import { formatProblem, sortProblems, type Problem, type RuleName } from "./problem.ts";
import { checkReviewDates, type ReviewContext } from "./review-dates.ts";
import { checkUncitedReferences } from "./uncited-references.ts";

export type { ContentTree } from "./content.ts";
export type { Problem, RuleName } from "./problem.ts";
export type { FileChange, ReviewContext } from "./review-dates.ts";

/** Every rule, by the name its problems carry (CONTRIBUTING.md lists what each checks). */
export const RULES: Record<RuleName, (content: PreparedContent, context: ReviewContext) => Problem[]> = {
  "mdx-syntax": checkMdxSyntax,
  frontmatter: checkFrontmatter,
  "citation-keys": checkCitationKeys,
  "citation-placement": checkCitationPlacement,
  bibliography: checkBibliography,
  "uncited-references": checkUncitedReferences,
  "internal-links": checkInternalLinks,
  "figure-ids": checkFigureIds,
  "figure-data": checkFigureData,
  "image-alt": checkImageAlt,
  glossary: checkGlossary,
  "entity-names": checkEntityNames,
  "review-dates": checkReviewDates,
  placeholders: checkPlaceholders,
  editorial: checkEditorial,
  "content-safety": checkContentSafety,
  "content-folders": checkContentFolders,
  "search-concepts": checkSearchConcepts,
};

/** Every rule's problems, sorted; a fault two rules meet is listed once. */
export function checkContent(tree: ContentTree, context: ReviewContext): Problem[] {
  const content = prepareContent(tree);
  const problems = Object.values(RULES).flatMap((rule) => rule(content, context));
  return sortProblems([...new Map(problems.map((p) => [formatProblem(p), p])).values()]);
}

/** How many files the checks read (for the summary line). */
export function fileCount(tree: ContentTree): number {
  return tree.chapters.length + tree.drugs.length + tree.pathways.length + 2 + (tree.glossary ? 1 : 0) + tree.editorialSources.length;
}
