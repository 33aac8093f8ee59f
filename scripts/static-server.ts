/**
 * A small static file server for dist/: the site as any static host would serve it, under an
 * optional base path, with 404.html for missing pages. Used by `npm start` and the browser tests.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".wasm": "application/wasm",
  ".bib": "text/plain; charset=utf-8",
  ".ris": "application/x-research-info-systems",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};

export interface StaticServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

export function serveStatic(options: { dir: string; base?: string; port?: number; host?: string }): Promise<StaticServer> {
  const root = normalize(options.dir);
  const base = (options.base ?? "/").replace(/\/?$/, "/");
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    if (!pathname.startsWith(base)) {
      if (pathname === "/" || pathname === base.slice(0, -1)) {
        res.writeHead(302, { location: base }).end();
        return;
      }
      return sendNotFound();
    }
    let file = normalize(join(root, pathname.slice(base.length)));
    if (!file.startsWith(root + sep) && file !== root) return sendNotFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith("/")) {
        res.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      file = join(file, "index.html");
    }
    if (!existsSync(file)) return sendNotFound();
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" });
    createReadStream(file).pipe(res);

    function sendNotFound() {
      const page = join(root, "404.html");
      res.writeHead(404, { "content-type": TYPES[".html"]! });
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end("Not found");
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : options.port;
      resolve({
        url: `http://${options.host ?? "127.0.0.1"}:${port}${base}`,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
