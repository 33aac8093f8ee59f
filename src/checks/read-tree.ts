/** Reads the content the checks need from a project folder (the only file-system access of src/checks). */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readEditorialSourceFiles } from "../editorial/read-sources.ts";
import { readPublicFiles } from "../content/public-files.ts";
import { SEARCH_CONCEPTS_FILE } from "../search/concepts.ts";
import type { ContentTree, SourceFile } from "./content.ts";

/** The folders of page files, whose every name the folder rules see (a stray .md file included). */
export const PAGE_FOLDERS = ["content/chapters", "content/drugs", "content/pathways"] as const;

export function readContentTree(root: string): ContentTree {
  const missing: string[] = [];
  const read = (path: string): SourceFile => {
    if (!existsSync(join(root, path))) {
      missing.push(path);
      return { path, text: "" };
    }
    return { path, text: readFileSync(join(root, path), "utf8") };
  };
  const names = (folder: string) => (existsSync(join(root, folder)) ? readdirSync(join(root, folder)).sort() : []);
  const mdx = (folder: string) =>
    names(folder)
      .filter((name) => name.endsWith(".mdx"))
      .map((name) => read(`${folder}/${name}`));
  return {
    root,
    folders: Object.fromEntries(PAGE_FOLDERS.map((folder) => [folder, names(folder)])),
    missing,
    chapters: mdx("content/chapters"),
    drugs: mdx("content/drugs"),
    pathways: mdx("content/pathways"),
    bibliography: read("content/references.bib"),
    figures: read("content/figures.yaml"),
    ...(existsSync(join(root, "content/glossary.yaml")) ? { glossary: read("content/glossary.yaml") } : {}),
    editorialSources: readEditorialSourceFiles(root),
    ...(existsSync(join(root, SEARCH_CONCEPTS_FILE)) ? { searchConcepts: read(SEARCH_CONCEPTS_FILE) } : {}),
    public: readPublicFiles(root),
  };
}
