/**
 * Where the build says the site lives, from SITE_URL, BASE_PATH and REPO_URL, checked before
 * anything is built. Without SITE_URL the build is a local one: its URLs name this computer and say
 * so, and no made-up domain reaches a citation. A placeholder host, a SITE_URL that is not an
 * absolute address, or a path that disagrees with BASE_PATH stops the build with the reason.
 */
import { normalBase } from "../links/base-path.ts";

export interface DeployConfig {
  /** The origin canonical URLs, the sitemap and citations use. */
  site: string;
  base: string;
  /** Where "Edit this page" links point; none when REPO_URL is not set. */
  repositoryUrl: string | undefined;
  /** True when SITE_URL is not set: a build to preview on this computer. */
  local: boolean;
}

export const LOCAL_SITE = "http://127.0.0.1:4321";

/** Hosts reserved for examples (RFC 2606) and the placeholders this project once shipped. */
const PLACEHOLDER = /(^|\.)(example\.(org|com|net)|example|invalid)$/i;
const PLACEHOLDER_REPOSITORY = "https://github.com/her2-kb/her2-knowledge-base";

export class DeployConfigError extends Error {
  override name = "DeployConfigError";
}

function absolute(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DeployConfigError(`${name}="${value}" is not an absolute address; write it with its scheme, as in https://her2.kb.org`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new DeployConfigError(`${name}="${value}" must be an http(s) address`);
  if (PLACEHOLDER.test(url.hostname))
    throw new DeployConfigError(
      `${name}="${value}" names a placeholder host (${url.hostname}); give the address the site is really served from, or leave ${name} unset for a local build`,
    );
  return url;
}

export function deployConfig(env: Record<string, string | undefined>): DeployConfig {
  let base = normalBase(env.BASE_PATH);
  let site = LOCAL_SITE;
  const local = !env.SITE_URL;
  if (env.SITE_URL) {
    const url = absolute("SITE_URL", env.SITE_URL);
    if (url.search || url.hash) throw new DeployConfigError(`SITE_URL="${env.SITE_URL}" must not carry a query or a #fragment`);
    const path = normalBase(url.pathname);
    if (path !== "/") {
      if (env.BASE_PATH && normalBase(env.BASE_PATH) !== path) {
        throw new DeployConfigError(
          `SITE_URL="${env.SITE_URL}" has the path ${path} but BASE_PATH is ${normalBase(env.BASE_PATH)}; give the path in one of them only`,
        );
      }
      base = path;
    }
    site = url.origin;
  }
  let repositoryUrl: string | undefined;
  if (env.REPO_URL) {
    repositoryUrl = absolute("REPO_URL", env.REPO_URL).href.replace(/\/+$/, "");
    if (repositoryUrl === PLACEHOLDER_REPOSITORY)
      throw new DeployConfigError(
        `REPO_URL="${env.REPO_URL}" is the placeholder this project once shipped; name the repository readers can edit, or leave REPO_URL unset`,
      );
  }
  return { site, base, repositoryUrl, local };
}
