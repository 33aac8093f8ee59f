import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import rehypeSearchFurniture from "../../../src/search/rehype-search-furniture.ts";

describe("rehype-search-furniture", () => {
  it("keeps a table's header row out of the search index, not its cells", async () => {
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkGfm)
        .use(remarkRehype)
        .use(rehypeSearchFurniture)
        .use(rehypeStringify)
        .process("| A | B |\n| - | - |\n| 1 | 2 |\n"),
    );
    expect(html).toContain('<thead data-pagefind-ignore="">');
    expect(html).not.toMatch(/<tbody[^>]*data-pagefind-ignore/);
  });
});
