import rehypeCitation from "rehype-citation";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import remarkCitationGuard from "../../src/citations/remark-citation-guard.ts";
import rehypeCitationLinks from "../../src/citations/rehype-citation-links.ts";
import rehypeHeadingAnchors from "../../src/headings/rehype-heading-anchors.ts";

export const FIXTURE_BIB = "tests/fixtures/mini.bib";

/** The site's Markdown pipeline (as in astro.config.mjs) on a string, against a bibliography. */
export async function renderMarkdown(markdown: string, bibliography = FIXTURE_BIB): Promise<string> {
  const file = new VFile({ value: markdown, path: "content/chapters/test.mdx" });
  const result = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCitationGuard, { bibliography })
    .use(remarkRehype)
    .use(rehypeHeadingAnchors)
    .use(rehypeCitation, { bibliography, csl: "vancouver", linkCitations: true })
    .use(rehypeCitationLinks, { bibliography })
    .use(rehypeStringify)
    .process(file);
  return String(result);
}
