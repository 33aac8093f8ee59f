/**
 * Browser tests drive Debian's Chromium through playwright-core, against the built site served on
 * 127.0.0.1 by the test itself. No browser download: if Chromium is missing the tests fail and say
 * how to install it.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { serveStatic, type StaticServer } from "../../scripts/static-server.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium was not found at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    // As root in a sandboxed CI; background networking off, so the only traffic is to our server.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps"],
  });
}

export interface SiteSession {
  browser: Browser;
  server: StaticServer;
  /** The site's root URL, base path included ("http://127.0.0.1:1234/her2/"). */
  url: string;
  close(): Promise<void>;
}

export async function openSite(dist: string, base: string): Promise<SiteSession> {
  const [browser, server] = await Promise.all([launchBrowser(), serveStatic({ dir: dist, base })]);
  return { browser, server, url: server.url, close: async () => void (await Promise.all([browser.close(), server.close()])) };
}

/** Collects console errors, page errors and requests to any other host than the site's. */
export function watchPage(page: Page, siteUrl: string): { errors: string[]; foreignRequests: string[] } {
  const origin = new URL(siteUrl).origin;
  const watched = { errors: [] as string[], foreignRequests: [] as string[] };
  page.on("console", (m) => m.type() === "error" && watched.errors.push(m.text()));
  page.on("pageerror", (e) => watched.errors.push(e.message));
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.protocol !== "data:" && url.protocol !== "blob:" && url.origin !== origin) watched.foreignRequests.push(r.url());
  });
  return watched;
}
