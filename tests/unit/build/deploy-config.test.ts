import { describe, expect, it } from "vitest";
import { deployConfig, LOCAL_SITE } from "../../../src/build/deploy-config.ts";

describe("deployConfig", () => {
  it("makes a local build without SITE_URL, naming this computer and no repository", () => {
    expect(deployConfig({})).toEqual({ site: LOCAL_SITE, base: "/", repositoryUrl: undefined, local: true });
  });

  it("takes the origin, the base and the repository of a deployment", () => {
    expect(deployConfig({ SITE_URL: "https://her2.kb.org", BASE_PATH: "her2", REPO_URL: "https://github.com/acme/her2/" })).toEqual({
      site: "https://her2.kb.org",
      base: "/her2/",
      repositoryUrl: "https://github.com/acme/her2",
      local: false,
    });
  });

  it("takes the base from a SITE_URL with a path", () => {
    expect(deployConfig({ SITE_URL: "https://x.org/sub" })).toMatchObject({ site: "https://x.org", base: "/sub/" });
    expect(deployConfig({ SITE_URL: "https://x.org/sub/", BASE_PATH: "/sub/" })).toMatchObject({ base: "/sub/" });
  });

  it.each([
    [{ SITE_URL: "x.org" }, 'SITE_URL="x.org" is not an absolute address'],
    [{ SITE_URL: "ftp://x.org" }, "must be an http(s) address"],
    [{ SITE_URL: "https://her2-kb.example.org" }, "names a placeholder host (her2-kb.example.org)"],
    [{ SITE_URL: "https://x.org/sub", BASE_PATH: "/her2/" }, "has the path /sub/ but BASE_PATH is /her2/"],
    [{ SITE_URL: "https://x.org", REPO_URL: "https://github.com/her2-kb/her2-knowledge-base" }, "is the placeholder this project once shipped"],
  ])("refuses %j", (env, message) => {
    expect(() => deployConfig(env)).toThrow(message);
  });
});
