/**
 * `npm run build`: builds into a staging folder and only then swaps it in for dist/ (old aside,
 * new in, old deleted), so a failed or killed build never leaves a half-written site or none at
 * all. A lock file keeps two builds from meeting in the same folders.
 * Usage: node scripts/build.ts [--outDir DIR]
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { acquireBuildLock, swapIn } from "../src/build/atomic-dist.ts";

const { values } = parseArgs({ options: { outDir: { type: "string", default: "dist" } } });
const outDir = resolve(values.outDir);
const staging = `${outDir}.building`;
const astro = resolve("node_modules/astro/bin/astro.mjs");

const release = acquireBuildLock(outDir);
try {
  const result = spawnSync(process.execPath, [astro, "build", "--outDir", staging], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\nBuild failed: ${outDir} was left as it was. Fix the error above and run the build again.`);
    process.exitCode = result.status ?? 1;
  } else {
    swapIn(staging, outDir);
  }
} finally {
  release(staging);
}
