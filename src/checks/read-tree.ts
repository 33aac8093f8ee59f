/** Reads the content the checks need from a project folder (the only file-system access of src/checks). */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { ContentTree, SourceFile } from "./content.ts";

export function readContentTree(root: string): ContentTree {
  const read = (path: string): SourceFile => ({ path, text: readFileSync(join(root, path), "utf8") });
  const mdx = (folder: string) =>
    existsSync(join(root, folder))
      ? readdirSync(join(root, folder))
          .filter((name) => name.endsWith(".mdx"))
          .sort()
          .map((name) => read(`${folder}/${name}`))
      : [];
  return {
    chapters: mdx("content/chapters"),
    drugs: mdx("content/drugs"),
    pathways: mdx("content/pathways"),
    bibliography: read("content/references.bib"),
    figures: read("content/figures.yaml"),
    ...(existsSync(join(root, "content/glossary.yaml")) ? { glossary: read("content/glossary.yaml") } : {}),
    publicFiles: walk(join(root, "public")).map((file) => `/${relative(join(root, "public"), file).split(sep).join("/")}`),
  };
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
