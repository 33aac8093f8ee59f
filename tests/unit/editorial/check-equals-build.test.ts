/**
 * Every page fault the shared rules know (content safety, dates, the editorial policy) goes through
 * both `npm run check` (the checker's rules) and the build (the remark plugin, on the tree as the
 * MDX compiler hands it to the site's plugins) and must read the same, `file:line:column  message  (fix)  [rule]` to the letter,
 * the rule being the checker rule each case names.
 */
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unified } from "unified";
import { VFile } from "vfile";
import { afterAll, describe, expect, it } from "vitest";
import { checkCitationKeys } from "../../../src/checks/citation-keys.ts";
import { checkCitationPlacement } from "../../../src/checks/citation-placement.ts";
import { checkContentSafety } from "../../../src/checks/content-safety.ts";
import { checkEditorial } from "../../../src/checks/editorial.ts";
import { prepareContent, type ContentTree } from "../../../src/checks/content.ts";
import { checkEntityNames } from "../../../src/checks/entity-names.ts";
import { checkFigureData } from "../../../src/checks/figure-data.ts";
import { checkFrontmatter } from "../../../src/checks/frontmatter.ts";
import { readContentTree } from "../../../src/checks/read-tree.ts";
import { checkGlossary } from "../../../src/checks/glossary.ts";
import { formatProblem, sortProblems } from "../../../src/checks/problem.ts";
import { checkSearchConcepts } from "../../../src/checks/search-concepts.ts";
import { CONTENT_DIR, CONTENT_PATHS, figureDataFile } from "../../../src/content/content-paths.ts";
import { entityPath } from "../../../src/entities/paths.ts";
import { FIGURE_DRAWINGS, figureDataFromFiles } from "../../../src/figures/drawings.ts";
import { figuresLoader } from "../../../src/figures/figures-loader.ts";
import remarkCitationGuard from "../../../src/citations/remark-citation-guard.ts";
import remarkContentRules from "../../../src/content/remark-content-rules.ts";
import { SOURCE_PARSER } from "../../../src/markdown/parser.ts";
import { chapterSchema } from "../../../src/chapters/chapter-schema.ts";
import { drugSchema } from "../../../src/entities/drug-schema.ts";
import { readFrontmatter, readGlossary } from "../../../src/entities/read-content.ts";
import remarkEntityLinks from "../../../src/entities/remark-entity-links.ts";
import { loadSearchVocabulary } from "../../../src/search/site-vocabulary.ts";
import { CLEAN, cleanTree, edit } from "../checks/helpers.ts";

const CHAPTER = "content/chapters/01-introduction.mdx";
// The build reads the file itself (for its frontmatter), so each case is written under a scratch
// project whose path the build's message carries in place of the project root.
const SCRATCH = "tests/.output/check-equals-build";
afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

async function buildError(text: string): Promise<string | undefined> {
  const path = join(SCRATCH, CHAPTER);
  mkdirSync(join(SCRATCH, "content/chapters"), { recursive: true });
  writeFileSync(path, text);
  // What the MDX compiler reads: the frontmatter blanked, lines kept.
  const { content } = parseFrontmatter(text, { frontmatter: "empty-with-spaces" });
  const file = new VFile({ value: content, path: join(process.cwd(), path) });
  const processor = unified().use(SOURCE_PARSER).use(remarkContentRules, { root: CLEAN });
  try {
    await processor.run(processor.parse(file), file);
    return undefined;
  } catch (error) {
    return (error as Error).message.replace(`${SCRATCH}/`, "");
  }
}

const withBlock = (block: string) => (text: string) => `${text.trimEnd()}\n\n${block}\n`;

/** The rules a report's lines name, once each. */
const rulesIn = (report: string | undefined) => [...new Set([...(report ?? "").matchAll(/ {2}\[([a-z-]+)\]$/gm)].map((m) => m[1]))];

