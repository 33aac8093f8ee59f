/**
 * The content as the checks see it: the files as read from disk (ContentTree), then parsed once
 * (prepareContent) into what every rule needs: each page's frontmatter, MDX tree and source
 * index (src/source-index/: the parse the site's pages read), the bibliography's entries, the figure ids and the glossary. Pure: no file system here
 * (src/checks/read-tree.ts reads the files), so every rule can be tested on strings.
 */
import { parseFrontmatter } from "@astrojs/markdown-remark";
import type { z } from "astro/zod";
import type { Root } from "mdast";
import { bibtexSyntaxProblem, validateEntries, type Reference } from "../citations/bibliography.ts";
import { BibtexSyntaxError, parseBibtex, type BibEntry } from "../citations/bibtex.ts";
import { chapterSlug } from "../chapters/chapter-schema.ts";
import { glossaryTermSchema, withIds, type GlossaryTerm } from "../entities/glossary-schema.ts";
import { entityPath } from "../entities/paths.ts";
import { indexSource, type SourceIndex } from "../source-index/source-index.ts";
import { sitePaths } from "../links/site-paths.ts";
import { readYaml } from "../content/yaml-places.ts";
import { PAGE_SCHEMAS } from "./page-schemas.ts";
import { frontmatterYamlProblem } from "./schema-issues.ts";
import type { Problem } from "./problem.ts";

export interface SourceFile {
  /** Relative to the project root, "/" separators: "content/chapters/01-introduction.mdx". */
  path: string;
  text: string;
}

export interface ContentTree {
  /** The project folder the files were read from (figure data is drawn from there). */
  root: string;
  /** Every name in each page folder (content/chapters …), so stray files can be reported. */
  folders: Record<string, string[]>;
  /** Required files that are not there (read as empty). */
  missing: string[];
  chapters: SourceFile[];
  drugs: SourceFile[];
  pathways: SourceFile[];
  bibliography: SourceFile;
  figures: SourceFile;
  glossary?: SourceFile;
  /** content/editorial-sources/*.yaml */
  editorialSources: SourceFile[];
  /** content/search-concepts.yaml, when there is one. */
  searchConcepts?: SourceFile;
  /** Files under public/, as site paths ("/favicon.svg"), and the links among them that must go. */
  public: { files: string[]; problems: Problem[] };
}

export type PageKind = "chapter" | "drug" | "pathway";

export interface Page {
  kind: PageKind;
  file: string;
  /** "introduction", "tucatinib". */
  slug: string;
  /** Root-relative site path: "/chapters/introduction/". */
  route: string;
  /** The whole file. */
  source: string;
  /** The file with its frontmatter blanked out (same lines and columns), as the MDX compiler reads it. */
  body: string;
  /** The frontmatter's YAML, from the line after the opening "---" (`yamlFirstLine` is its file line). */
  yaml: string;
  yamlFirstLine: number;
  /** The parsed frontmatter; undefined when it is not valid YAML (see `yamlError`). */
  data?: Record<string, unknown>;
  yamlError?: Problem;
  /** The frontmatter checked against the page's schema (absent when it is not valid YAML). */
  validation?: { success: true; data: unknown } | { success: false; error: { issues: readonly z.core.$ZodIssue[] } };
  /** The MDX tree; undefined when the MDX does not parse (see `syntaxError`). */
  tree?: Root;
  syntaxError?: Problem;
  /** Headings (with their ids), citations (with their `cite-N` ids), sections and the figures placed, as the renderer makes them; empty when the MDX does not parse. */
  index: SourceIndex;
}

export interface PreparedContent {
  tree: ContentTree;
  pages: Page[];
  bibliography: {
    file: string;
    /** Every entry that parsed, complete or not: a citation of an incomplete entry is not "unknown". */
    entries: BibEntry[];
    references: Reference[];
    problems: Problem[];
    syntaxError?: Problem;
  };
  figures: { file: string; ids: string[]; data?: unknown; yamlError?: Problem };
  glossary?: {
    file: string;
    yaml: string;
    data?: unknown;
    yamlError?: Problem;
    /** The entries that pass the term schema on their own, with their anchor ids. */
    terms: GlossaryTerm[];
  };
}

export function prepareContent(tree: ContentTree): PreparedContent {
  const pages = [
    ...tree.chapters.map((f) => preparePage("chapter", f)),
    ...tree.drugs.map((f) => preparePage("drug", f)),
    ...tree.pathways.map((f) => preparePage("pathway", f)),
  ];
  const figures = readYaml(tree.figures.path, tree.figures.text, "figure-data");
  const figureIds = Array.isArray(figures.data) ? figures.data.map((f: { id?: unknown }) => String(f?.id ?? "")).filter(Boolean) : [];
  return {
    tree,
    pages,
    bibliography: prepareBibliography(tree.bibliography),
    figures: { file: tree.figures.path, ids: figureIds, ...figures },
    ...(tree.glossary ? { glossary: prepareGlossary(tree.glossary) } : {}),
  };
}

