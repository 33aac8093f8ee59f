/** The files of a build (dist/), addressed as the browser addresses them: by URL path under the base. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { ReadSiteFile } from "./budgets.ts";
import { normalBase } from "../../src/links/base-path.ts";

export interface SiteFile {
  /** Path inside dist/, with forward slashes ("_astro/x.css"). */
  path: string;
  size: number;
  read: () => Uint8Array;
}

export function listSiteFiles(dist: string): SiteFile[] {
  const files: SiteFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else files.push({ path: relative(dist, full).split(sep).join("/"), size: stat.size, read: () => readFileSync(full) });
    }
  };
  walk(dist);
  return files.sort((a, b) => a.path.localeCompare(b.path));
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
