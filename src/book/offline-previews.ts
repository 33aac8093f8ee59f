/**
 * The single book file's script: citation previews installed at once. The site's bootstrap loads
 * them on the first citation event with import(), which a file opened from disk cannot do.
 */
import { install } from "../citations/citation-preview.ts";

install();
