/**
 * The deployment base path in the one form used everywhere (leading and trailing slash: "/",
 * "/her2/"): pages, the sitemap, the static server, the bench and the tests all normalise here.
 */
export function normalBase(base = "/"): string {
  return `/${base.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
}
