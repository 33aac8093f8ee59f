/**
 * The shape of the site's own content loaders: fill the collection from one file or folder with
 * `sync`, and in `astro dev` sync again when that file, or anything under that folder, changes.
 * The loaders differ only in how they read and check what they load (each with the checker's
 * reader, so a fault stops the build in `npm run check`'s words).
 */
import type { Loader, LoaderContext } from "astro/loaders";
import { resolve, sep } from "node:path";

export function syncedLoader(name: string, path: string, sync: (context: LoaderContext) => Promise<void> | void): Loader {
  return {
    name,
    load: async (context) => {
      await sync(context);
      const watched = resolve(path);
      context.watcher?.add(watched);
      context.watcher?.on("change", (changed) => {
        if (changed === watched || changed.startsWith(watched + sep)) void sync(context);
      });
    },
  };
}
