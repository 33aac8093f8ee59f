/**
 * Runs before rehype-citation and covers what it does silently wrong (2.3.2): an unknown key is
 * left as text, and so is a citation inside a heading, emphasis or link. The first of these stops
 * the build here with the line `npm run check` prints for it (the rules are in citation-guard.ts). It also points citations of a declared duplicate entry (same-as) at the entry
 * it duplicates, so a chapter never lists one work twice.
 */
import type { Root, Text } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { canonicalKey, loadBibliography } from "./bibliography.ts";
import { formatProblem } from "../checks/problem.ts";
import { projectPath } from "../content/content-paths.ts";
import { citationProblem, findCitationProblems, type CitationProblem } from "./citation-guard.ts";
import { renameCitationKeys } from "./citation-syntax.ts";

export interface CitationGuardOptions {
  /** Path of the .bib file, absolute or relative to the working directory. */
  bibliography: string;
}

export default function remarkCitationGuard(options: CitationGuardOptions) {
  return (tree: Root, file: VFile) => {
    const bibliography = loadBibliography(options.bibliography);
    const source = typeof file.value === "string" ? file.value : undefined;
    const [problem] = findCitationProblems({ tree, keys: bibliography.byKey, bibliographyFile: bibliography.file, source });
    if (problem) fail(file, problem);
    visit(tree, "text", (node: Text) => {
      node.value = renameCitationKeys(node.value, (key) => canonicalKey(bibliography, key));
    });
  };
}

function fail(file: VFile, problem: CitationProblem): never {
  const place = { line: problem.line, column: problem.column };
  const found = citationProblem(file.path ? projectPath(file.path) : "<input>", problem);
  // The location leads the message too: Astro prints the message, not always the position.
  return file.fail(formatProblem(found), { start: place, end: place }, `her2-kb:${found.rule}`);
}
