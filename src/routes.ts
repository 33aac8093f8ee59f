/**
 * Every internal URL is made here, through the configured base, so that a build for a sub-path
 * (`BASE_PATH=/her2/`) cannot leave a link pointing at the domain root. The paths themselves come
 * from src/links/site-paths.ts, which the checker reads too.
 */
import { normalBase } from "./links/base-path.ts";
import { sitePaths } from "./links/site-paths.ts";

const base = normalBase(import.meta.env.BASE_URL);

/** A site path ("chapters/x/") under the base; keeps a "#fragment". */
export function url(path = ""): string {
  return base + path.replace(/^\//, "");
}

type Builders = typeof sitePaths;

/** sitePaths under the base: routes.chapter("signalling") → "/her2/chapters/signalling/". */
export const routes = Object.fromEntries(
  Object.entries(sitePaths).map(([name, path]) => [name, (...args: never[]) => url((path as (...a: never[]) => string)(...args))]),
) as Builders;

/** Rewrites a root-relative link written in content ("/chapters/x/") to live under the base. */
export function withBase(href: string): string {
  return href.startsWith("/") && !href.startsWith("//") ? url(href) : href;
}
