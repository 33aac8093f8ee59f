/** The files of a build (dist/), addressed as the browser addresses them: by URL path under the base. */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ReadSiteFile } from "./budgets.ts";
import { sortedGlob } from "../../src/files/sorted-glob.ts";
import { normalBase } from "../../src/links/base-path.ts";

export interface SiteFile {
  /** Path inside dist/, with forward slashes ("_astro/x.css"). */
  path: string;
  size: number;
  read: () => Uint8Array;
}

export function listSiteFiles(dist: string): SiteFile[] {
  return sortedGlob("**/*", dist).flatMap((path) => {
    const full = join(dist, path);
    const stat = statSync(full);
    return stat.isDirectory() ? [] : [{ path, size: stat.size, read: () => readFileSync(full) }];
  });
}

export { normalBase };

/** "chapters/x/index.html" → "/base/chapters/x/". */
export function urlPathOf(file: string, base = "/"): string {
  return normalBase(base) + file.replace(/(^|\/)index\.html$/, "$1");
}

/** Reads a file of the build by URL path; undefined outside the base or when there is no such file. */
export function siteReader(dist: string, base = "/"): ReadSiteFile {
  const prefix = normalBase(base);
  return (urlPath) => {
    const pathname = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
    if (!pathname.startsWith(prefix)) return undefined;
    let rest = pathname.slice(prefix.length);
    if (rest === "" || rest.endsWith("/")) rest += "index.html";
    if (rest.split("/").includes("..")) return undefined;
    try {
      return readFileSync(join(dist, rest));
    } catch {
      return undefined;
    }
  };
}
