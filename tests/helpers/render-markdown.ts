import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { SOURCE_PARSER } from "../../src/markdown/parser.ts";
import { markdownPipeline, type PipelineOptions } from "../../src/markdown/pipeline.ts";

export const FIXTURE_BIB = "tests/fixtures/mini.bib";

export interface RenderOptions extends Partial<PipelineOptions> {
  /** The file the Markdown stands for (its folder decides the page kind). */
  path?: string;
}

/**
 * The site's Markdown pipeline on a string: the parser and the plugins of astro.config.mjs
 * (src/markdown/), against a bibliography (the fixture by default) and a content folder. Returns
 * the HTML and the frontmatter the plugins wrote.
 */
export async function renderPage(
  markdown: string,
  { path = "content/chapters/test.mdx", bibliography = FIXTURE_BIB, contentDir = "content", base = "/" }: RenderOptions = {},
): Promise<{ html: string; frontmatter: Record<string, unknown> }> {
  const frontmatter: Record<string, unknown> = {};
  const file = new VFile({ value: markdown, path, data: { astro: { frontmatter } } });
  const { remarkPlugins, rehypePlugins } = markdownPipeline({ bibliography, contentDir, base });
  const result = await unified().use(SOURCE_PARSER).use(remarkPlugins).use(remarkRehype).use(rehypePlugins).use(rehypeStringify).process(file);
  return { html: String(result), frontmatter };
}

/** The HTML of `renderPage`. */
export async function renderMarkdown(markdown: string, bibliography = FIXTURE_BIB): Promise<string> {
  return (await renderPage(markdown, { bibliography })).html;
}
