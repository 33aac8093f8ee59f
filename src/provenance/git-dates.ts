/**
 * When each content file last changed, from git: the author date of the last commit that touched
 * it (when the change was written; a rebase does not move it). One `git log` for the whole folder,
 * cached per process. Outside a git checkout (a tarball, a copy) every answer is "unknown", never
 * an error: pages then show no date, and the checker skips the review-date comparison.
 */
import { CONTENT_DIR } from "../content/content-paths.ts";
import { spawnSync } from "node:child_process";

/** Parses `git log --format=%x1e%aI --name-only`: path → ISO date of the newest commit listing it. */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const record of output.split("\x1e")) {
    const [date, ...files] = record.split("\n").map((line) => line.trim());
    if (!date) continue;
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

function git(root: string, args: string[]): string | undefined {
  const result = spawnSync("git", args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

const logCache = new Map<string, Map<string, string>>();

/**
 * Path (relative to `root`, "/" separators) → ISO 8601 author date of the last commit touching it,
 * for every file under `folder`. Empty outside a git checkout.
 */
export function lastCommitDates(root = process.cwd(), folder = CONTENT_DIR): Map<string, string> {
  const key = `${root}\0${folder}`;
  let dates = logCache.get(key);
  if (!dates) {
    const output = git(root, ["log", "--format=%x1e%aI", "--name-only", "--relative", "--", folder]);
    dates = output ? parseGitLog(output) : new Map();
    logCache.set(key, dates);
  }
  return dates;
}

/** Tracked files under `folder` whose working copy differs from the last commit (not cached: it changes as you edit). */
export function uncommittedChanges(root = process.cwd(), folder = CONTENT_DIR): string[] {
  const output = git(root, ["diff", "--name-only", "--relative", "HEAD", "--", folder]);
  return output ? output.split("\n").filter(Boolean) : [];
}

/** "2026-03-04T10:00:00+01:00" → "2026-03-04": the day as the author's clock showed it. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}
