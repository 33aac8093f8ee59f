/** A small, valid content tree (tests/fixtures/content-problems/clean) and ways to break it. */
import { prepareContent, type ContentTree, type PreparedContent, type SourceFile } from "../../../src/checks/content.ts";
import { formatProblem, sortProblems, type Problem } from "../../../src/checks/problem.ts";
import { readContentTree } from "../../../src/checks/read-tree.ts";
import type { ReviewContext } from "../../../src/checks/review-dates.ts";

export const CLEAN = "tests/fixtures/content-problems/clean";
export const TODAY = "2026-11-29";

export function cleanTree(): ContentTree {
  return readContentTree(CLEAN);
}

/** The tree with one file changed (or added, if `change` gets ""); throws if the change changes nothing. */
export function edit(tree: ContentTree, path: string, change: (text: string) => string): ContentTree {
  const all = [...tree.chapters, ...tree.drugs, ...tree.pathways, tree.bibliography, tree.figures, ...(tree.glossary ? [tree.glossary] : [])];
  const before = all.find((f) => f.path === path)?.text ?? "";
  const after = change(before);
  if (after === before) throw new Error(`edit: the change to ${path} changed nothing`);
  const file: SourceFile = { path, text: after };
  const swap = (files: SourceFile[], folder: string) =>
    path.startsWith(folder) ? [...files.filter((f) => f.path !== path), file].sort((a, b) => a.path.localeCompare(b.path)) : files;
  return {
    ...tree,
    chapters: swap(tree.chapters, "content/chapters/"),
    drugs: swap(tree.drugs, "content/drugs/"),
    pathways: swap(tree.pathways, "content/pathways/"),
    bibliography: path === tree.bibliography.path ? file : tree.bibliography,
    figures: path === tree.figures.path ? file : tree.figures,
    ...(path === tree.glossary?.path ? { glossary: file } : {}),
  };
}

type Rule = (content: PreparedContent, context: ReviewContext) => Problem[];

/** A rule's problems as `npm run check` prints them. */
export function run(rule: Rule, tree: ContentTree, context: ReviewContext = { today: TODAY, changes: new Map() }): string[] {
  return sortProblems(rule(prepareContent(tree), context)).map(formatProblem);
}
