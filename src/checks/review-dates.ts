/**
 * Rule: review provenance. Every page records lastReviewed, the day its content was last checked
 * against its sources.
 * - warning: the review is more than 12 months old;
 * - error: the file changed (a later commit, or uncommitted edits) after its newest `changes`
 *   entry, so its change history no longer says what changed;
 * - error: the date is in the future.
 * Dates are compared as calendar days (YYYY-MM-DD).
 */
import type { PreparedContent } from "./content.ts";
import type { Problem } from "./problem.ts";
import { locateField } from "../content/yaml-places.ts";

export interface FileChange {
  /** The day of the last change, YYYY-MM-DD. */
  date: string;
  /** The change is in the working tree, not yet committed. */
  uncommitted: boolean;
}

export interface ReviewContext {
  /** YYYY-MM-DD. */
  today: string;
  /** When each file last changed, from git; files missing from it are not checked for changes. */
  changes: ReadonlyMap<string, FileChange>;
}

const FIX = "update lastReviewed after checking the content against its sources";

export function checkReviewDates(content: PreparedContent, context: ReviewContext): Problem[] {
  const problems: Problem[] = [];
  const yearAgo = addMonths(context.today, -12);
  for (const page of content.pages) {
    const reviewed = isoDay(page.data?.lastReviewed);
    if (!reviewed) continue; // missing or not a date: the frontmatter rule reports it
    const place = locateField(page.yaml, ["lastReviewed"]);
    const at = { file: page.file, line: place.line, column: place.column, rule: "review-dates" } as const;
    const change = context.changes.get(page.file);
    if (reviewed > context.today) {
      problems.push({
        ...at,
        severity: "error",
        message: `lastReviewed ${reviewed} is in the future (today is ${context.today})`,
        fix: "write the day the content was checked",
      });
    } else if (change && newestChange(page.data?.changes) !== undefined && change.date > newestChange(page.data?.changes)!) {
      // The page's change history must say what changed (and lastReviewed when it was re-checked).
      const history = locateField(page.yaml, ["changes"]);
      problems.push({
        file: page.file,
        line: history.line,
        column: history.column,
        rule: "review-dates",
        severity: "error",
        message: change.uncommitted
          ? `the file has uncommitted changes made after its newest changes entry (${newestChange(page.data?.changes)})`
          : `the file changed on ${change.date} (git), after its newest changes entry (${newestChange(page.data?.changes)})`,
        fix: `add a changes entry at the top, - date: ${change.date} with a note saying what changed, and update lastReviewed if you re-checked the content`,
      });
    } else if (reviewed < yearAgo) {
      problems.push({ ...at, severity: "warning", message: `lastReviewed ${reviewed} is more than 12 months ago`, fix: FIX });
    }
  }
  return problems;
}

/** The day of a page's newest changes entry, YYYY-MM-DD. */
function newestChange(changes: unknown): string | undefined {
  const first = Array.isArray(changes) ? (changes[0] as { date?: unknown } | undefined) : undefined;
  return isoDay(first?.date);
}

/** A frontmatter date (YAML gives a Date; a quoted one is a string) as YYYY-MM-DD, or undefined. */
export function isoDay(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/** "2026-11-29" + (-12) → "2025-11-29"; the day is clamped to the month's length (29 Feb → 28 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}
