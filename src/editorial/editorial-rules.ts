/**
 * The editorial policy as rules over one page: every editorial block (<Correction>, <Update>)
 * names its sources, every named source exists, a correction says what the review says, and every
 * `source:`/`sources:` in the frontmatter (a drug's indications, trials, warnings) exists too.
 * Pure: the remark plugin (build) and `npm run check` both call it, so both stop on the same fault
 * in the same words.
 */
import type { Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import { isMap, isScalar, isSeq, type Node as YamlNode } from "yaml";
import { CONTENT_PATHS } from "../content/content-paths.ts";
import { parseYamlFile } from "../content/yaml-places.ts";
import type { Problem } from "../checks/problem.ts";
import { closest } from "../text/closest.ts";

/** The components that mark editorial content, and what each must carry. */
export const EDITORIAL_BLOCKS = {
  Correction: { label: "Correction", needsReview: true },
  Update: { label: "Since the review", needsReview: false },
} as const;
export type EditorialBlockName = keyof typeof EDITORIAL_BLOCKS;

export interface EditorialPage {
  /** Project-relative path, for messages. */
  file: string;
  tree: Root;
  /** The frontmatter's YAML text and the file line it starts on (1-based); absent when there is none. */
  frontmatter?: { yaml: string; firstLine: number };
}

export interface EditorialBlock {
  name: EditorialBlockName;
  node: MdxJsxFlowElement | MdxJsxTextElement;
  sources: string[];
}

export interface EditorialScan {
  problems: Problem[];
  blocks: EditorialBlock[];
  /** Every source the page names, in order of first use (frontmatter first, as the summary box comes first). */
  sourceIds: string[];
}

const isBlock = (name: string | null | undefined): name is EditorialBlockName => !!name && Object.hasOwn(EDITORIAL_BLOCKS, name);

function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name);
}

export function splitSourceIds(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

export function scanEditorial(page: EditorialPage, knownSources: ReadonlySet<string>): EditorialScan {
  const problems: Problem[] = [];
  const blocks: EditorialBlock[] = [];
  const used: string[] = [];
  const problem = (line: number, column: number, message: string, fix: string) =>
    problems.push({ file: page.file, line, column, rule: "editorial", severity: "error", message, fix });
  const checkIds = (ids: string[], line: number, column: number) => {
    for (const id of ids) {
      if (knownSources.has(id)) {
        if (!used.includes(id)) used.push(id);
        continue;
      }
      const guess = closest(id, knownSources);
      problem(
        line,
        column,
        `unknown editorial source "${id}"`,
        guess
          ? `did you mean "${guess}"? Sources are the ids in ${CONTENT_PATHS.editorialSources}/*.yaml`
          : `add it to ${CONTENT_PATHS.editorialSources}/*.yaml (with what you read and when), or name one that is there`,
      );
    }
  };

  // The frontmatter first: its sources show in the summary box, above the text.
  if (page.frontmatter) {
    for (const ref of frontmatterSourceRefs(page.frontmatter.yaml)) {
      checkIds(ref.ids, page.frontmatter.firstLine + ref.line - 1, ref.column);
    }
  }
  visit(page.tree, (node) => {
    if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (!isBlock(element.name)) return;
    const { line = 1, column = 1 } = element.position?.start ?? {};
    const rule = EDITORIAL_BLOCKS[element.name];
    const sourcesAttribute = attribute(element, "sources");
    let ids: string[] = [];
    if (!sourcesAttribute || sourcesAttribute.value === null || sourcesAttribute.value === undefined) {
      problem(line, column, `<${element.name}> has no sources`, `name what it rests on: sources="id …" with ids from ${CONTENT_PATHS.editorialSources}/*.yaml`);
    } else if (typeof sourcesAttribute.value !== "string") {
      problem(line, column, `<${element.name}> sources must be plain text, not an expression`, 'write sources="id1 id2"');
    } else {
      ids = splitSourceIds(sourcesAttribute.value);
      if (ids.length === 0)
        problem(
          line,
          column,
          `<${element.name}> has no sources`,
          `name what it rests on: sources="id …" with ids from ${CONTENT_PATHS.editorialSources}/*.yaml`,
        );
      checkIds(ids, line, column);
    }
    if (rule.needsReview) {
      const review = attribute(element, "review");
      if (typeof review?.value !== "string" || review.value.trim().length < 10) {
        problem(
          line,
          column,
          "a <Correction> must say what the review says",
          'add review="…": the review\'s claim in a few words of our own, so the reader sees the difference',
        );
      }
    }
    if (element.children.length === 0) problem(line, column, `<${element.name}> is empty`, "write what the evidence says inside it");
    blocks.push({ name: element.name, node: element, sources: ids });
  });

  return { problems, blocks, sourceIds: used };
}

/** The source ids a YAML file (the glossary) names, each checked: the ids in use, and the problems. */
export function yamlSourceProblems(file: string, yaml: string, knownSources: ReadonlySet<string>): Problem[] {
  const page = scanEditorial({ file, tree: { type: "root", children: [] }, frontmatter: { yaml, firstLine: 1 } }, knownSources);
  return page.problems;
}

/** Every `source`/`…Source: id` and `sources`/`…Sources: [ids]` in the frontmatter, with its place in the YAML. */
function frontmatterSourceRefs(yaml: string): { ids: string[]; line: number; column: number }[] {
  const { doc, at } = parseYamlFile(yaml);
  if (doc.errors.length > 0) return []; // the frontmatter rule reports invalid YAML
  const refs: { ids: string[]; line: number; column: number }[] = [];
  const place = (node: YamlNode) => at(node.range?.[0] ?? 0);
  const walk = (node: unknown) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : "";
        const value = pair.value;
        // A TKI's `reversibility.source` says whether the review states it (review | public-data): not a source id.
        if (key === "reversibility") continue;
        const isSources = /^(s|.+S)ources$/.test(key);
        if (/^(s|.+S)ource$/.test(key) && isScalar(value)) refs.push({ ids: [String(value.value)], ...place(value) });
        else if (isSources && isSeq(value)) {
          for (const item of value.items) if (isScalar(item)) refs.push({ ids: [String(item.value)], ...place(item) });
        } else if (isSources && isScalar(value)) refs.push({ ids: splitSourceIds(String(value.value)), ...place(value) });
        else walk(value);
      }
    } else if (isSeq(node)) node.items.forEach(walk);
  };
  walk(doc.contents);
  return refs;
}
