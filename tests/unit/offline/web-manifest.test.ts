import { describe, expect, it } from "vitest";
import { webManifest } from "../../../src/offline/web-manifest.ts";

describe("webManifest", () => {
  const manifest = webManifest({ name: "HER2 Knowledge Base", shortName: "HER2 KB", description: "d", url: (path) => `/her2/${path}` });

  it("starts and is scoped under the base, so a sub-path deployment installs itself only", () => {
    expect(manifest.start_url).toBe("/her2/");
    expect(manifest.scope).toBe("/her2/");
  });

  it("has the icons an installable app needs, under the base", () => {
    expect(manifest.icons.map((icon) => [icon.src, icon.sizes])).toEqual([
      ["/her2/icons/icon.svg", "any"],
      ["/her2/icons/icon-192.png", "192x192"],
      ["/her2/icons/icon-512.png", "512x512"],
    ]);
    expect(manifest.display).toBe("standalone");
  });
});
