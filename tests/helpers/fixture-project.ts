import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PROJECT_FILES = ["astro.config.mjs", "package.json", "tsconfig.json", "content", "src", "public"];

/**
 * A throwaway copy of this project (node_modules linked, not copied) that a test may break on
 * purpose, to check what a maintainer would see.
 */
export function copyProject(): { root: string; edit: (file: string, change: (text: string) => string) => void; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), "her2-kb-fixture-"));
  for (const name of PROJECT_FILES) cpSync(name, join(root, name), { recursive: true });
  symlinkSync(join(process.cwd(), "node_modules"), join(root, "node_modules"), "dir");
  return {
    root,
    edit(file, change) {
      const path = join(root, file);
      const before = readFileSync(path, "utf8");
      const after = change(before);
      if (after === before) throw new Error(`copyProject.edit: the change to ${file} changed nothing`);
      writeFileSync(path, after);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
