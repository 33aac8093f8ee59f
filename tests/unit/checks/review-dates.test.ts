import { describe, expect, it } from "vitest";
import { addMonths, checkReviewDates, isoDay, type FileChange } from "../../../src/checks/review-dates.ts";
import { cleanTree, edit, run, TODAY } from "./helpers.ts";

const CHAPTER = "content/chapters/01-introduction.mdx";
const FIX = "update lastReviewed after checking the content against its sources";
const changes = (entries: [string, FileChange][]) => new Map(entries);

describe("review-dates", () => {
  it("errs when the file changed in git after its newest changes entry, at the changes line", () => {
    const context = { today: TODAY, changes: changes([[CHAPTER, { date: "2026-11-02", uncommitted: false }]]) };
    expect(run(checkReviewDates, cleanTree(), context)).toEqual([
      `${CHAPTER}:11:1  the file changed on 2026-11-02 (git), after its newest changes entry (2026-11-01)  (add a changes entry at the top, - date: 2026-11-02 with a note saying what changed, and update lastReviewed if you re-checked the content)  [review-dates]`,
    ]);
  });

  it("errs on uncommitted edits made after the newest changes entry", () => {
    const context = { today: TODAY, changes: changes([[CHAPTER, { date: TODAY, uncommitted: true }]]) };
    expect(run(checkReviewDates, cleanTree(), context)).toEqual([
      `${CHAPTER}:11:1  the file has uncommitted changes made after its newest changes entry (2026-11-01)  (add a changes entry at the top, - date: ${TODAY} with a note saying what changed, and update lastReviewed if you re-checked the content)  [review-dates]`,
    ]);
  });

  it("accepts a change on the day of the review, and files git does not know", () => {
    const context = { today: TODAY, changes: changes([[CHAPTER, { date: "2026-11-01", uncommitted: false }]]) };
    expect(run(checkReviewDates, cleanTree(), context)).toEqual([]);
  });

  it("warns when the review is more than 12 months old, not at exactly 12", () => {
    let tree = edit(cleanTree(), CHAPTER, (t) => t.replace("lastReviewed: 2026-11-01", "lastReviewed: 2025-11-28"));
    tree = edit(tree, "content/drugs/trastuzumab.mdx", (t) => t.replace("lastReviewed: 2026-11-01", "lastReviewed: 2025-11-29"));
    expect(run(checkReviewDates, tree)).toEqual([`${CHAPTER}:10:1  lastReviewed 2025-11-28 is more than 12 months ago  (${FIX})  [review-dates]`]);
  });

  it("errs on a date in the future", () => {
    const tree = edit(cleanTree(), CHAPTER, (t) => t.replace("lastReviewed: 2026-11-01", "lastReviewed: 2026-12-01"));
    expect(run(checkReviewDates, tree)).toEqual([
      `${CHAPTER}:10:1  lastReviewed 2026-12-01 is in the future (today is ${TODAY})  (write the day the content was checked)  [review-dates]`,
    ]);
  });

  it("reads dates as YAML gives them and counts months by the calendar", () => {
    expect(isoDay(new Date("2026-03-04T00:00:00Z"))).toBe("2026-03-04");
    expect(isoDay("2026-03-04")).toBe("2026-03-04");
    expect(isoDay("soon")).toBeUndefined();
    expect(addMonths("2026-11-29", -12)).toBe("2025-11-29");
    expect(addMonths("2028-02-29", -12)).toBe("2027-02-28");
  });
});
