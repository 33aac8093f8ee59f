/**
 * The content half of `npm run check` on small content trees in temporary folders: one fixture per
 * kind of problem, each asserting the exact report (file, line, column, message, fix, rule), the
 * summary and the exit code. The trees start from tests/fixtures/content-problems/clean and break
 * one thing. The report is read in this process (src/checks/report.ts); the first tests run the
 * real command, `node scripts/check-content.ts`, to show it prints that report and exits with its code.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copyProject } from "../helpers/fixture-project.ts";
import { contentCheckReport, type CheckReport } from "../../src/checks/report.ts";

const CLI = resolve("scripts/check-content.ts");
const CLEAN = resolve("tests/fixtures/content-problems/clean");
const TODAY = "2026-11-29";
const FIX_REVIEW = "update lastReviewed after checking the content against its sources";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** A copy of the clean tree, with `edits` applied (file → change of its text). */
function fixture(edits: Record<string, (text: string) => string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "her2-kb-check-"));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  cpSync(CLEAN, root, { recursive: true });
  for (const [file, change] of Object.entries(edits)) {
    const path = join(root, file);
    const before = readFileSync(path, "utf8");
    const after = change(before);
    if (after === before) throw new Error(`fixture: the change to ${file} changed nothing`);
    writeFileSync(path, after);
  }
  return root;
}

/** What `node scripts/check-content.ts` prints in `root`, and its exit code. */
function runCli(root: string, args = ["--today", TODAY]): { code: number; lines: string[] } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  if (result.error) throw result.error;
  return { code: result.status ?? 1, lines: `${result.stdout}${result.stderr}`.trimEnd().split("\n") };
}

const check = (root: string, today = TODAY): CheckReport => contentCheckReport(root, today);

/** The report a tree with these problem lines must give (a blank line, then the summary). */
function report(problems: string[], summary: string): string[] {
  return problems.length ? [...problems, "", summary] : [summary];
}

const ERRORS_HINT = " Fix the errors above; warnings do not stop the build.";

