/**
 * Writes sitemap.xml and robots.txt into the build, listing every page Astro built (but the 404
 * page) by absolute URL under `site` + `base`, so both are right for a domain root and a sub-path.
 */
import type { AstroIntegration } from "astro";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { absoluteUrl, robotsTxt, sitemapPaths, sitemapXml } from "./sitemap.ts";

export default function sitemap(): AstroIntegration {
  let site = "";
  let base = "/";
  return {
    name: "her2-kb:sitemap",
    hooks: {
      "astro:config:done": ({ config }) => {
        if (!config.site) throw new Error("sitemap: set `site` (SITE_URL) so the sitemap can list absolute URLs");
        site = config.site;
        base = config.base;
      },
      "astro:build:done": ({ pages, dir, logger }) => {
        const out = fileURLToPath(dir);
        const urls = sitemapPaths(pages.map((p) => p.pathname)).map((path) => absoluteUrl(site, base, path));
        const sitemapUrl = absoluteUrl(site, base, "sitemap.xml");
        writeFileSync(`${out}sitemap.xml`, sitemapXml(urls));
        writeFileSync(`${out}robots.txt`, robotsTxt(sitemapUrl));
        logger.info(`sitemap.xml lists ${urls.length} pages; robots.txt points at ${sitemapUrl}`);
      },
    },
  };
}
