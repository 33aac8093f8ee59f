/**
 * `npm start`: builds the site if dist/ is missing or older than its sources, then serves dist/
 * on http://localhost (PORT, default 4321; BASE_PATH as in the build).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "./static-server.ts";

const SOURCES = ["content", "src", "public", "astro.config.mjs", "package.json"];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const built = join("dist", "index.html");
if (!existsSync(built) || Math.max(...SOURCES.filter(existsSync).map(newestChange)) > statSync(built).mtimeMs) {
  console.log("Building the site…");
  const result = spawnSync(process.execPath, ["scripts/build.ts"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const { url } = await serveStatic({ dir: "dist", base: process.env.BASE_PATH, port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? "127.0.0.1" });
console.log(`Serving dist/ at ${url} (Ctrl+C to stop)`);
