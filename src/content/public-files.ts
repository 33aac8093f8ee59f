/**
 * public/ is copied into dist/ as it is: a symbolic link there would publish whatever it points
 * at (ln -s /etc/passwd public/x). Listed with lstat, so links are seen and never followed; the
 * build (integration below) and `npm run check` refuse the same files in the same words.
 */
import type { AstroIntegration } from "astro";
import { existsSync, lstatSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { ProblemsError, type Problem } from "../checks/problem.ts";

export interface PublicFiles {
  /** Site paths of the regular files ("/favicon.svg"). */
  files: string[];
  problems: Problem[];
}

export function readPublicFiles(root = "."): PublicFiles {
  const publicDir = join(root, "public");
  const files: string[] = [];
  const problems: Problem[] = [];
  // A walk of its own: fs.globSync and recursive readdirSync follow links (glob skips dot-files too); this sees each link, unfollowed.
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      const file = relative(root, path).split(sep).join("/");
      if (stat.isSymbolicLink()) {
        problems.push({ file, line: 1, column: 1, rule: "content-folders", severity: "error", message: "a symbolic link in public/ would publish what it points to", fix: "copy the file itself into public/, or remove the link" });
      } else if (stat.isDirectory()) walk(path);
      else files.push(`/${relative(publicDir, path).split(sep).join("/")}`);
    }
  };
  if (existsSync(publicDir)) walk(publicDir);
  return { files, problems };
}

export default function publicFilesGuard(): AstroIntegration {
  return {
    name: "her2-kb:public-files",
    hooks: {
      "astro:config:setup": () => {
        const { problems } = readPublicFiles();
        if (problems.length > 0) throw new ProblemsError(problems);
      },
    },
  };
}
