import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { normalBase } from "../../src/links/base-path.ts";
import { BOOK_FILE } from "../../src/book/single-file.ts";

/**
 * Every page of a build, as site paths ("chapters/x/index.html"). The single-file book is an .html
 * download, not a page of the site: tests/e2e/book-file.test.ts checks it.
 */
export function htmlFiles(dist: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== "pagefind" && name !== "_astro") walk(path);
      } else if (name.endsWith(".html") && path !== join(dist, BOOK_FILE)) files.push(relative(dist, path));
    }
  };
  walk(dist);
  return files.sort();
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
