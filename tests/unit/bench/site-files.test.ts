import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listSiteFiles, siteReader, urlPathOf } from "../../../scripts/bench/site-files.ts";

const dist = mkdtempSync(join(tmpdir(), "her2-kb-site-files-"));
mkdirSync(join(dist, "chapters", "a"), { recursive: true });
writeFileSync(join(dist, "index.html"), "home");
writeFileSync(join(dist, "chapters", "a", "index.html"), "chapter");
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe("site files", () => {
  it("lists files with forward-slash paths and sizes", () => {
    expect(listSiteFiles(dist).map((f) => [f.path, f.size])).toEqual([
      ["chapters/a/index.html", 7],
      ["index.html", 4],
    ]);
  });

  it("maps files to URL paths under the base", () => {
    expect(urlPathOf("index.html")).toBe("/");
    expect(urlPathOf("chapters/a/index.html", "/her2")).toBe("/her2/chapters/a/");
  });

  it("reads by URL path, directory URLs included; nothing outside the base or the build", () => {
    const read = siteReader(dist, "/her2/");
    expect(Buffer.from(read("/her2/chapters/a/")!).toString()).toBe("chapter");
    expect(Buffer.from(read("/her2/?q=x")!).toString()).toBe("home");
    expect(read("/chapters/a/")).toBeUndefined();
    expect(read("/her2/../../etc/passwd")).toBeUndefined();
    expect(read("/her2/missing.css")).toBeUndefined();
  });
});