describe("check ≡ build for the page rules", () => {
  it.each([
    ["no sources", "editorial", withBlock("<Update>\n\nText.\n\n</Update>")],
    ["an unknown source", "editorial", withBlock('<Update sources="fda-label-hercepton">\n\nText.\n\n</Update>')],
    ["a correction that does not say what the review says", "editorial", withBlock('<Correction sources="nejm-trial">\n\nText.\n\n</Correction>')],
    ["an empty block", "editorial", withBlock('<Update sources="nejm-trial"></Update>')],
    ["an unknown component", "content-safety", withBlock("<NoSuchWidget />")],
    ["a misspelt component", "content-safety", withBlock("<Notes>\n\nText.\n\n</Notes>")],
    ["an MDX expression", "content-safety", withBlock("The home folder is {process.env.HOME}.")],
    ["an import", "content-safety", withBlock('import X from "./x.js"')],
    ["a script", "content-safety", withBlock("<script>alert(1)</script>")],
    ["an event handler", "content-safety", withBlock('<Note onClick="alert(1)">\n\nText.\n\n</Note>')],
    ["a javascript: link", "content-safety", withBlock("A [link](javascript:alert(1)).")],
    ["a data: image", "content-safety", withBlock("![x](data:image/svg+xml;base64,PHN2Zz4=)")],
    ["an impossible date", "content-safety", (text: string) => text.replace(/^lastReviewed: .*$/m, "lastReviewed: 2026-13-45")],
    ["a replacement character", "content-safety", withBlock("Broken \uFFFD text.")],
  ])("%s", async (_fault, rule, change) => {
    const tree = edit(cleanTree(), CHAPTER, change);
    const prepared = prepareContent(tree);
    const checked = sortProblems([...checkContentSafety(prepared), ...checkEditorial(prepared)]).map(formatProblem);
    expect(checked.length).toBeGreaterThan(0);
    const built = await buildError(tree.chapters.find((c) => c.path === CHAPTER)!.text);
    expect(built).toBe(checked[0]);
    expect(rulesIn(built)).toEqual([rule]);
  });

  it("both accept the clean tree", async () => {
    const tree = cleanTree();
    const prepared = prepareContent(tree);
    expect([...checkContentSafety(prepared), ...checkEditorial(prepared)]).toEqual([]);
    expect(await buildError(tree.chapters.find((c) => c.path === CHAPTER)!.text)).toBeUndefined();
  });
});

/** Citations: the checker's key and placement rules, and the build's citation guard on the page. */
describe("check ≡ build for citations", () => {
  async function guardError(text: string): Promise<string | undefined> {
    const path = join(SCRATCH, CHAPTER);
    mkdirSync(join(SCRATCH, "content/chapters"), { recursive: true });
    writeFileSync(path, text);
    const { content } = parseFrontmatter(text, { frontmatter: "empty-with-spaces" });
    const file = new VFile({ value: content, path: join(process.cwd(), path) });
    const processor = unified()
      .use(SOURCE_PARSER)
      .use(remarkCitationGuard, { bibliography: join(CLEAN, CONTENT_PATHS.bibliography) });
    try {
      await processor.run(processor.parse(file), file);
      return undefined;
    } catch (error) {
      return (error as Error).message.replaceAll(`${SCRATCH}/`, "").replaceAll(`${CLEAN}/`, "");
    }
  }

  it.each([
    ["an unknown key, with the key it probably means", "citation-keys", withBlock("A claim [@beta2020].")],
    ["an unknown key in a cluster", "citation-keys", withBlock("A claim [@alpha2001; @nope1999].")],
    ["a citation inside emphasis", "citation-placement", withBlock("A *stressed claim [@alpha2001]*.")],
    ["a citation inside a heading", "citation-placement", withBlock("## A heading [@alpha2001]")],
    ["a citation inside a link", "citation-placement", withBlock("A [linked claim [@alpha2001]](https://example.org).")],
  ])("%s", async (_fault, rule, change) => {
    const tree = edit(cleanTree(), CHAPTER, change);
    const prepared = prepareContent(tree);
    const checked = sortProblems([...checkCitationKeys(prepared), ...checkCitationPlacement(prepared)]).map(formatProblem);
    expect(checked.length).toBeGreaterThan(0);
    const built = await guardError(tree.chapters.find((c) => c.path === CHAPTER)!.text);
    expect(built).toBe(checked[0]);
    expect(rulesIn(built)).toEqual([rule]);
  });
});

/**
 * The entity catalog and the search vocabulary: the checker's rules, and the two places the build
 * meets them (every page's entity links, /search-vocabulary.json), on the whole tree written out.
 */