export function pageRoute(kind: PageKind, slug: string): string {
  return kind === "chapter" ? sitePaths.chapter(slug) : entityPath(kind, slug);
}

function preparePage(kind: PageKind, file: SourceFile): Page {
  const slug = kind === "chapter" ? chapterSlug(file.path) : file.path.replace(/^.*\//, "").replace(/\.mdx$/, "");
  const page: Page = {
    kind,
    file: file.path,
    slug,
    route: pageRoute(kind, slug),
    source: file.text,
    body: file.text,
    yaml: "",
    yamlFirstLine: 1,
    index: { headings: [], citations: [], sections: [], figures: [] },
  };
  try {
    const parsed = parseFrontmatter(file.text, { frontmatter: "empty-with-spaces" });
    page.body = parsed.content;
    page.yaml = parsed.rawFrontmatter;
    page.data = parsed.frontmatter;
    if (!parsed.rawFrontmatter.trim()) {
      page.yamlError = {
        file: file.path,
        line: 1,
        column: 1,
        rule: "frontmatter",
        severity: "error",
        message: "the file has no frontmatter",
        fix: 'start it with the fields between two "---" lines; `npm run new` writes a template',
      };
    }
  } catch (error) {
    page.yamlError = frontmatterYamlProblem(file.path, error);
    // Keep the lines, blank the frontmatter, so the body can still be checked.
    const end = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/.exec(file.text)?.[0].length ?? 0;
    page.body = file.text.slice(0, end).replace(/[^\n]/g, " ") + file.text.slice(end);
  }
  if (page.data && !page.yamlError) page.validation = PAGE_SCHEMAS[kind].safeParse(page.data);
  try {
    const { tree, ...index } = indexSource(page.body);
    page.tree = tree;
    page.index = index;
  } catch (error) {
    page.syntaxError = { file: file.path, ...mdxErrorPlace(error), rule: "mdx-syntax", severity: "error", ...explainMdxError(error) };
  }
  return page;
}

interface MdxError {
  reason?: string;
  ruleId?: string;
  line?: number;
  column?: number;
  place?: { line?: number; column?: number; start?: { line: number; column: number } };
}

/** Where an MDX parse error is: its place, or the "(3:1-3:7)" some messages carry instead. */
function mdxErrorPlace(error: unknown): { line: number; column: number } {
  const { place, line, column, reason } = error as MdxError;
  if (place?.start) return { line: place.start.line, column: place.start.column };
  if (place?.line) return { line: place.line, column: place.column ?? 1 };
  if (line) return { line, column: column ?? 1 };
  const inReason = /\((\d+):(\d+)-/.exec(reason ?? "");
  return inReason ? { line: Number(inReason[1]), column: Number(inReason[2]) } : { line: 1, column: 1 };
}

function explainMdxError(error: unknown): { message: string; fix: string } {
  const { reason, ruleId } = error as MdxError;
  const message = `the MDX does not parse: ${(reason ?? (error as Error).message).replace(/ \(\d+:\d+-\d+:\d+\)/, "")}`;
  if (ruleId === "end-tag-mismatch")
    return { message, fix: "close the tag (<Note> … </Note>), each tag on a line of its own with blank lines around the Markdown inside" };
  if (ruleId === "unexpected-character" && /before name/.test(reason ?? ""))
    return { message, fix: 'a "<" in text starts a tag: write a literal one as "\\<" (e.g. \\<5%)' };
  if (/expression/.test(reason ?? "")) return { message, fix: 'a "{" in text starts an expression: write a literal one as "\\{", or close it with "}"' };
  return { message, fix: 'check the tags and braces here; a literal "<" or "{" in text is written "\\<" or "\\{"' };
}

function prepareGlossary(file: SourceFile): NonNullable<PreparedContent["glossary"]> {
  const parsed = readYaml(file.path, file.text, "glossary");
  const entries = Array.isArray(parsed.data) ? parsed.data : [];
  const valid = entries.flatMap((raw) => {
    const result = glossaryTermSchema.safeParse(raw);
    return result.success ? [result.data] : [];
  });
  const terms = withIds(valid);
  return { file: file.path, yaml: file.text, ...parsed, terms };
}

function prepareBibliography(file: SourceFile): PreparedContent["bibliography"] {
  try {
    const entries = parseBibtex(file.text, file.path);
    return { file: file.path, entries, ...validateEntries(entries, file.path) };
  } catch (error) {
    if (!(error instanceof BibtexSyntaxError)) throw error;
    return { file: file.path, entries: [], references: [], problems: [], syntaxError: bibtexSyntaxProblem(error) };
  }
}
