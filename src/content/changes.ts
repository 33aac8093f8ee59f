/**
 * A page's change history ("Changes to this page"): dated one-sentence entries in its frontmatter,
 * newest first. `npm run check` fails a file that git says changed after its newest entry, so a
 * reader can cite a page as of a version and see what changed since.
 */
import { z } from "astro/zod";

export const changesSchema = z
  .array(
    z.strictObject({
      date: z.coerce.date(),
      /** One sentence: what changed, for readers. */
      note: z.string().trim().min(10, "say in a sentence what changed").max(300),
    }),
  )
  .min(1, "list the page's changes, newest first: - date: YYYY-MM-DD, note: what changed")
  .refine((changes) => changes.every((c, i) => i === 0 || changes[i - 1]!.date >= c.date), "list the changes newest first");

export type PageChange = z.output<typeof changesSchema>[number];
