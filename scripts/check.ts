/**
 * `npm run check`: the type check (`astro check`) and the content checker
 * (scripts/check-content.ts), both always run, so one command reports everything. Exits 1 if
 * either found an error. The content check runs last: its summary is the last thing printed.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const run = (args: string[]) => spawnSync(process.execPath, args, { stdio: "inherit" }).status ?? 1;
const types = run([resolve("node_modules/astro/bin/astro.mjs"), "check"]);
console.log("");
const content = run([resolve(import.meta.dirname, "check-content.ts"), ...process.argv.slice(2)]);
console.log(
  `\nType check (astro check): ${types === 0 ? "passed" : "FAILED, see its errors above"}. Content check: ${content === 0 ? "passed" : "FAILED, see its errors above"}.`,
);
process.exit(types !== 0 || content !== 0 ? 1 : 0);
