/**
 * The static server of `npm start`, the browser tests and the bench: dist/ as a static host serves
 * it, under an optional base path. Files go out through `send` (the streaming file server Express
 * uses: ETags, ranges, conditional GET, the stream closed when a client aborts); around it, our
 * rules: the request is vetted first (route-request.ts), a file's real path must stay inside the
 * real dist/ (a symlink cannot lead out of it), the headers of dist/_headers go on every answer,
 * and a dist/ replaced while serving is read afresh on the next request instead of crashing.
 * With `compress`, text answers go out gzipped when the client accepts it (the `compression`
 * middleware Express uses), as from a real static host: the bench's Lighthouse run measures that.
 */
import { readFileSync, realpathSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, sep } from "node:path";
import compression from "compression";
import send from "send";
import { normalBase } from "../links/base-path.ts";
import { headersForAllPaths } from "../seo/headers.ts";
import { routeRequest } from "./route-request.ts";

/** Types `send` does not know (Pagefind's index files, reference downloads). */
const TYPES: Record<string, string> = {
  ".bib": "text/plain; charset=utf-8",
  ".ris": "application/x-research-info-systems",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pagefind": "application/octet-stream",
  ".webmanifest": "application/manifest+json",
};

/** compression() as the plain Node middleware it is: its types name Express's request, whose extras it does not use. */
type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface StaticServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

export function serveStatic(options: { dir: string; base?: string | undefined; port?: number; host?: string; compress?: boolean }): Promise<StaticServer> {
  const base = normalBase(options.base);
  const host = options.host ?? "127.0.0.1";
  const compress = options.compress ? (compression() as unknown as NodeMiddleware) : undefined;

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    let root: string;
    try {
      root = realpathSync(options.dir);
    } catch {
      return plain(res, 503, "The site is being rebuilt; try again in a moment.");
    }
    for (const [name, values] of siteHeaders(root)) res.setHeader(name, values.length === 1 ? values[0]! : values);
    res.setHeader("Cache-Control", "no-cache");
    const route = routeRequest(req.method, req.url, base);
    if (route.kind === "error") {
      if (route.status === 405) res.setHeader("Allow", "GET, HEAD");
      return route.status === 404 ? notFound(res, root) : plain(res, route.status, `${route.status}: ${route.reason}`);
    }
    if (route.kind === "redirect") return redirect(res, route.location);

    const wanted = join(root, route.path);
    let real: string;
    try {
      real = realpathSync(wanted);
    } catch {
      return notFound(res, root);
    }
    if (real !== root && !real.startsWith(root + sep)) return notFound(res, root);
    let file = real;
    if (statSync(real).isDirectory()) {
      // "/chapters/x" → "/chapters/x/", on this origin: the path was checked to start with one "/".
      if (route.path !== "" && !route.path.endsWith("/")) return redirect(res, `${encodeURI(base + route.path)}/`);
      file = join(real, "index.html");
    }
    const relative = file.slice(root.length).split(sep).map(encodeURIComponent).join("/");
    send(req, relative, { root, dotfiles: "allow", index: false, cacheControl: false })
      .on("headers", (response: ServerResponse, path: string) => {
        const type = TYPES[extname(path)];
        if (type) response.setHeader("Content-Type", type);
      })
      .on("error", (error: { status?: number }) =>
        error.status === 404 ? notFound(res, root) : plain(res, error.status ?? 500, "The file could not be read."),
      )
      .pipe(res);
  };

  const server = createServer((req, res) => {
    try {
      if (compress) compress(req, res, () => handle(req, res));
      else handle(req, res);
    } catch {
      // Nothing a request does may stop the server.
      if (!res.headersSent) plain(res, 500, "Internal error.");
      else res.destroy();
    }
  });
  server.on("clientError", (_error, socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : options.port;
      resolve({
        url: `http://${host}:${port}${base}`,
        server,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

const headerCache = new Map<string, { mtimeMs: number; headers: Map<string, string[]> }>();

/** dist/_headers, read again when it changes (a rebuild). */
function siteHeaders(root: string): Map<string, string[]> {
  const file = join(root, "_headers");
  try {
    const { mtimeMs } = statSync(file);
    const cached = headerCache.get(file);
    if (cached?.mtimeMs === mtimeMs) return cached.headers;
    const headers = headersForAllPaths(readFileSync(file, "utf8"));
    headerCache.set(file, { mtimeMs, headers });
    return headers;
  } catch {
    return new Map();
  }
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" }).end(`${text}\n`);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { Location: location }).end();
}

function notFound(res: ServerResponse, root: string): void {
  let page: Buffer | undefined;
  try {
    page = readFileSync(join(root, "404.html"));
  } catch {
    page = undefined;
  }
  if (page) res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" }).end(page);
  else plain(res, 404, "Not found");
}
