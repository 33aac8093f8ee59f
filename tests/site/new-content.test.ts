/**
 * `npm run new`: in a copy of the project, scaffold a drug, a chapter and a pathway page; the
 * content check then passes (placeholders are warnings), the scaffolds refuse to overwrite, and
 * the new pages build.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite } from "../helpers/build.ts";
import { copyProject } from "../helpers/fixture-project.ts";
import { contentCheckReport } from "../../src/checks/report.ts";
import { LABEL_SOURCE } from "../../src/scaffolds/templates.ts";
import { isoDate } from "../../src/text/dates.ts";

const project = copyProject();
afterAll(() => project.remove());

/** What `npm run check`'s content half reports on the copy today (src/checks/report.ts, in this process). */
function checkReport(): { code: number; output: string } {
  const { code, lines } = contentCheckReport(project.root, isoDate(new Date()));
  return { code, output: lines.join("\n") };
}

function node(script: string, args: string[]): { code: number; output: string } {
  const result = spawnSync(process.execPath, [resolve("scripts", script), ...args], { cwd: project.root, encoding: "utf8" });
  return { code: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

describe("npm run new", () => {
  it("writes a drug, a chapter and a pathway page", () => {
    expect(node("new-content.ts", ["drug", "foo"])).toEqual({ code: 0, output: expect.stringMatching(/^Wrote content\/drugs\/foo\.mdx\n/) });
    expect(node("new-content.ts", ["chapter", "HER2 and the heart"])).toEqual({
      code: 0,
      output: expect.stringMatching(/^Wrote content\/chapters\/08-her2-and-the-heart\.mdx\n/),
    });
    rmSync(join(project.root, "content/pathways/jak-stat.mdx"));
    expect(node("new-content.ts", ["pathway", "jak-stat"])).toEqual({ code: 0, output: expect.stringMatching(/^Wrote content\/pathways\/jak-stat\.mdx\n/) });
    expect(readFileSync(join(project.root, "content/pathways/jak-stat.mdx"), "utf8")).toContain("figureNodes: [jak, stat]");
  });

  it("refuses to overwrite, and refuses a pathway Figure 1 does not draw", () => {
    const before = readFileSync(join(project.root, "content/drugs/foo.mdx"), "utf8");
    expect(node("new-content.ts", ["drug", "foo"])).toEqual({
      code: 1,
      output: "content/drugs/foo.mdx already exists; nothing was written. Edit it, or choose another name.\n",
    });
    expect(readFileSync(join(project.root, "content/drugs/foo.mdx"), "utf8")).toBe(before);
    expect(node("new-content.ts", ["chapter", "Introduction"])).toMatchObject({
      code: 1,
      output: expect.stringContaining("content/chapters/01-introduction.mdx already exists"),
    });
    expect(node("new-content.ts", ["pathway", "foo"])).toMatchObject({
      code: 1,
      output: expect.stringContaining('"foo" is not a pathway of Figure 1; nothing was written.'),
    });
    expect(node("new-content.ts", ["chapter", "x".repeat(300)])).toMatchObject({
      code: 1,
      output: expect.stringContaining("gives a 300-character file name and URL; nothing was written. Use a name of at most 80 characters."),
    });
    expect(node("new-content.ts", ["recipe", "foo"])).toMatchObject({
      code: 1,
      output: expect.stringContaining("Usage: npm run new -- chapter|drug|pathway <name>"),
    });
  });

  it("holds a new drug page until its label is recorded, then passes with a warning per placeholder", () => {
    const held = checkReport();
    expect(held.code).toBe(1);
    expect(held.output).toMatch(new RegExp(`^content/drugs/foo\\.mdx:\\d+:\\d+ {2}unknown editorial source "${LABEL_SOURCE}"`, "m"));
    // What a maintainer does next: record the label that was read, and name it.
    writeFileSync(
      join(project.root, "content/editorial-sources/foo.yaml"),
      '- id: fda-label-foo\n  kind: label\n  title: "FOO prescribing information"\n  publisher: "Maker"\n  url: "https://example.org/foo"\n  read: "section 1"\n  checked: 2026-12-01\n',
    );
    const page = join(project.root, "content/drugs/foo.mdx");
    writeFileSync(page, readFileSync(page, "utf8").replaceAll(LABEL_SOURCE, "fda-label-foo"));
    const { code, output } = checkReport();
    expect(code, output).toBe(0);
    expect(output).not.toMatch(/^\S+:\d+:\d+ {2}(?!placeholder left from the template)/m);
    expect(output).toMatch(/^content\/drugs\/foo\.mdx:\d+:\d+ {2}placeholder left from the template: TODO/m);
    expect(output).toMatch(/^Content check: 0 errors, \d+ warnings in \d+ content files\.$/m);
  });

  it("builds the new pages", async () => {
    const outDir = join(project.root, "dist");
    const result = await buildSite({ root: project.root, outDir });
    expect(result.code, result.output).toBe(0);
    expect(readFileSync(join(outDir, "drugs/foo/index.html"), "utf8")).toMatch(/<h1[^>]*>Foo<\/h1>/);
    expect(existsSync(join(outDir, "chapters/her2-and-the-heart/index.html"))).toBe(true);
    expect(existsSync(join(outDir, "pathways/jak-stat/index.html"))).toBe(true);
  });
});
