import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireBuildLock, readBuildInfo, swapIn, writeBuildInfo } from "../../../src/build/atomic-dist.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "her2-dist-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the build's folders", () => {
  it("lets one build at a time hold the lock, and frees it with the staging folder", () => {
    const out = join(dir, "dist");
    const release = acquireBuildLock(out);
    expect(() => acquireBuildLock(out)).toThrow(/another build \(process \d+\) is writing/);
    mkdirSync(`${out}.building`);
    release(`${out}.building`);
    expect(existsSync(`${out}.lock`) || existsSync(`${out}.building`)).toBe(false);
    acquireBuildLock(out)(`${out}.building`);
  });

  it("takes over a lock left by a build that was killed", () => {
    const out = join(dir, "dist");
    mkdirSync(`${out}.lock`);
    writeFileSync(join(`${out}.lock`, "pid"), "999999999");
    expect(() => acquireBuildLock(out)(`${out}.building`)).not.toThrow();
  });

  it("swaps the new build in by renames and removes the old one", () => {
    const out = join(dir, "dist");
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "old");
    mkdirSync(`${out}.building`);
    writeFileSync(join(`${out}.building`, "index.html"), "new");
    swapIn(`${out}.building`, out);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("new");
    expect(existsSync(`${out}.old`) || existsSync(`${out}.building`)).toBe(false);
  });

  it("records the base path a build was made for", () => {
    writeBuildInfo(dir, { base: "her2", siteUrl: undefined });
    expect(readBuildInfo(dir)).toMatchObject({ base: "/her2/", siteUrl: null });
  });
});
