/**
 * Runs before rehype-citation and covers what it does silently wrong (2.3.2): an unknown key is
 * left as text, and so is a citation inside a heading, emphasis or link. Each of these stops the
 * build here with the file, line and column. It also points citations of a declared duplicate
 * entry (same-as) at the entry it duplicates, so a chapter never lists one work twice.
 */
import type { Root, Text } from "mdast";
import type { VFile } from "vfile";
import { visitParents } from "unist-util-visit-parents";
import { canonicalKey, loadBibliography } from "./bibliography.ts";
import { findCitations, renameCitationKeys } from "./citation-syntax.ts";

export interface CitationGuardOptions {
  /** Path of the .bib file, absolute or relative to the working directory. */
  bibliography: string;
}

const UNRENDERED_IN: Record<string, string> = {
  heading: "a heading",
  emphasis: "emphasis (*…*)",
  strong: "bold text (**…**)",
  link: "a link",
  delete: "struck-through text",
};

export default function remarkCitationGuard(options: CitationGuardOptions) {
  return (tree: Root, file: VFile) => {
    const bibliography = loadBibliography(options.bibliography);
    visitParents(tree, "text", (node: Text, ancestors) => {
      const clusters = findCitations(node.value);
      if (!clusters.length) return;
      for (const cluster of clusters) {
        const place = locate(node, cluster.start);
        const container = ancestors.find((a) => a.type in UNRENDERED_IN);
        if (container) {
          fail(file, place, `citation ${node.value.slice(cluster.start, cluster.end)} is inside ${UNRENDERED_IN[container.type]}, where it would not be rendered. Move it into the sentence next to it.`);
        }
        for (const key of cluster.keys) {
          if (!bibliography.byKey.has(key)) {
            fail(file, place, `unknown citation key "@${key}": it is not in ${bibliography.file}. Check the spelling, or add the reference to the bibliography.`);
          }
        }
      }
      node.value = renameCitationKeys(node.value, (key) => canonicalKey(bibliography, key));
    });
  };
}

function locate(node: Text, offset: number): { line: number; column: number } | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const before = node.value.slice(0, offset).split("\n");
  return before.length === 1
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + before.length - 1, column: before.at(-1)!.length + 1 };
}

function fail(file: VFile, place: { line: number; column: number } | undefined, reason: string): never {
  const where = `${file.path ?? "<input>"}${place ? `:${place.line}:${place.column}` : ""}`;
  // The location leads the message too: Astro prints the message, not always the position.
  return file.fail(`${where}: ${reason}`, place ? { start: place, end: place } : undefined, "citation-guard");
}