describe("check ≡ build for entity names and search concepts", () => {
  const TRASTUZUMAB = "content/drugs/trastuzumab.mdx";
  const MAPK = "content/pathways/mapk.mdx";
  // A second drug page, so a name can be claimed twice the way a maintainer would.
  const withTdm1 = (tree: ContentTree) => {
    const text = tree.drugs.find((d) => d.path === TRASTUZUMAB)!.text;
    return edit(tree, "content/drugs/ado-trastuzumab-emtansine.mdx", () =>
      text.replace("name: Trastuzumab\nbrandNames: [Herceptin]", "name: Ado-trastuzumab emtansine\nabbreviations: [T-DM1]\nbrandNames: [Kadcyla]"),
    );
  };
  const concepts = (text: string) => (tree: ContentTree) => ({ ...tree, searchConcepts: { path: CONTENT_PATHS.searchConcepts, text } });
  let scratchCount = 0;

  /** Writes the tree under a scratch project of its own (the catalog is cached by folder). */
  function writeTree(tree: ContentTree): string {
    const root = join(SCRATCH, `tree-${++scratchCount}`);
    const files = [...tree.chapters, ...tree.drugs, ...tree.pathways, tree.bibliography, tree.figures, tree.glossary, tree.searchConcepts];
    for (const file of files) {
      if (!file) continue;
      mkdirSync(join(root, file.path, ".."), { recursive: true });
      writeFileSync(join(root, file.path), file.text);
    }
    return root;
  }

  async function entityLinksError(root: string, tree: ContentTree): Promise<string | undefined> {
    const chapter = tree.chapters[0]!;
    const { content } = parseFrontmatter(chapter.text, { frontmatter: "empty-with-spaces" });
    const file = new VFile({ value: content, path: join(root, chapter.path) });
    const processor = unified()
      .use(SOURCE_PARSER)
      .use(remarkEntityLinks, { contentDir: join(root, CONTENT_DIR) });
    try {
      await processor.run(processor.parse(file), file);
      return undefined;
    } catch (error) {
      return (error as Error).message.replaceAll(`${root}/`, "");
    }
  }

  function vocabularyError(root: string): string | undefined {
    try {
      loadSearchVocabulary((path) => path, root);
      return undefined;
    } catch (error) {
      return (error as Error).message.replaceAll(`${root}/`, "");
    }
  }

  const checked = (tree: ContentTree) => {
    const prepared = prepareContent(tree);
    return sortProblems([...checkEntityNames(prepared), ...checkSearchConcepts(prepared)])
      .map(formatProblem)
      .join("\n");
  };

  it.each([
    [
      "an alias that search reads as another page's abbreviation (TDM1, T-DM1)",
      (tree: ContentTree) => edit(withTdm1(tree), TRASTUZUMAB, (t) => t.replace("brandNames: [Herceptin]", "brandNames: [Herceptin]\naliases: [TDM1]")),
      "entity-names",
    ],
    ["a name on two pages", (tree: ContentTree) => edit(tree, MAPK, (t) => t.replace("aliases: [MAPK]", "aliases: [MAPK, Herceptin]")), "entity-names"],
    [
      "a name that differs from another page's only in case and spaces",
      (tree: ContentTree) => edit(tree, MAPK, (t) => t.replace("aliases: [MAPK]", "aliases: [MAPK, HERCEP TIN]")),
      "entity-names",
    ],
    [
      "a pathway's drug with no page",
      (tree: ContentTree) => edit(tree, MAPK, (t) => t.replace("drugs: [trastuzumab]", "drugs: [trastuzumab, lapatinib]")),
      "entity-names",
    ],
    [
      "a glossary seeAlso that is no page",
      (tree: ContentTree) => edit(tree, CONTENT_PATHS.glossary, (t) => t.replace("seeAlso: mapk", "seeAlso: mapkk")),
      "entity-names",
    ],
    [
      "a search concept named like a drug",
      concepts("concepts:\n  - name: Antibodies\n    url: /drugs/\n    card: The antibodies.\n    aliases: [herceptin]\n"),
      "search-concepts",
    ],
    ["search concepts that are not valid", concepts("concepts:\n  - name: Antibodies\n    url: drugs\n    card: The antibodies.\n"), "search-concepts"],
  ])("%s", async (_fault, change, rule) => {
    const tree = change(cleanTree());
    const expected = checked(tree);
    expect(expected).not.toBe("");
    expect(rulesIn(expected)).toEqual([rule]);
    const root = writeTree(tree);
    expect(vocabularyError(root)).toBe(expected);
    // A catalog fault stops every page's entity links too; a concept fault only the vocabulary.
    expect(await entityLinksError(root, tree)).toBe(rule === "entity-names" ? expected : undefined);
  });

  it("both accept the clean tree", async () => {
    const tree = concepts("concepts:\n  - name: Antibodies\n    url: /drugs/\n    card: The antibodies.\n    aliases: [antibody drugs]\n")(cleanTree());
    expect(checked(tree)).toBe("");
    const root = writeTree(tree);
    expect(vocabularyError(root)).toBeUndefined();
    expect(await entityLinksError(root, tree)).toBeUndefined();
  });
});

/**
 * Frontmatter and the glossary: the checker's rules, and the readers the build's loaders call
 * before Astro's content layer sees the file (strict-glob.ts for pages, glossary-loader.ts).
 */
