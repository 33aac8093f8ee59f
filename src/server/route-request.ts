/**
 * What the static server does with a request line, decided before any file is touched: only GET
 * and HEAD, a path that decodes, no "." or ".." segments, no "//" (which a browser would take as
 * another host in a redirect), and only under the base path. Pure, so every hostile request can be
 * tested without a server.
 */
import { normalBase } from "../links/base-path.ts";

export type Route =
  | { kind: "file"; /** The decoded path below the base, "" for the base itself. */ path: string }
  | { kind: "redirect"; location: string }
  | { kind: "error"; status: 400 | 404 | 405; reason: string };

export function routeRequest(method: string | undefined, rawUrl: string | undefined, base = "/"): Route {
  if (method !== "GET" && method !== "HEAD") return { kind: "error", status: 405, reason: "only GET and HEAD are served" };
  const prefix = normalBase(base);
  const raw = (rawUrl ?? "").split(/[?#]/, 1)[0]!;
  if (!raw.startsWith("/")) return { kind: "error", status: 400, reason: "the request target is not a path" };
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return { kind: "error", status: 400, reason: "the path is not valid percent-encoding" };
  }
  if (/[\0\\]/.test(path) || /[\r\n]/.test(path)) return { kind: "error", status: 400, reason: "the path holds a control character or a backslash" };
  if (path.startsWith("//") || path.includes("//")) return { kind: "error", status: 400, reason: "the path holds an empty segment" };
  if (path.split("/").some((segment) => segment === "." || segment === "..")) return { kind: "error", status: 400, reason: "the path holds a . or .. segment" };
  if (path === "/" || `${path}/` === prefix) return path === prefix ? { kind: "file", path: "" } : { kind: "redirect", location: prefix };
  if (!path.startsWith(prefix)) return { kind: "error", status: 404, reason: `outside the base path ${prefix}` };
  return { kind: "file", path: path.slice(prefix.length) };
}
