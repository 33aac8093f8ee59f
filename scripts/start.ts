/**
 * `npm start`: builds the site if dist/ is missing, older than its sources or made for another base
 * path, then serves dist/ on http://127.0.0.1 (PORT, default 4321; BASE_PATH as in the build).
 */
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { readBuildInfo } from "../src/build/atomic-dist.ts";
import { CONTENT_DIR } from "../src/content/content-paths.ts";
import { sortedGlob } from "../src/files/sorted-glob.ts";
import { normalBase } from "../src/links/base-path.ts";
import { serveStatic } from "../src/server/static-server.ts";

const SOURCES = [CONTENT_DIR, "src", "public", "astro.config.mjs", "package.json"];
const base = normalBase(process.env.BASE_PATH);

/** The newest modification under a path: its files', and its folders' (a deleted file changes its folder). */
function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(...sortedGlob("**", path).map((name) => statSync(join(path, name)).mtimeMs));
}

function whyRebuild(): string | undefined {
  const built = join("dist", "index.html");
  if (!existsSync(built)) return "dist/ has no site yet";
  if (Math.max(...SOURCES.filter(existsSync).map(newestChange)) > statSync(built).mtimeMs) return "the sources changed since the last build";
  const info = readBuildInfo("dist");
  if (!info) return "dist/ does not say which base path it was built for";
  if (info.base !== base) return `dist/ was built for the base path ${info.base}, and this server is asked to serve ${base}`;
  return undefined;
}

const reason = whyRebuild();
if (reason) {
  console.log(`Building the site (${reason})…`);
  const result = spawnSync(process.execPath, ["scripts/build.ts"], { stdio: "inherit", env: { ...process.env, BASE_PATH: base } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const { url } = await serveStatic({ dir: "dist", base, port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? "127.0.0.1" });
console.log(`Serving dist/ at ${url} (Ctrl+C to stop)`);
