import { spawn } from "node:child_process";
import { join } from "node:path";

export interface BuildResult {
  code: number;
  /** stdout and stderr together, as a maintainer would see them. */
  output: string;
}

/** Runs this project's build script (as `npm run build` does) for a project root into outDir. */
export function buildSite(options: { root: string; outDir: string; env?: Record<string, string> }): Promise<BuildResult> {
  const script = join(process.cwd(), "scripts", "build.ts");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, "--outDir", options.outDir], {
      cwd: options.root,
      // Vitest sets NODE_ENV=test, which would make this a non-production build (import.meta.env.PROD false).
      env: { ...process.env, ...options.env, NODE_ENV: "production", NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}
