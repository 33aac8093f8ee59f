/**
 * The classic inline script that applies the stored theme before first paint, in every page's
 * <head> (BaseLayout.astro), above the stylesheets. Anywhere later it would wait for them, and
 * Chromium paints a frame in between: the page would flash in the other theme. That puts it above
 * the CSP <meta> too, which Astro writes at the end of <head>; the HTTP-header form of the policy
 * (dist/_headers) governs it, and the CSP gate (tests/gates/csp.ts) allows only code the policy
 * lists by hash above the <meta>.
 *
 * It sets `data-theme` on <html> ("system" when nothing valid is stored, which the CSS treats as
 * "follow the system" and the switch shows as such) and the color-scheme <meta>. Astro hashes only
 * the scripts it processes, not `is:inline` ones, so astro.config adds THEME_FIRST_PAINT_SCRIPT_HASH
 * to the CSP's script-src; without it a browser given the header policy refuses the script.
 */
import { createHash } from "node:crypto";
import { THEME_STORAGE_KEY } from "./choice.ts";

// Storage can throw (cookies blocked, some private modes): the page then follows the system.
export const THEME_FIRST_PAINT_SCRIPT =
  `var t;try{t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)})}catch(e){}t=t=="light"||t=="dark"?t:"system";` +
  `document.documentElement.dataset.theme=t;` +
  `if(t!="system")document.querySelector('meta[name="color-scheme"]').content=t`;

/** The CSP source that allows exactly THEME_FIRST_PAINT_SCRIPT. */
export const THEME_FIRST_PAINT_SCRIPT_HASH = `sha256-${createHash("sha256").update(THEME_FIRST_PAINT_SCRIPT).digest("base64")}` as const;
