/** Reads the content the checks need from a project folder (the only file-system access of src/checks). */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readEditorialSourceFiles } from "../editorial/read-sources.ts";
import { sortedGlob } from "../files/sorted-glob.ts";
import { readPublicFiles } from "../content/public-files.ts";
import { CONTENT_PATHS, PAGE_FOLDERS } from "../content/content-paths.ts";
import type { ContentTree, SourceFile } from "./content.ts";

export function readContentTree(root: string): ContentTree {
  const missing: string[] = [];
  const read = (path: string): SourceFile => {
    if (!existsSync(join(root, path))) {
      missing.push(path);
      return { path, text: "" };
    }
    return { path, text: readFileSync(join(root, path), "utf8") };
  };
  const names = (folder: string) => sortedGlob("*", join(root, folder));
  const mdx = (folder: string) =>
    names(folder)
      .filter((name) => name.endsWith(".mdx"))
      .map((name) => read(`${folder}/${name}`));
  return {
    root,
    // Every name in each page folder, so the folder rules see a stray .md file too.
    folders: Object.fromEntries(PAGE_FOLDERS.map((folder) => [folder, names(folder)])),
    missing,
    chapters: mdx(CONTENT_PATHS.chapters),
    drugs: mdx(CONTENT_PATHS.drugs),
    pathways: mdx(CONTENT_PATHS.pathways),
    bibliography: read(CONTENT_PATHS.bibliography),
    figures: read(CONTENT_PATHS.figures),
    ...(existsSync(join(root, CONTENT_PATHS.glossary)) ? { glossary: read(CONTENT_PATHS.glossary) } : {}),
    editorialSources: readEditorialSourceFiles(root),
    ...(existsSync(join(root, CONTENT_PATHS.searchConcepts)) ? { searchConcepts: read(CONTENT_PATHS.searchConcepts) } : {}),
    public: readPublicFiles(root),
  };
}
