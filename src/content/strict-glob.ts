/**
 * Astro's glob() loader for a folder of MDX pages, with the folder rules first (folder-rules.ts):
 * where glob() would skip a stray file, load nothing from an empty folder, or let two files with
 * one slug replace each other in silence, the build stops with the same message `npm run check`
 * gives.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { glob, type Loader } from "astro/loaders";
import { formatProblem } from "../checks/problem.ts";
import { entryProblems, folderProblems, type FolderEntry } from "./folder-rules.ts";

export interface StrictGlobOptions {
  /** Project-relative folder ("content/chapters"). */
  folder: string;
  /** The slug of a file name (default: the name without .mdx). */
  slug?: (name: string) => string;
  /** Whether the site needs at least one page here. */
  required?: boolean;
  /** Whether pages carry an `order` that must be unique (chapters). */
  ordered?: boolean;
}

export const slugOfName = (name: string) => name.replace(/\.mdx$/, "");

/** The entries of a folder as the rules see them: each page's file, slug and (optionally) order. */
export function folderEntries(folder: string, names: readonly string[], read: (file: string) => string, options: Pick<StrictGlobOptions, "slug" | "ordered">): FolderEntry[] {
  const slug = options.slug ?? slugOfName;
  return names
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => {
      const file = `${folder}/${name}`;
      const entry: FolderEntry = { file, slug: slug(name) };
      if (options.ordered) {
        const lines = read(file).split("\n");
        const line = lines.findIndex((l) => /^order:\s*\d+\s*(#.*)?$/.test(l));
        if (line >= 0) entry.order = { value: Number(/\d+/.exec(lines[line]!)![0]), line: line + 1 };
      }
      return entry;
    });
}

export function strictGlob(options: StrictGlobOptions): Loader {
  const inner = glob({ pattern: "*.mdx", base: `./${options.folder}`, ...(options.slug ? { generateId: ({ entry }) => options.slug!(entry) } : {}) });
  return {
    name: `her2-kb:${options.folder}`,
    load: async (context) => {
      let names: string[];
      try {
        names = readdirSync(options.folder).sort();
      } catch {
        names = [];
      }
      const problems = [
        ...folderProblems(options.folder, names, ".mdx", options.required ?? true),
        ...entryProblems(folderEntries(options.folder, names, (file) => readFileSync(join(file), "utf8"), options)),
      ];
      if (problems.length > 0) throw new Error(problems.map(formatProblem).join("\n"));
      await inner.load(context);
    },
  };
}
