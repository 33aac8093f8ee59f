import { describe, expect, it } from "vitest";
import { checkContentFolders } from "../../../src/checks/content-folders.ts";
import { prepareContent, type ContentTree } from "../../../src/checks/content.ts";
import { formatProblem } from "../../../src/checks/problem.ts";
import { readContentTree } from "../../../src/checks/read-tree.ts";
import { cleanTree, edit } from "./helpers.ts";

const run = (tree: ContentTree) => checkContentFolders(prepareContent(tree)).map(formatProblem);
const CHAPTER = "content/chapters/01-introduction.mdx";

describe("content folder rules", () => {
  it("accepts the clean tree", () => {
    expect(run(cleanTree())).toEqual([]);
  });

  it("names a chapter saved as .md, which the site would ignore", () => {
    const tree = cleanTree();
    tree.folders["content/chapters"] = [...tree.folders["content/chapters"]!, "08-x.md"];
    expect(run(tree)).toEqual([
      "content/chapters/08-x.md:1:1  the site ignores this file: content/chapters/ holds .mdx files only  (rename it to end in .mdx, or move it out of content/chapters/)  [content-folders]",
    ]);
  });

  it("names two chapters that would share a URL, and two that share an order", () => {
    const base = cleanTree();
    const copy = base.chapters.find((c) => c.path === CHAPTER)!;
    const tree = edit(base, "content/chapters/09-introduction.mdx", () => copy.text);
    tree.folders["content/chapters"] = [...tree.folders["content/chapters"]!, "09-introduction.mdx"].sort();
    const problems = run(tree);
    expect(problems).toContain(
      "content/chapters/09-introduction.mdx:1:1  this page and content/chapters/01-introduction.mdx both become /introduction/: one would silently replace the other  (rename one of the two files)  [content-folders]",
    );
    expect(
      problems.some((p) => /^content\/chapters\/09-introduction\.mdx:\d+:1 {2}order: \d+ is also the order of content\/chapters\/01-introduction\.mdx/.test(p)),
    ).toBe(true);
  });

  it("reports an empty project instead of failing", () => {
    const problems = run(readContentTree("tests/fixtures/does-not-exist"));
    expect(problems).toContain("content/references.bib:1:1  this file is missing  (restore it (git checkout -- content/references.bib))  [content-folders]");
    expect(problems).toContain(
      "content/chapters:1:1  content/chapters/ has no .mdx files  (restore the folder's pages (git checkout), or write one with `npm run new`)  [content-folders]",
    );
  });
});

describe("public/", () => {
  it("refuses a symbolic link, which would publish what it points to, dot-file or not", async () => {
    const { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, rmSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const { readPublicFiles } = await import("../../../src/content/public-files.ts");
    const root = mkdtempSync(join(tmpdir(), "her2-public-"));
    mkdirSync(join(root, "public"));
    writeFileSync(join(root, "public/favicon.svg"), "<svg/>");
    symlinkSync("/etc/passwd", join(root, "public/x"));
    symlinkSync("/etc", join(root, "public/.well-known"));
    const { files, problems } = readPublicFiles(root);
    rmSync(root, { recursive: true, force: true });
    expect(files).toEqual(["/favicon.svg"]);
    expect(problems.map(formatProblem)).toEqual([
      "public/.well-known:1:1  a symbolic link in public/ would publish what it points to  (copy the file itself into public/, or remove the link)  [content-folders]",
      "public/x:1:1  a symbolic link in public/ would publish what it points to  (copy the file itself into public/, or remove the link)  [content-folders]",
    ]);
  });
});

describe("search concepts", () => {
  it("names the line of a concept without a card", async () => {
    const { parseSearchConcepts } = await import("../../../src/search/concepts.ts");
    const { problems } = parseSearchConcepts("concepts:\n  - name: Drugs\n    url: /drugs/\n", "content/search-concepts.yaml");
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/search-concepts\.yaml:2:5 {2}concepts\.0\.card: /)]);
  });
});
