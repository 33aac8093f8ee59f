/**
 * Every internal URL is made here, through the configured base, so that a build for a sub-path
 * (`BASE_PATH=/her2/`) cannot leave a link pointing at the domain root.
 */
import { entityIndexPath, entityPath } from "./entities/paths.ts";
import { normalBase } from "./links/base-path.ts";

const base = normalBase(import.meta.env.BASE_URL);

/** A site path ("chapters/x/") under the base; keeps a "#fragment". */
export function url(path = ""): string {
  return base + path.replace(/^\//, "");
}

export const routes = {
  home: () => url(),
  chapter: (slug: string, fragment?: string) => url(`chapters/${slug}/`) + (fragment ? `#${fragment}` : ""),
  references: (fragment?: string) => url("references/") + (fragment ? `#${fragment}` : ""),
  about: () => url("about/"),
  search: () => url("search/"),
  drugs: (fragment?: string) => url(entityIndexPath("drug")) + (fragment ? `#${fragment}` : ""),
  drug: (slug: string) => url(entityPath("drug", slug)),
  pathways: () => url(entityIndexPath("pathway")),
  pathway: (id: string) => url(entityPath("pathway", id)),
  glossary: (fragment?: string) => url("glossary/") + (fragment ? `#${fragment}` : ""),
  /** A drawn figure on its own page, at full size. */
  figure: (id: string) => url(`figures/${id}/`),
};

/** Rewrites a root-relative link written in content ("/chapters/x/") to live under the base. */
export function withBase(href: string): string {
  return href.startsWith("/") && !href.startsWith("//") ? url(href) : href;
}
