/**
 * The dev loop: `astro dev` on a copy of the project reloads a chapter when its file is saved, and
 * a broken citation shows Astro's error overlay naming the file and the key (not a blank page);
 * fixing it brings the page back. The reload time is printed, not asserted.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.ts";
import { copyProject } from "../helpers/fixture-project.ts";

const project = copyProject();
const CHAPTER = join(project.root, "content/chapters/01-introduction.mdx");
let server: ChildProcess | undefined;

afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  project.remove();
});

/** A maintainer's shell: without Vitest's variables (with VITEST=true, `astro dev` answers 404 to every page). */
function devEnvironment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(name)));
  return { ...env, BASE_PATH: "/", NO_COLOR: "1", FORCE_COLOR: "0" };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

/** Polls `url` until `done` holds for the response, or fails after `timeout` ms. */
async function waitFor(url: string, done: (status: number, html: string) => boolean, timeout: number): Promise<{ status: number; html: string; ms: number }> {
  const start = performance.now();
  let last: string;
  for (;;) {
    try {
      const response = await fetch(url);
      const html = await response.text();
      last = `${response.status} ${html.slice(0, 200)}`;
      if (done(response.status, html)) return { status: response.status, html, ms: performance.now() - start };
    } catch (error) {
      last = String(error);
    }
    if (performance.now() - start > timeout) throw new Error(`${url} did not reach the expected state within ${timeout} ms (last: ${last})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("npm run dev", () => {
  it("reloads an edited chapter, and shows a broken citation in the error overlay", async () => {
    const port = await freePort();
    let log = "";
    server = spawn(process.execPath, [join(project.root, "node_modules/astro/bin/astro.mjs"), "dev", "--port", String(port), "--host", "127.0.0.1"], {
      cwd: project.root,
      env: devEnvironment(),
      detached: true,
    });
    server.stdout!.on("data", (d) => (log += d));
    server.stderr!.on("data", (d) => (log += d));
    const url = `http://127.0.0.1:${port}/chapters/introduction/`;
    await waitFor(url, (status) => status === 200, 90_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${log}`);
    });

    // Save an edit; the page's HTML changes without a restart.
    const original = readFileSync(CHAPTER, "utf8");
    const marker = `Reload marker ${Date.now()}`;
    writeFileSync(CHAPTER, `${original}\n${marker}.\n`);
    const reloaded = await waitFor(url, (status, html) => status === 200 && html.includes(marker), 20_000);
    console.log(`dev reload: the edited chapter was served ${Math.round(reloaded.ms)} ms after saving`);

    // Break a citation: the page answers 500 and the overlay names the file, line and key.
    writeFileSync(CHAPTER, original.replace("[@iqbal2014]", "[@iqbal2041]"));
    await waitFor(url, (status) => status === 500, 20_000);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const response = await page.goto(url);
      expect(response?.status()).toBe(500);
      const message = page.locator("vite-error-overlay #message-content");
      await message.waitFor({ timeout: 15_000 });
      expect(await message.textContent()).toMatch(/content\/chapters\/01-introduction\.mdx:\d+:\d+ {2}unknown citation key "@iqbal2041"/);
    } finally {
      await browser.close();
    }

    // Fix it: the page comes back.
    writeFileSync(CHAPTER, original);
    await waitFor(url, (status) => status === 200, 20_000);
  }, 180_000);
});
