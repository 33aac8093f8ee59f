import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { normalBase } from "../../src/links/base-path.ts";
import { BOOK_FILE } from "../../src/book/single-file.ts";
import { sortedGlob } from "../../src/files/sorted-glob.ts";

/**
 * Every page of a build, as site paths ("chapters/x/index.html"). The single-file book is an .html
 * download, not a page of the site: tests/e2e/book-file.test.ts checks it.
 */
export function htmlFiles(dist: string): string[] {
  return sortedGlob("**/*.html", dist).filter((file) => !/(^|\/)(pagefind|_astro)\//.test(file) && file !== BOOK_FILE);
}

const cache = new Map<string, HTMLElement>();
export function page(dist: string, file: string): HTMLElement {
  const path = join(dist, file);
  let root = cache.get(path);
  if (!root) {
    root = parse(readFileSync(path, "utf8"));
    cache.set(path, root);
  }
  return root;
}

/** The HTML file a site URL path ("/her2/chapters/x/") is served from, or undefined if outside the base. */
export function fileForPath(pathname: string, base: string): string | undefined {
  const prefix = normalBase(base);
  if (!pathname.startsWith(prefix)) return undefined;
  const rest = decodeURIComponent(pathname.slice(prefix.length));
  return rest === "" || rest.endsWith("/") ? `${rest}index.html` : rest;
}
