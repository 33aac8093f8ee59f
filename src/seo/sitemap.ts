/**
 * The files that tell crawlers and hosts about the site — sitemap.xml and robots.txt — made from the
 * list of pages Astro built, with absolute URLs under `site` + `base`. Pure: the integration
 * (sitemap-integration.ts) does the file system work.
 */

import { normalBase } from "../links/base-path.ts";

export { normalBase };

/** The absolute URL of a site path ("chapters/x/", relative to the base) on the deployed site. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(normalBase(base) + path.replace(/^\//, ""), site).href;
}

/** Pages that belong in the sitemap: every built page except the 404 page. */
export function sitemapPaths(pathnames: string[]): string[] {
  return [...new Set(pathnames.map((p) => p.replace(/^\//, "")))]
    .filter((p) => !/^404(\/|\.html)?$/.test(p))
    .sort((a, b) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b)));
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function sitemapXml(urls: string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

/** robots.txt for a site that welcomes crawlers, pointing at its sitemap by absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
