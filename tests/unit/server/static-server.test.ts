/** `npm start`'s server against hostile requests: it answers each one and stays up. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, renameSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeRequest } from "../../../src/server/route-request.ts";
import { headersForAllPaths } from "../../../src/seo/headers.ts";
import { serveStatic, type StaticServer } from "../../../src/server/static-server.ts";

describe("routeRequest", () => {
  it.each([
    ["GET", "/her2/chapters/x/", { kind: "file", path: "chapters/x/" }],
    ["HEAD", "/her2/", { kind: "file", path: "" }],
    ["GET", "/", { kind: "redirect", location: "/her2/" }],
    ["GET", "/her2", { kind: "redirect", location: "/her2/" }],
    ["GET", "/other/", { kind: "error", status: 404 }],
    ["POST", "/her2/", { kind: "error", status: 405 }],
    ["DELETE", "/her2/", { kind: "error", status: 405 }],
    ["GET", "/her2/%E0%A4%A", { kind: "error", status: 400 }],
    ["GET", "/%", { kind: "error", status: 400 }],
    ["GET", "/%zz", { kind: "error", status: 400 }],
    ["GET", "//", { kind: "error", status: 400 }],
    ["GET", "/%2Fevil.example/..%2Fchapters", { kind: "error", status: 400 }],
    ["GET", "/her2/%0d%0a/..%2Fchapters", { kind: "error", status: 400 }],
    ["GET", "/her2/..%2F..%2Fetc/passwd", { kind: "error", status: 400 }],
    ["GET", "/her2/a%00b", { kind: "error", status: 400 }],
    ["GET", "/her2/a%5Cb", { kind: "error", status: 400 }],
    ["GET", "http://evil.example/", { kind: "error", status: 400 }],
  ])("%s %s", (method, url, expected) => {
    expect(routeRequest(method, url, "/her2/")).toMatchObject(expected);
  });
});

describe("the static server", () => {
  let dir: string;
  let server: StaticServer;
  const ask = (path: string, method = "GET") =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
      const url = new URL(server.url);
      const req = request({ host: url.hostname, port: url.port, path, method }, (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.end();
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "her2-serve-"));
    mkdirSync(join(dir, "dist/chapters/Ünïcode"), { recursive: true });
    writeFileSync(join(dir, "dist/index.html"), "<h1>home</h1>");
    writeFileSync(join(dir, "dist/404.html"), "<h1>not here</h1>");
    writeFileSync(join(dir, "dist/chapters/Ünïcode/index.html"), "<h1>unicode</h1>");
    writeFileSync(join(dir, "dist/_headers"), "/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: default-src 'self'\n");
    writeFileSync(join(dir, "secret.txt"), "outside");
    symlinkSync(join(dir, "secret.txt"), join(dir, "dist/leak.txt"));
    server = await serveStatic({ dir: join(dir, "dist"), base: "her2" });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("prints a URL with the base path normalised", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/her2\/$/);
  });

  it("serves pages with the headers of _headers", async () => {
    const home = await ask("/her2/");
    expect(home).toMatchObject({ status: 200, body: "<h1>home</h1>" });
    expect(home.headers["x-content-type-options"]).toBe("nosniff");
    expect(home.headers["content-security-policy"]).toBe("default-src 'self'");
  });

  it("answers every hostile request and is still up", async () => {
    const answers = await Promise.all(
      [
        "/%E0%A4%A",
        "/%",
        "/%zz",
        "//",
        "/%0d%0a/..%2Fchapters",
        "/her2/%2Fevil.example/..%2Fchapters",
        "/her2/leak.txt",
        "/her2/../secret.txt",
        "/her2/chapters/%C3%9Cn%C3%AFcode",
      ].map((path) => ask(path)),
    );
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 400, 400, 400, 404, 400, 301]);
    expect(answers.every((a) => !a.body.includes("outside"))).toBe(true);
    expect(answers.at(-1)!.headers.location).toBe("/her2/chapters/%C3%9Cn%C3%AFcode/");
    expect((await ask("/her2/")).status).toBe(200);
  });

  it("refuses other methods with 405 and says which are allowed", async () => {
    for (const method of ["POST", "PUT", "DELETE"]) {
      const answer = await ask("/her2/", method);
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe("GET, HEAD");
    }
  });

  it("never redirects off the origin", async () => {
    for (const path of ["//evil.example/", "/%2F%2Fevil.example/", "/her2//evil.example"]) {
      const answer = await ask(path);
      expect(String(answer.headers.location ?? "/").startsWith("//")).toBe(false);
    }
  });

  it("keeps serving while dist/ is replaced", async () => {
    renameSync(join(dir, "dist"), join(dir, "old"));
    expect((await ask("/her2/")).status).toBe(503);
    renameSync(join(dir, "old"), join(dir, "dist"));
    expect((await ask("/her2/")).status).toBe(200);
  });

  it("with compress, gzips a page for a client that accepts it, with the headers of _headers", async () => {
    const compressing = await serveStatic({ dir: join(dir, "dist"), base: "her2", compress: true });
    const url = new URL(compressing.url);
    const get = (headers: Record<string, string>) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
        request({ host: url.hostname, port: url.port, path: "/her2/chapters/%C3%9Cn%C3%AFcode/", headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
          .on("error", reject)
          .end();
      });
    // The middleware leaves answers under 1 KB as they are; this page is over it.
    writeFileSync(join(dir, "dist/chapters/Ünïcode/index.html"), `<h1>unicode</h1>${"<p>text</p>".repeat(200)}`);
    const zipped = await get({ "Accept-Encoding": "gzip" });
    const plainAnswer = await get({});
    await compressing.close();
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers["x-content-type-options"]).toBe("nosniff");
    expect(gunzipSync(zipped.body).toString()).toBe(plainAnswer.body.toString());
    expect(plainAnswer.headers["content-encoding"]).toBeUndefined();
    expect(zipped.body.length).toBeLessThan(plainAnswer.body.length / 4);
  });

  it("reads the /* block of a _headers file", () => {
    expect(headersForAllPaths("/*\n  A: 1\n  B: two: parts\n  no colon\n/x\n  C: 3\n")).toEqual(
      new Map([
        ["a", ["1"]],
        ["b", ["two: parts"]],
      ]),
    );
  });
});
