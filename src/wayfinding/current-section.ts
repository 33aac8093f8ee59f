/**
 * Which section the reader is in: the last heading whose top has passed the reading line (a line
 * a third of the way down the window). Before the first heading there is none.
 */
export const READING_LINE = 1 / 3;

/** The index of the current heading, given each heading's top in window pixels (in page order), or -1. */
export function currentSection(headingTops: readonly number[], readingLine: number): number {
  let current = -1;
  for (const [index, top] of headingTops.entries()) {
    if (top > readingLine) break;
    current = index;
  }
  return current;
}
