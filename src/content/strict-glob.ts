/**
 * Astro's glob() loader for a folder of MDX pages, with the folder rules first (folder-rules.ts):
 * where glob() would skip a stray file, load nothing from an empty folder, or let two files with
 * one slug replace each other in silence, the build stops with the same message `npm run check`
 * gives. So does a page whose frontmatter fails the collection's schema (read-content.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "astro/zod";
import { glob, type Loader } from "astro/loaders";
import { ProblemsError, type Problem } from "../checks/problem.ts";
import { readFrontmatter } from "../entities/read-content.ts";
import { sortedGlob } from "../files/sorted-glob.ts";
import { entryProblems, folderProblems, type FolderEntry } from "./folder-rules.ts";

export interface StrictGlobOptions {
  /** Project-relative folder ("content/chapters"). */
  folder: string;
  /** The collection's schema: each page's frontmatter is checked against it first, in the checker's words. */
  schema: z.ZodType;
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
      const names = sortedGlob("*", options.folder);
      const problems = [
        ...folderProblems(options.folder, names, ".mdx", options.required ?? true),
        ...entryProblems(folderEntries(options.folder, names, (file) => readFileSync(join(file), "utf8"), options)),
        ...names.filter((name) => name.endsWith(".mdx")).flatMap((name) => frontmatterFaults(`${options.folder}/${name}`, options.schema)),
      ];
      if (problems.length > 0) throw new ProblemsError(problems);
      await inner.load(context);
    },
  };
}

function frontmatterFaults(file: string, schema: z.ZodType): Problem[] {
  try {
    readFrontmatter(file, schema);
    return [];
  } catch (error) {
    if (error instanceof ProblemsError) return error.problems;
    throw error;
  }
}
