/**
 * The order test files start in. Vitest's own order runs the projects one after the other (by
 * name), so the last long browser files of one project start late while the other worker idles.
 * This order ignores projects for the long files: the longest first (as the last run timed it), so
 * two workers finish together. The short ones come last, grouped by project, so a worker goes on
 * with the module graph it has (the projects do not isolate files) instead of starting anew for
 * every file. Files with no timing yet (a fresh clone) go by what they do — browser files, then
 * built-site files, then unit files — and by size within each.
 */
import { stat } from "node:fs/promises";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** A file shorter than this (ms) is one of the short ones. */
const SHORT = 2_000;

/** Browser files take seconds, built-site files about one, unit files a fraction. */
function kindRank(moduleId: string): number {
  if (moduleId.includes("/tests/e2e/")) return 0;
  if (moduleId.includes("/tests/site/")) return 1;
  return 2;
}

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const sizes = new Map(await Promise.all(files.map(async (f) => [f.moduleId, (await stat(f.moduleId)).size] as const)));
    const timed = (f: TestSpecification) => cache.getTestSpecificationResult(f);
    const short = (f: TestSpecification) => (timed(f)?.duration ?? Infinity) < SHORT;
    return [...files].sort((a, b) => {
      const [ra, rb] = [timed(a), timed(b)];
      // Unknown first: they may be the long ones.
      if (!ra || !rb) {
        if (ra || rb) return ra ? 1 : -1;
        const kind = kindRank(a.moduleId) - kindRank(b.moduleId);
        if (kind !== 0) return kind;
        // Browser files across projects, longest (largest) first; the shorter kinds by project.
        if (kindRank(a.moduleId) > 0 && a.project.name !== b.project.name) return a.project.name < b.project.name ? -1 : 1;
        return sizes.get(b.moduleId)! - sizes.get(a.moduleId)!;
      }
      if (short(a) !== short(b)) return short(a) ? 1 : -1;
      if (short(a) && a.project.name !== b.project.name) return a.project.name < b.project.name ? -1 : 1;
      return Number(rb.failed) - Number(ra.failed) || rb.duration - ra.duration;
    });
  }
}
