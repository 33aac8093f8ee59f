/**
 * The order test files start in. Vitest's own order runs the projects one after the other (by
 * name), so the last long browser files of one project start late while the other worker idles.
 * This order ignores projects: the longest file first (as the last run timed it), so two workers
 * finish together. Files with no timing yet (a fresh clone) go by what they do — browser files,
 * then built-site files, then unit files — and by size within each.
 */
import { stat } from "node:fs/promises";
import { BaseSequencer, type TestSpecification } from "vitest/node";

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
    const known = (f: TestSpecification) => cache.getTestSpecificationResult(f);
    return [...files].sort((a, b) => {
      const [ra, rb] = [known(a), known(b)];
      if (ra && rb) return Number(rb.failed) - Number(ra.failed) || rb.duration - ra.duration;
      // Unknown first: they may be the long ones.
      if (ra || rb) return ra ? 1 : -1;
      return kindRank(a.moduleId) - kindRank(b.moduleId) || sizes.get(b.moduleId)! - sizes.get(a.moduleId)!;
    });
  }
}
