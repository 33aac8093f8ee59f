/**
 * How this project lists a folder's files: Node's fs.globSync, sorted (glob's order is not
 * guaranteed, and reports, caches and tests need one order), as "/"-separated paths relative to the
 * folder; none when the folder is missing. Glob skips dot-files and follows symbolic links, which
 * src/content/public-files.ts must not do.
 */
import { globSync } from "node:fs";
import { sep } from "node:path";

export function sortedGlob(pattern: string, folder = "."): string[] {
  return globSync(pattern, { cwd: folder })
    .map((path) => path.split(sep).join("/"))
    .sort();
}
