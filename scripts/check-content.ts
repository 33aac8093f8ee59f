/**
 * The content checker (`npm run check` runs it after `astro check`): reads content/, runs every rule
 * of src/checks/ and prints each problem as
 *
 *   path:line:column  message  (how to fix)  [rule]
 *
 * errors first, then warnings, then a summary. Exits 1 if there is an error, else 0.
 * Usage: node scripts/check-content.ts [--root DIR] [--today YYYY-MM-DD]
 * (--today is for tests; outside a git checkout the review-date comparison with git is skipped.)
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkContent, fileCount, type FileChange } from "../src/checks/index.ts";
import { formatProblem, summarize } from "../src/checks/problem.ts";
import { readContentTree } from "../src/checks/read-tree.ts";
import { dayOf, lastCommitDates, uncommittedChanges } from "../src/provenance/git-dates.ts";
import { isoDate } from "../src/text/dates.ts";

const { values } = parseArgs({ options: { root: { type: "string", default: "." }, today: { type: "string", default: isoDate(new Date()) } } });
const root = resolve(values.root);
const today = values.today;

const tree = readContentTree(root);
const changes = new Map<string, FileChange>();
for (const [file, iso] of lastCommitDates(root)) changes.set(file, { date: dayOf(iso), uncommitted: false });
for (const file of uncommittedChanges(root)) changes.set(file, { date: today, uncommitted: true });

const problems = checkContent(tree, { today, changes });
for (const problem of problems) console.log(formatProblem(problem));
const hasErrors = problems.some((p) => p.severity === "error");
console.log(
  `${problems.length ? "\n" : ""}Content check: ${summarize(problems, fileCount(tree))}.${hasErrors ? " Fix the errors above; warnings do not stop the build." : ""}`,
);
process.exitCode = hasErrors ? 1 : 0;
