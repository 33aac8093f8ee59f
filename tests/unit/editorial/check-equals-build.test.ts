/**
 * Every page fault the shared rules know (content safety, dates, the editorial policy) goes through
 * both `npm run check` (the checker's rules) and the build (the remark plugin, on the tree as the
 * MDX compiler hands it to the site's plugins) and must read the same, `file:line:column  message  (fix)` to the letter.
 */
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unified } from "unified";
import { VFile } from "vfile";
import { afterAll, describe, expect, it } from "vitest";
import { checkContentSafety } from "../../../src/checks/content-safety.ts";
import { checkEditorial } from "../../../src/checks/editorial.ts";
import { prepareContent } from "../../../src/checks/content.ts";
import { formatProblem, sortProblems } from "../../../src/checks/problem.ts";
import remarkContentRules from "../../../src/content/remark-content-rules.ts";
import { SOURCE_PARSER } from "../../../src/markdown/parser.ts";
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

describe("check ≡ build for the page rules", () => {
  it.each([
    ["no sources", withBlock("<Update>\n\nText.\n\n</Update>")],
    ["an unknown source", withBlock('<Update sources="fda-label-hercepton">\n\nText.\n\n</Update>')],
    ["a correction that does not say what the review says", withBlock('<Correction sources="nejm-trial">\n\nText.\n\n</Correction>')],
    ["an empty block", withBlock('<Update sources="nejm-trial"></Update>')],
    ["an unknown component", withBlock("<NoSuchWidget />")],
    ["a misspelt component", withBlock("<Notes>\n\nText.\n\n</Notes>")],
    ["an MDX expression", withBlock("The home folder is {process.env.HOME}.")],
    ["an import", withBlock('import X from "./x.js"')],
    ["a script", withBlock("<script>alert(1)</script>")],
    ["an event handler", withBlock('<Note onClick="alert(1)">\n\nText.\n\n</Note>')],
    ["a javascript: link", withBlock("A [link](javascript:alert(1)).")],
    ["a data: image", withBlock("![x](data:image/svg+xml;base64,PHN2Zz4=)")],
    ["an impossible date", (text: string) => text.replace(/^lastReviewed: .*$/m, "lastReviewed: 2026-13-45")],
    ["a replacement character", withBlock("Broken \uFFFD text.")],
  ])("%s", async (_fault, change) => {
    const tree = edit(cleanTree(), CHAPTER, change);
    const prepared = prepareContent(tree);
    const checked = sortProblems([...checkContentSafety(prepared), ...checkEditorial(prepared)]).map(formatProblem);
    expect(checked.length).toBeGreaterThan(0);
    const built = await buildError(tree.chapters.find((c) => c.path === CHAPTER)!.text);
    expect(built).toBe(checked[0]);
  });

  it("both accept the clean tree", async () => {
    const tree = cleanTree();
    const prepared = prepareContent(tree);
    expect([...checkContentSafety(prepared), ...checkEditorial(prepared)]).toEqual([]);
    expect(await buildError(tree.chapters.find((c) => c.path === CHAPTER)!.text)).toBeUndefined();
  });
});
