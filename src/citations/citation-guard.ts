/**
 * The citation rules of the build, as a pure function over a parsed Markdown/MDX tree: it lists
 * every citation rehype-citation (2.3.2) would get silently wrong. The remark plugin
 * (remark-citation-guard.ts) stops the build on the first one; the content checker
 * (src/checks/) reports them all.
 * - a key that is not in the bibliography (rehype-citation leaves the citation as text);
 * - a citation inside a heading, emphasis, bold or struck-through text or a link (not rendered).
 */
import type { Root, Text } from "mdast";
import { visitParents } from "unist-util-visit-parents";
import type { Problem, RuleName } from "../checks/problem.ts";
import { closest } from "../text/closest.ts";
import { findCitations } from "./citation-syntax.ts";

/** The checker rule that reports each kind of citation problem. */
const RULE_OF_KIND: Record<CitationProblem["kind"], RuleName> = { "unknown-key": "citation-keys", placement: "citation-placement" };

/** A citation problem in `file`, as `npm run check` and the build print it. */
export function citationProblem(file: string, problem: CitationProblem): Problem {
  return { file, line: problem.line, column: problem.column, rule: RULE_OF_KIND[problem.kind], severity: "error", message: problem.message, fix: problem.fix };
}

export interface CitationProblem {
  kind: "unknown-key" | "placement";
  line: number;
  column: number;
  /** The whole cluster as written ("[@a; @b]"). */
  citation: string;
  /** The unknown key, for kind "unknown-key". */
  key?: string;
  /** What is wrong, starting in lower case, without a final full stop. */
  message: string;
  /** What to do about it, same style. */
  fix: string;
}

/** Where a citation would not be rendered, with the words a maintainer knows it by. */
export const UNRENDERED_IN: Record<string, string> = {
  heading: "a heading",
  emphasis: "emphasis (*…*)",
  strong: "bold text (**…**)",
  link: "a link",
  delete: "struck-through text",
};

export interface CitationGuardInput {
  tree: Root;
  /** The keys of the bibliography. */
  keys: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  /** The bibliography's path, as messages name it. */
  bibliographyFile: string;
  /** The source the tree was parsed from: gives exact columns even after escapes such as "\<". */
  source?: string;
}

/** Every citation problem in the tree, in reading order (for one cluster: placement, then keys). */
export function findCitationProblems({ tree, keys, bibliographyFile, source }: CitationGuardInput): CitationProblem[] {
  const problems: CitationProblem[] = [];
  visitParents(tree, "text", (node: Text, ancestors) => {
    const cursor = { at: 0 };
    for (const cluster of findCitations(node.value)) {
      const citation = node.value.slice(cluster.start, cluster.end);
      const place = locate(node, cluster.start, citation, source, cursor) ?? { line: 0, column: 0 };
      const container = ancestors.find((a) => a.type in UNRENDERED_IN);
      if (container) {
        problems.push({
          kind: "placement",
          ...place,
          citation,
          message: `citation ${citation} is inside ${UNRENDERED_IN[container.type]}, where it would not be rendered`,
          fix: "move it into the sentence next to it",
        });
      }
      for (const key of cluster.keys) {
        if (keys.has(key)) continue;
        const suggestion = closest(key, keys.keys());
        problems.push({
          kind: "unknown-key",
          ...place,
          citation,
          key,
          message: `unknown citation key "@${key}": it is not in ${bibliographyFile}`,
          fix: suggestion
            ? `did you mean "@${suggestion}"? Otherwise add the reference to the bibliography`
            : "check the spelling, or add the reference to the bibliography",
        });
      }
    }
  });
  return problems;
}

/**
 * The 1-based line and column of `offset` in a text node. With the source, the citation is found
 * where the node really starts, so escapes before it do not shift the column.
 */
function locate(
  node: Text,
  offset: number,
  citation: string,
  source: string | undefined,
  /** Where to search the node's source from: past the previous citation of the same node. */
  cursor: { at: number },
): { line: number; column: number } | undefined {
  const start = node.position?.start;
  const end = node.position?.end;
  if (!start) return undefined;
  if (source !== undefined && start.offset !== undefined && end?.offset !== undefined) {
    const at = source.slice(start.offset, end.offset).indexOf(citation, cursor.at);
    if (at >= 0) {
      cursor.at = at + citation.length;
      const before = source.slice(0, start.offset + at).split("\n");
      return { line: before.length, column: before.at(-1)!.length + 1 };
    }
  }
  const before = node.value.slice(0, offset).split("\n");
  return before.length === 1
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + before.length - 1, column: before.at(-1)!.length + 1 };
}
