import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sortedGlob } from "../../../src/files/sorted-glob.ts";

const folder = mkdtempSync(join(tmpdir(), "her2-kb-glob-"));
mkdirSync(join(folder, "b", "c"), { recursive: true });
// Written out of order, so a listing in creation or inode order would show.
for (const file of ["z.mdx", "b/c/deep.mdx", "a.mdx", "b/y.yaml", ".hidden.mdx", "B.mdx"]) writeFileSync(join(folder, file), "");
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("sortedGlob", () => {
  it("lists one level, sorted by code point, without dot-files", () => {
    expect(sortedGlob("*.mdx", folder)).toEqual(["B.mdx", "a.mdx", "z.mdx"]);
    expect(sortedGlob("*", folder)).toEqual(["B.mdx", "a.mdx", "b", "z.mdx"]);
  });

  it("lists every level with /-separated paths relative to the folder", () => {
    expect(sortedGlob("**/*.mdx", folder)).toEqual(["B.mdx", "a.mdx", "b/c/deep.mdx", "z.mdx"]);
    expect(sortedGlob("**/*.{mdx,yaml}", join(folder, "b"))).toEqual(["c/deep.mdx", "y.yaml"]);
  });

  it("finds nothing in a folder that is not there", () => {
    expect(sortedGlob("*", join(folder, "missing"))).toEqual([]);
  });
});
