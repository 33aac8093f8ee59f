/** What "Cite this page" records of a chapter say: one place for its title, URL and version. */
import type { PageToCite } from "../citations/page-citation.ts";
import { routes } from "../routes.ts";
import { SITE_VERSION as VERSION } from "../site-version.ts";
import type { Chapter } from "./chapters.ts";

export function chapterToCite(chapter: Chapter, site: URL | undefined): PageToCite {
  const { data } = chapter.entry;
  return {
    slug: chapter.slug,
    title: `${data.section}. ${data.title}`,
    url: new URL(routes.chapter(chapter.slug), site).href,
    version: VERSION,
    lastReviewed: data.lastReviewed,
  };
}
