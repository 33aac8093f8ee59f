/**
 * Every internal URL is made here, through the configured base, so that a build for a sub-path
 * (`BASE_PATH=/her2/`) cannot leave a link pointing at the domain root.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");

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
};

/** Rewrites a root-relative link written in content ("/chapters/x/") to live under the base. */
export function withBase(href: string): string {
  return href.startsWith("/") && !href.startsWith("//") ? url(href) : href;
}
