/**
 * Rules over the content folders as a whole, which no single page can see: files the site would
 * silently ignore (a chapter saved as .md), an empty folder, two pages with one URL, two chapters
 * in one place of the reading order, a name too long for a URL or a file system. Pure; the content
 * loaders (build) and `npm run check` both call them.
 */
import type { Problem } from "../checks/problem.ts";

export interface FolderEntry {
  /** Project-relative path. */
  file: string;
  /** The URL slug the file becomes. */
  slug: string;
  /** A chapter's `order`, with the line it is on. */
  order?: { value: number; line: number };
}

export const MAX_SLUG_LENGTH = 80;

export function folderProblems(folder: string, names: readonly string[], extension: string, required: boolean): Problem[] {
  const problems: Problem[] = [];
  const stray = names.filter((name) => !name.endsWith(extension) && !name.startsWith("."));
  for (const name of stray) {
    problems.push({ file: `${folder}/${name}`, line: 1, column: 1, rule: "content-folders", severity: "error", message: `the site ignores this file: ${folder}/ holds ${extension} files only`, fix: `rename it to end in ${extension}, or move it out of ${folder}/` });
  }
  if (required && names.every((name) => !name.endsWith(extension))) {
    problems.push({ file: folder, line: 1, column: 1, rule: "content-folders", severity: "error", message: `${folder}/ has no ${extension} files`, fix: "restore the folder's pages (git checkout), or write one with `npm run new`" });
  }
  return problems;
}

export function entryProblems(entries: readonly FolderEntry[]): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, FolderEntry>();
  const byOrder = new Map<number, FolderEntry>();
  for (const entry of entries) {
    if (entry.slug.length > MAX_SLUG_LENGTH) {
      problems.push({ file: entry.file, line: 1, column: 1, rule: "content-folders", severity: "error", message: `the file name gives a ${entry.slug.length}-character URL`, fix: `shorten it to at most ${MAX_SLUG_LENGTH} characters` });
    }
    const sameSlug = bySlug.get(entry.slug);
    if (sameSlug) {
      problems.push({ file: entry.file, line: 1, column: 1, rule: "content-folders", severity: "error", message: `this page and ${sameSlug.file} both become /${entry.slug}/: one would silently replace the other`, fix: "rename one of the two files" });
    } else bySlug.set(entry.slug, entry);
    if (entry.order) {
      const sameOrder = byOrder.get(entry.order.value);
      if (sameOrder) {
        problems.push({ file: entry.file, line: entry.order.line, column: 1, rule: "content-folders", severity: "error", message: `order: ${entry.order.value} is also the order of ${sameOrder.file}`, fix: "give each chapter its own place in the reading order" });
      } else byOrder.set(entry.order.value, entry);
    }
  }
  return problems;
}
