/**
 * The content check of a project folder as `npm run check` reports it: each problem on a line,
 * errors first, then a summary line; exit code 1 if there is an error. scripts/check-content.ts
 * prints it; the build runs the same check first (src/checks/check-integration.ts); the tests read
 * it without starting a process.
 */
import { checkContent, fileCount, type FileChange } from "./index.ts";
import { formatProblem, summarize, type Problem } from "./problem.ts";
import { readContentTree } from "./read-tree.ts";
import { dayOf, lastCommitDates, uncommittedChanges } from "../provenance/git-dates.ts";

export interface CheckReport {
  code: 0 | 1;
  lines: string[];
}

/** Every rule's problems for the content under `root` on the day `today` (YYYY-MM-DD), with the review dates git knows. */
export function contentProblems(root: string, today: string): { problems: Problem[]; files: number } {
  const tree = readContentTree(root);
  const changes = new Map<string, FileChange>();
  for (const [file, iso] of lastCommitDates(root)) changes.set(file, { date: dayOf(iso), uncommitted: false });
  for (const file of uncommittedChanges(root)) changes.set(file, { date: today, uncommitted: true });
  return { problems: checkContent(tree, { today, changes }), files: fileCount(tree) };
}

/** The report `npm run check` prints for the content under `root`. */
export function contentCheckReport(root: string, today: string): CheckReport {
  const { problems, files } = contentProblems(root, today);
  const hasErrors = problems.some((p) => p.severity === "error");
  const summary = `Content check: ${summarize(problems, files)}.${hasErrors ? " Fix the errors above; warnings do not stop the build." : ""}`;
  return { code: hasErrors ? 1 : 0, lines: problems.length ? [...problems.map(formatProblem), "", summary] : [summary] };
}
