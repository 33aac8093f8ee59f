/**
 * A maintainer who breaks the content must get a build that stops, with a message naming the file,
 * the key or field, and the checker rule that reports the same fault. Each test breaks one thing in
 * a copy of the project and builds it. The build runs the checker's rules first
 * (src/checks/check-integration.ts), so each fault stops it there, in `npm run check`'s words; the
 * build's own later guards (the loaders, the MDX pipeline: what `astro dev` meets) are put through
 * the same faults, and compared with the checker's message, in
 * tests/unit/editorial/check-equals-build.test.ts without a full build each.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildSite } from "../helpers/build.ts";
import { copyProject } from "../helpers/fixture-project.ts";
import { contentCheckReport } from "../../src/checks/report.ts";
import { isoDate } from "../../src/text/dates.ts";

let project: ReturnType<typeof copyProject> | undefined;
afterEach(() => project?.remove());

async function buildBroken(file: string, change: (text: string) => string) {
  project = copyProject();
  project.edit(file, change);
  const outDir = join(project.root, "dist");
  const result = await buildSite({ root: project.root, outDir });
  return { ...result, wroteSite: existsSync(join(outDir, "index.html")) };
}

describe("a broken build stops with a precise message", () => {
  it("stops on a fault only a whole-site check can see (a link to no page), in npm run check's words", async () => {
    const result = await buildBroken("content/chapters/01-introduction.mdx", (text) => text.replace("(/chapters/therapeutics/)", "(/chapters/therapeutic/)"));
    expect(result.code).not.toBe(0);
    const checked = contentCheckReport(project!.root, isoDate(new Date())).lines.filter((line) => / {2}\[[a-z-]+\]$/.test(line));
    expect(checked).toEqual([
      expect.stringMatching(/^content\/chapters\/01-introduction\.mdx:\d+:\d+ {2}link to "\/chapters\/therapeutic\/".* {2}\[internal-links\]$/),
    ]);
    expect(result.output).toContain(checked[0]);
    expect(result.wroteSite).toBe(false);
  });

  it("names the file, line and key of an unknown citation", async () => {
    const result = await buildBroken("content/chapters/01-introduction.mdx", (text) => text.replace(/\[@iqbal2014\]/, "[@iqbal2041]"));
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/01-introduction\.mdx:\d+:\d+ {2}unknown citation key "@iqbal2041".* {2}\[citation-keys\]$/m);
    expect(result.wroteSite).toBe(false);
  });

  it("names the file and field of malformed frontmatter", async () => {
    const result = await buildBroken("content/chapters/02-signalling.mdx", (text) => text.replace(/^section: 2$/m, 'section: "two"'));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'content/chapters/02-signalling.mdx:3:1  frontmatter field "section" should be a number, not a string  (write a number without quotes, e.g. 3)  [frontmatter]',
    );
    expect(result.wroteSite).toBe(false);
  });

  it("names the key of every broken bibliography entry: one without a title, one work entered twice", async () => {
    const result = await buildBroken("content/references.bib", (text) =>
      text.replace(/(@article\{bose2021,[\s\S]*?)\n {2}title = \{.*\},/, "$1").replace("  same-as = {merkhofer2010a},\n", ""),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /references\.bib:\d+:\d+ {2}entry "bose2021": missing required field "title" {2}\(add title = \{\.\.\.\} to the entry\) {2}\[bibliography\]/,
    );
    expect(result.output).toMatch(/entry "merkhofer2010b": is the same work as "merkhofer2010a".* {2}\[bibliography\]$/m);
    expect(result.wroteSite).toBe(false);
  });

  it("names the field when an antibody–drug conjugate has no payload", async () => {
    const result = await buildBroken("content/drugs/ado-trastuzumab-emtansine.mdx", (text) => text.replace(/^payload: .*\n/m, ""));
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /content\/drugs\/ado-trastuzumab-emtansine\.mdx:\d+:\d+ {2}frontmatter field "payload": an antibody–drug conjugate needs a payload.* {2}\[frontmatter\]$/m,
    );
  });
});