describe("npm run check (content)", () => {
  it("passes a clean tree: exit 0", () => {
    expect(runCli(fixture())).toEqual({ code: 0, lines: report([], "Content check: 0 errors, 0 warnings in 8 content files.") });
  });

  it("prints the report and exits 1 when there is an error", () => {
    const root = fixture({ "content/chapters/02-therapeutics.mdx": (t) => t.replace("[@beta2002]", "[@beta2020]") });
    const printed = runCli(root);
    expect(printed.code).toBe(1);
    expect(printed).toEqual(check(root));
  });

  it("passes a clean copy of the real content: exit 0", () => {
    const project = copyProject();
    cleanups.push(project.remove);
    const { code, lines } = runCli(project.root, []);
    expect(code).toBe(0);
    expect(lines.at(-1)).toMatch(/^Content check: 0 errors, \d+ warnings? in \d+ content files\.$/);
  });

  it("unknown citation key", () => {
    const root = fixture({ "content/chapters/02-therapeutics.mdx": (t) => t.replace("[@beta2002]", "[@beta2020]") });
    expect(check(root)).toEqual({
      code: 1,
      lines: report(
        [
          'content/chapters/02-therapeutics.mdx:14:35  unknown citation key "@beta2020": it is not in content/references.bib  (did you mean "@beta2002"? Otherwise add the reference to the bibliography)  [citation-keys]',
        ],
        `Content check: 1 error, 0 warnings in 8 content files.${ERRORS_HINT}`,
      ),
    });
  });

  it("citation inside emphasis", () => {
    const root = fixture({
      "content/chapters/01-introduction.mdx": (t) => t.replace("It pairs with other receptors [@beta2002]", "It pairs *with other receptors [@beta2002]*"),
    });
    expect(check(root)).toEqual({
      code: 1,
      lines: report(
        [
          "content/chapters/01-introduction.mdx:18:32  citation [@beta2002] is inside emphasis (*…*), where it would not be rendered  (move it into the sentence next to it)  [citation-placement]",
        ],
        `Content check: 1 error, 0 warnings in 8 content files.${ERRORS_HINT}`,
      ),
    });
  });

  it("reference never cited (a warning: exit 0)", () => {
    const root = fixture({ "content/drugs/trastuzumab.mdx": (t) => t.replace(" [@gamma2003]", "") });
    expect(check(root)).toEqual({
      code: 0,
      lines: report(
        [
          'content/references.bib:21:10  reference "gamma2003" (no. 3) is not cited on any page  (cite it as [@gamma2003] where the text relies on it, or leave it: the References page still lists it)  [uncited-references]',
        ],
        "Content check: 0 errors, 1 warning in 8 content files.",
      ),
    });
  });

  it("duplicate bibliography entry", () => {
    const root = fixture({ "content/references.bib": (t) => t.replace("title = {Third work, on trastuzumab}", "title = {Second work, on HER2 signalling}") });
    expect(check(root)).toEqual({
      code: 1,
      lines: report(
        [
          'content/references.bib:21:10  entry "gamma2003": is the same work as "beta2002" (line 11): the same title  (cite one key and delete the other; if the source lists the work twice on purpose, add same-as = {beta2002} to "gamma2003")  [bibliography]',
        ],
        `Content check: 1 error, 0 warnings in 8 content files.${ERRORS_HINT}`,
      ),
    });
  });

  it("broken internal link", () => {
    const root = fixture({ "content/chapters/01-introduction.mdx": (t) => t.replace("(/chapters/therapeutics/)", "(/chapters/therapeutic/)") });
    expect(check(root)).toEqual({
      code: 1,
      lines: report(
        [
          'content/chapters/01-introduction.mdx:14:51  link to "/chapters/therapeutic/": there is no page /chapters/therapeutic/  (did you mean "/chapters/therapeutics/"?)  [internal-links]',
        ],
        `Content check: 1 error, 0 warnings in 8 content files.${ERRORS_HINT}`,
      ),
    });
  });

  it("broken #anchor", () => {
    const root = fixture({ "content/chapters/02-therapeutics.mdx": (t) => t.replace("#her2-in-brief)", "#her2-in-short)") });
    expect(check(root)).toEqual({
      code: 1,
      lines: report(
        [
          'content/chapters/02-therapeutics.mdx:26:9  link to "/chapters/introduction/#her2-in-short": /chapters/introduction/ has no heading, figure or citation with the id "her2-in-short"  (a heading\'s id is its text in lower case with hyphens for spaces, without the section number; a figure\'s is figure-<id>)  [internal-links]',
        ],
        `Content check: 1 error, 0 warnings in 8 content files.${ERRORS_HINT}`,
      ),
    });
  });

  it("image without alt text", () => {
    const root = fixture({ "content/chapters/02-therapeutics.mdx": (t) => t.replace("![A HER2 dimer]", "![]") });
    expect(check(root)).toEqual({
      code: 1,
      lines: report(
        [
          'content/chapters/02-therapeutics.mdx:26:79  image "/favicon.svg" has no alt text  (say what the image shows between the brackets: ![HER2 dimer with pertuzumab bound](…))  [image-alt]',
        ],
        `Content check: 1 error, 0 warnings in 8 content files.${ERRORS_HINT}`,
      ),
    });
  });

  it("frontmatter that fails its schema", () => {
    const root = fixture({ "content/chapters/01-introduction.mdx": (t) => t.replace("section: 1", 'section: "one"') });
    expect(check(root)).toEqual({
      code: 1,
      lines: report(
        [
          'content/chapters/01-introduction.mdx:3:1  frontmatter field "section" should be a number, not a string  (write a number without quotes, e.g. 3)  [frontmatter]',
        ],
        `Content check: 1 error, 0 warnings in 8 content files.${ERRORS_HINT}`,
      ),
    });
  });

  it("glossary term defined twice", () => {
    const root = fixture({ "content/glossary.yaml": (t) => `${t}\n- term: ADCs\n  definition: The same thing again.\n` });
    expect(check(root)).toEqual({
      code: 1,
      lines: report(
        [
          'content/glossary.yaml:10:3  glossary entry 3 ("ADCs") › term: the term "ADCs" is defined twice: also as "ADCs" (under "ADC") (entry 1)  (keep one)  [glossary]',
        ],
        `Content check: 1 error, 0 warnings in 8 content files.${ERRORS_HINT}`,
      ),
    });
  });

  it("entity alias defined twice", () => {
    const root = fixture({ "content/pathways/mapk.mdx": (t) => t.replace("aliases: [MAPK]", "aliases: [MAPK, Herceptin]") });
    expect(check(root)).toEqual({
      code: 1,
      lines: report(
        [
          'content/pathways/mapk.mdx:3:17  the name "Herceptin" is also a name of drug "trastuzumab" (content/drugs/trastuzumab.mdx)  (a name may point to one page only; names are compared ignoring case, spaces and punctuation)  [entity-names]',
        ],
        `Content check: 1 error, 0 warnings in 8 content files.${ERRORS_HINT}`,
      ),
    });
  });

  it("review more than 12 months old (a warning: exit 0)", () => {
    const root = fixture({ "content/drugs/trastuzumab.mdx": (t) => t.replace("lastReviewed: 2026-11-01", "lastReviewed: 2025-10-31") });
    expect(check(root)).toEqual({
      code: 0,
      lines: report(
        [`content/drugs/trastuzumab.mdx:28:1  lastReviewed 2025-10-31 is more than 12 months ago  (${FIX_REVIEW})  [review-dates]`],
        "Content check: 0 errors, 1 warning in 8 content files.",
      ),
    });
  });

  it("file changed in git after its newest changes entry, committed or not", () => {
    const root = fixture();
    const git = (args: string[], date = "2026-11-01T12:00:00+00:00") => {
      const result = spawnSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      });
      if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
    };
    git(["init", "-q"]);
    git(["add", "-A"]);
    git(["commit", "-qm", "Reviewed content"]);
    expect(runCli(root).code).toBe(0);

    const chapter = join(root, "content/chapters/01-introduction.mdx");
    writeFileSync(chapter, readFileSync(chapter, "utf8").replace("HER2 is a receptor", "HER2 is a membrane receptor"));
    git(["commit", "-qam", "Fix a sentence"], "2026-11-15T09:30:00+00:00");
    const drug = join(root, "content/drugs/trastuzumab.mdx");
    writeFileSync(drug, readFileSync(drug, "utf8").replace("binds HER2", "binds to HER2"));
    // A new process: git dates are read once per process (src/provenance/git-dates.ts).
    expect(runCli(root)).toEqual({
      code: 1,
      lines: report(
        [
          `content/chapters/01-introduction.mdx:11:1  the file changed on 2026-11-15 (git), after its newest changes entry (2026-11-01)  (add a changes entry at the top, - date: 2026-11-15 with a note saying what changed, and update lastReviewed if you re-checked the content)  [review-dates]`,
          `content/drugs/trastuzumab.mdx:29:1  the file has uncommitted changes made after its newest changes entry (2026-11-01)  (add a changes entry at the top, - date: ${TODAY} with a note saying what changed, and update lastReviewed if you re-checked the content)  [review-dates]`,
        ],
        `Content check: 2 errors, 0 warnings in 8 content files.${ERRORS_HINT}`,
      ),
    });
  });

  it("prints errors first, then warnings, each in file order", () => {
    const root = fixture({
      "content/drugs/trastuzumab.mdx": (t) => t.replace(" [@gamma2003]", "").replace("lastReviewed: 2026-11-01", "lastReviewed: 2024-01-01"),
      "content/chapters/02-therapeutics.mdx": (t) => t.replace('<Figure id="alterations">', '<Figure id="alteration">'),
      "content/chapters/01-introduction.mdx": (t) => t.replace("(#signalling)", "(#signaling)"),
    });
    const { code, lines } = check(root);
    expect(code).toBe(1);
    expect(lines.map((l) => l.replace(/ {2}.*/, ""))).toEqual([
      "content/chapters/01-introduction.mdx:18:48", // the link to #figure-alterations, gone with the figure
      "content/chapters/01-introduction.mdx:19:5",
      "content/chapters/02-therapeutics.mdx:16:1",
      "content/drugs/trastuzumab.mdx:28:1",
      "content/references.bib:21:10",
      "",
      `Content check: 3 errors, 2 warnings in 8 content files.${ERRORS_HINT}`,
    ]);
  });
});
