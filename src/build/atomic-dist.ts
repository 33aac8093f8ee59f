/**
 * The build's file-system steps, kept apart so they can be tested without a build: a lock that two
 * builds cannot both hold (a stale one, left by a killed build, is taken over), the swap of a
 * finished staging folder for dist/ by renames only, and dist/build.json, which tells `npm start`
 * (and readers of the folder) which base path and origin the build was made for.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { normalBase } from "../links/base-path.ts";

export interface BuildInfo {
  base: string;
  siteUrl: string | null;
  builtAt: string;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Takes `<outDir>.lock` or throws naming the build that holds it. Returns the release, which also clears `staging`. */
export function acquireBuildLock(outDir: string): (staging: string) => void {
  const lock = `${outDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      mkdirSync(lock); // atomic: exactly one build creates it
      writeFileSync(join(lock, "pid"), String(process.pid));
      return (staging) => {
        rmSync(staging, { recursive: true, force: true });
        rmSync(lock, { recursive: true, force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number(readFileSafe(join(lock, "pid")));
      if (pid && isAlive(pid)) {
        throw new Error(`another build (process ${pid}) is writing ${outDir}; wait for it to finish, or remove ${lock} if it is gone`, { cause: error });
      }
      rmSync(lock, { recursive: true, force: true }); // left by a build that was killed
    }
  }
  throw new Error(`could not take the build lock ${lock}`);
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** Puts a finished build in place: dist/ is moved aside, the new one renamed in, the old one deleted. */
export function swapIn(staging: string, outDir: string): void {
  const old = `${outDir}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
}

export function writeBuildInfo(dir: string, env: { base?: string | undefined; siteUrl?: string | undefined }): void {
  const info: BuildInfo = { base: normalBase(env.base), siteUrl: env.siteUrl ?? null, builtAt: new Date().toISOString() };
  writeFileSync(join(dir, "build.json"), `${JSON.stringify(info, null, 2)}\n`);
}

export function readBuildInfo(dir: string): BuildInfo | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, "build.json"), "utf8")) as BuildInfo;
  } catch {
    return undefined;
  }
}