describe("check ≡ build for frontmatter and the glossary", () => {
  const DRUG = "content/drugs/trastuzumab.mdx";
  const GLOSSARY = CONTENT_PATHS.glossary;
  let scratchCount = 0;

  function buildError(path: string, text: string): string | undefined {
    const root = join(SCRATCH, `reader-${++scratchCount}`);
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
    const file = join(root, path);
    try {
      if (path === GLOSSARY) readGlossary(file);
      else readFrontmatter(file, path === DRUG ? drugSchema : chapterSchema);
      return undefined;
    } catch (error) {
      return (error as Error).message.replaceAll(`${root}/`, "");
    }
  }

  it.each([
    ["a misspelt field", CHAPTER, "frontmatter", (t: string) => t.replace(/^summary:/m, "summery:")],
    ["text where a number goes", CHAPTER, "frontmatter", (t: string) => t.replace(/^section: \d+$/m, 'section: "two"')],
    ["a missing field", DRUG, "frontmatter", (t: string) => t.replace(/^drugClass: .*\n/m, "")],
    ["frontmatter that is not YAML", CHAPTER, "frontmatter", (t: string) => t.replace(/^title: (.*)$/m, "title: [unclosed")],
    ["a glossary term defined twice", GLOSSARY, "glossary", (t: string) => t.replace("aliases: [ADCs]", "aliases: [ADCs, Dimer]")],
    ["a glossary that is not YAML", GLOSSARY, "glossary", (t: string) => t.replace("aliases: [ADCs]", "aliases: [ADCs")],
  ])("%s", (_fault, path, rule, change) => {
    const tree = edit(cleanTree(), path, change);
    const prepared = prepareContent(tree);
    const checked = sortProblems([...checkFrontmatter(prepared), ...checkGlossary(prepared)])
      .map(formatProblem)
      .join("\n");
    expect(checked).not.toBe("");
    expect(rulesIn(checked)).toEqual([rule]);
    const text = [...tree.chapters, ...tree.drugs, tree.glossary!].find((f) => f.path === path)!.text;
    expect(buildError(path, text)).toBe(checked);
  });
});

/** A drawn figure's data: the checker's figure rule, and the drawing the build puts on the page. */
describe("check ≡ build for figure data", () => {
  const NETWORK = figureDataFile("signalling-network");
  let scratchCount = 0;

  it.each([
    ["an edge to no node", (t: string) => t.replace(/to: [a-z0-9-]+/, "to: nowhere")],
    ["a misspelt field", (t: string) => t.replace(/^(\s+)label:/m, "$1lable:")],
    ["data that is not YAML", (t: string) => `${t}\nnodes: [unclosed\n`],
  ])("%s", (_fault, change) => {
    const root = join(SCRATCH, `figures-${++scratchCount}`);
    cpSync(CONTENT_DIR, join(root, CONTENT_DIR), { recursive: true });
    writeFileSync(join(root, NETWORK), change(readFileSync(NETWORK, "utf8")));
    const checked = sortProblems(checkFigureData(prepareContent(readContentTree(root))))
      .map(formatProblem)
      .join("\n");
    expect(checked).not.toBe("");
    expect(rulesIn(checked)).toEqual(["figure-data"]);
    const links = { pathwayUrl: (id: string) => entityPath("pathway", id), drugUrl: (slug: string) => entityPath("drug", slug) };
    const built = (() => {
      try {
        FIGURE_DRAWINGS["signalling-network"]!({ links, data: figureDataFromFiles(root), drugs: [] });
        return undefined;
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(built).toBe(checked);
  });
});

/** content/figures.yaml: the checker's figure rule, and the loader of the build's figures collection. */
describe("check ≡ build for the list of figures", () => {
  let scratchCount = 0;

  it.each([
    ["a number that is not a number", (t: string) => t.replace(/number: \d+/, "number: one")],
    ["a figure without an id", (t: string) => t.replace(/^- id: [a-z0-9-]+\n {2}/m, "- ")],
    ["a list that is not YAML", (t: string) => `${t}\n- id: [unclosed\n`],
  ])("%s", async (_fault, change) => {
    const root = join(SCRATCH, `figure-list-${++scratchCount}`);
    cpSync(CONTENT_DIR, join(root, CONTENT_DIR), { recursive: true });
    const file = join(root, CONTENT_PATHS.figures);
    writeFileSync(file, change(readFileSync(file, "utf8")));
    const checked = sortProblems(checkFigureData(prepareContent(readContentTree(root))))
      .map(formatProblem)
      .join("\n");
    expect(checked).not.toBe("");
    expect(rulesIn(checked)).toEqual(["figure-data"]);
    const store = { clear() {}, set() {} };
    const built = await figuresLoader(file)
      .load({ store, parseData: async ({ data }: { data: unknown }) => data } as never)
      .then(
        () => undefined,
        (error: Error) => error.message,
      );
    expect(built?.replaceAll(`${root}/`, "")).toBe(checked);
  });
});
