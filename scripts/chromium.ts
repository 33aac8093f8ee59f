/**
 * Debian's Chromium, one launch set-up for the browser tests and `npm run bench` (playwright-core)
 * and for Lighthouse (chrome-launcher). No browser download: a missing Chromium is an error that
 * says how to install it.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** As root in a sandboxed CI; background networking off, so the only traffic is to our server. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
];

export async function launchChromium(executablePath = CHROMIUM_PATH): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium was not found at ${executablePath}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
