/**
 * The front of the site's Markdown pipeline: what @astrojs/mdx runs before the site's remark
 * plugins when `gfm` and `smartypants` are on (createMdxProcessor: the MDX parser, remark-gfm,
 * remark-smartypants). The source index and the content checker parse with it, so they read the
 * tree the site's plugins see. A module of its own, so that reading a page does not load the
 * renderer's plugins.
 */
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkSmartypants from "remark-smartypants";
import type { PluggableList } from "unified";

export const SOURCE_PARSER: PluggableList = [remarkParse, remarkMdx, remarkGfm, remarkSmartypants];
