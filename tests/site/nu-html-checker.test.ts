/**
 * The Nu Html Checker (the W3C validator, from the vnu-jar package, run with the machine's Java)
 * over every page of the build: no errors. `.ci/run` installs Java where it is missing.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { describe, expect, inject, it } from "vitest";

const dist = inject("distDir");
const vnuJar = String(createRequire(import.meta.url)("vnu-jar"));

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe("the Nu Html Checker", () => {
  it("finds no error on any page", () => {
    const run = spawnSync("java", ["-jar", vnuJar, "--format", "json", "--skip-non-html", "--errors-only", dist], { encoding: "utf8" });
    if (run.error) throw new Error(`could not run Java for the Nu Html Checker (${run.error.message}); install it: apt-get install -y default-jre-headless`);
    const { messages } = JSON.parse(run.stderr || run.stdout) as { messages: NuMessage[] };
    const errors = messages.filter((m) => m.type === "error").map((m) => `${m.url.slice(m.url.indexOf(dist) + dist.length)}:${m.lastLine ?? 0}  ${m.message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});
