/** Rule: the content folders as a whole (src/content/folder-rules.ts, the rules the loaders run). */
import { CONTENT_PATHS } from "../content/content-paths.ts";
import { chapterSlug } from "../chapters/chapter-schema.ts";
import { entryProblems, folderProblems } from "../content/folder-rules.ts";
import { folderEntries } from "../content/strict-glob.ts";
import type { PreparedContent } from "./content.ts";
import type { Problem } from "./problem.ts";

export function checkContentFolders(content: PreparedContent): Problem[] {
  const { tree } = content;
  const texts = new Map([...tree.chapters, ...tree.drugs, ...tree.pathways].map((f) => [f.path, f.text]));
  const read = (file: string) => texts.get(file) ?? "";
  return [
    ...tree.public.problems,
    ...tree.missing.map((file): Problem => ({
      file,
      line: 1,
      column: 1,
      rule: "content-folders",
      severity: "error",
      message: "this file is missing",
      fix: "restore it (git checkout -- " + file + ")",
    })),
    ...Object.entries(tree.folders).flatMap(([folder, names]) => {
      const chapters = folder === CONTENT_PATHS.chapters;
      return [
        ...folderProblems(folder, names, ".mdx", true),
        ...entryProblems(folderEntries(folder, names, read, chapters ? { slug: chapterSlug, ordered: true } : {})),
      ];
    }),
  ];
}
