/**
 * Which chapters the chapter sidebar lists. Every chapter, while there are few (the review has
 * seven): a reader sees the whole book. Past SIDEBAR_FULL_LIST, only a window of chapters around
 * the current one, and links to the full list for the rest — otherwise every chapter page would
 * carry every other chapter's outline, and a site of N chapters would weigh N² (the scale
 * benchmark measured 360 KB of sidebar per page at 500 chapters).
 */
export const SIDEBAR_FULL_LIST = 20;
export const SIDEBAR_WINDOW = 11;

export interface SidebarWindow<T> {
  shown: T[];
  /** Chapters before the window, not listed. */
  before: number;
  /** Chapters after the window, not listed. */
  after: number;
}

export function sidebarWindow<T>(items: readonly T[], current: number, full = SIDEBAR_FULL_LIST, size = SIDEBAR_WINDOW): SidebarWindow<T> {
  if (items.length <= full) return { shown: [...items], before: 0, after: 0 };
  const at = Math.min(Math.max(current, 0), items.length - 1);
  const start = Math.min(Math.max(at - Math.floor(size / 2), 0), items.length - size);
  return { shown: items.slice(start, start + size), before: start, after: items.length - start - size };
}
