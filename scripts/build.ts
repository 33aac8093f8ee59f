/**
 * `npm run build`: builds into a fresh folder and only then replaces dist/, so a failed build
 * never leaves a half-written site behind (the previous good build stays where it was).
 * Usage: node scripts/build.ts [--outDir DIR]
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";

const args = process.argv.slice(2);
const outIndex = args.indexOf("--outDir");
const outDir = resolve(outIndex >= 0 ? args[outIndex + 1]! : "dist");
const staging = `${outDir}.building`;
const astro = resolve("node_modules/astro/bin/astro.mjs");

rmSync(staging, { recursive: true, force: true });
const result = spawnSync(process.execPath, [astro, "build", "--outDir", staging], { stdio: "inherit" });
if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${outDir} was left as it was. Fix the error above and run the build again.`);
  process.exit(result.status ?? 1);
}
if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
renameSync(staging, outDir);
