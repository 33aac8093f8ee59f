/**
 * One read of an MDX body for everything that must know a page without rendering it: the sidebar
 * (headings), the References page and the chapter downloads (citations), "Discussed in" (sections
 * and their prose), a figure's own page (the figures placed) and the content checker (the tree, and
 * all of these). The body is parsed with
 * the pipeline's own parser (src/markdown/parser.ts) and walked as the renderer walks it: heading
 * ids from the renderer's slugger over the heading's text, citations numbered in reading order as
 * rehype-citation numbers them, prose as the entity linker sees it (./prose.ts). Each distinct body
 * is parsed once per process.
 */
import type { Nodes, Parent, Root, Text } from "mdast";
import { toString } from "mdast-util-to-string";
import { unified } from "unified";
import { jsxAttribute, jsxElements } from "../checks/mdx-nodes.ts";
import { UNRENDERED_IN } from "../citations/citation-guard.ts";
import { findCitations } from "../citations/citation-syntax.ts";
import { citationId } from "../citations/rehype-citation-links.ts";
import { createSlugger } from "../headings/slug.ts";
import { SOURCE_PARSER } from "../markdown/parser.ts";
import { visitProse } from "./prose.ts";

export interface Place {
  /** 1-based, in the parsed body. */
  line: number;
  column: number;
}

export interface SourceHeading extends Place {
  /** 2–6 (an h1 gets no id and opens no section). */
  depth: number;
  /** As the page shows it ("2.1 Interaction with other EGFR-family members"). */
  text: string;
  /** Its id on the page ("interaction-with-other-egfr-family-members"). */
  id: string;
}

export interface SourceCitation extends Place {
  /** The id of the citation on its page (`cite-N`). */
  id: string;
  /** The keys as written (a declared duplicate is not yet resolved). */
  keys: string[];
  /** The innermost section (h2 or h3) the citation sits in; undefined before the first heading. */
  section?: SourceHeading;
}

/** A prose text node: where names are linked and mentions counted. */
export interface ProseRun extends Place {
  value: string;
  /** Its block (paragraph, list item's paragraph, table row) in the section's `blocks`. */
  block: number;
}

export interface SourceSection {
  /** The h2 or h3 opening the section (an h4 and below stay in it); undefined for the opening text. */
  heading?: SourceHeading;
  /** The h2 the section belongs to (itself for an h2); undefined before the first h2. */
  h2?: SourceHeading;
  /** Each block's text as a reader sees it: citations left out, a table row's cells joined by " · ". */
  blocks: string[];
  prose: ProseRun[];
}

/** A figure placed on the page: a `<Figure id="…">` element with a literal id. */
export interface SourceFigure extends Place {
  /** The figure's id in content/figures.yaml (not checked here: see src/checks/figure-ids.ts). */
  id: string;
}

export interface SourceIndex {
  headings: SourceHeading[];
  citations: SourceCitation[];
  /** The sections in reading order; the opening text is one only when it has prose. */
  sections: SourceSection[];
  /** The figures placed, in reading order. */
  figures: SourceFigure[];
}

export interface IndexedSource extends SourceIndex {
  /** The parsed body, shared by every reader of the index: do not change it. */
  tree: Root;
}

const parser = unified().use(SOURCE_PARSER);
const cache = new Map<string, IndexedSource>();

/** The index of an MDX body (frontmatter removed or blanked); throws when the MDX does not parse. */
export function indexSource(body: string): IndexedSource {
  let indexed = cache.get(body);
  if (!indexed) {
    // SOURCE_PARSER is a plugin list, so unified cannot type its result: an mdast root.
    const tree = parser.runSync(parser.parse(body)) as Root;
    indexed = { tree, ...indexTree(tree) };
    cache.set(body, indexed);
  }
  return indexed;
}

/** The blocks whose text is one context for a mention (a list item holds a paragraph). */
const BLOCKS = new Set(["paragraph", "tableRow"]);

function indexTree(tree: Root): SourceIndex {
  const slug = createSlugger();
  const headings: SourceHeading[] = [];
  const citations: SourceCitation[] = [];
  const sections: SourceSection[] = [];
  let section: SourceSection = { blocks: [], prose: [] };
  let blockIndex = new Map<Parent, number>();
  visitProse(
    tree,
    (text, ancestors) => {
      if (!ancestors.some((a) => a.type in UNRENDERED_IN)) {
        for (const cluster of findCitations(text.value)) {
          citations.push({ id: citationId(citations.length + 1), keys: cluster.keys, section: section.heading, ...placeIn(text, cluster.start) });
        }
      }
      const block = ancestors.findLast((a) => BLOCKS.has(a.type)) ?? ancestors.at(-1)!;
      let number = blockIndex.get(block);
      if (number === undefined) {
        number = section.blocks.push(blockText(block as Nodes)) - 1;
        blockIndex.set(block, number);
      }
      section.prose.push({ value: text.value, block: number, ...placeIn(text, 0) });
      return undefined;
    },
    (heading) => {
      if (heading.depth < 2) return;
      // As rehype-heading-anchors reads the rendered heading: its text, without image alt text.
      const text = toString(heading, { includeImageAlt: false });
      const entry: SourceHeading = { depth: heading.depth, text, id: slug(text), ...placeOf(heading) };
      headings.push(entry);
      if (entry.depth > 3) return;
      if (section.heading || section.prose.length) sections.push(section);
      section = { heading: entry, h2: entry.depth === 2 ? entry : section.h2, blocks: [], prose: [] };
      blockIndex = new Map();
    },
  );
  if (section.heading || section.prose.length) sections.push(section);
  return { headings, citations, sections, figures: placedFigures(tree) };
}

/** The `<Figure id="…">` elements of the tree; one whose id is an expression cannot be known here. */
function placedFigures(tree: Root): SourceFigure[] {
  return jsxElements(tree, "Figure").flatMap((figure) => {
    const id = jsxAttribute(figure, "id");
    return typeof id === "string" ? [{ id, ...placeOf(figure) }] : [];
  });
}

function blockText(block: Nodes): string {
  const text =
    block.type === "tableRow"
      ? block.children
          .map((cell) => withoutCitations(toString(cell)).trim())
          .filter(Boolean)
          .join(" · ")
      : withoutCitations(toString(block));
  return (
    text
      .replace(/\s+/g, " ")
      .replace(/\s+([.,;:!?)])/g, "$1")
      // "use, [@x], is" reads "use, is" once the citation is out.
      .replace(/([,;])\1+/g, "$1")
      .trim()
  );
}

function withoutCitations(text: string): string {
  let plain = text;
  for (const { start, end } of findCitations(text).reverse()) plain = plain.slice(0, start) + plain.slice(end);
  return plain;
}

function placeOf(node: Nodes): Place {
  return { line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 };
}

/** The place of `offset` in a text node (columns after a line break count from the line's text). */
function placeIn(text: Text, offset: number): Place {
  const start = placeOf(text);
  const before = text.value.slice(0, offset).split("\n");
  return before.length === 1
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + before.length - 1, column: before.at(-1)!.length + 1 };
}
