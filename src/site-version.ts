/** The site's version (package.json), named in open data files and in "Cite this page". */
import { readFileSync } from "node:fs";

export const SITE_VERSION = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
