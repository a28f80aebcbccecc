import { z } from 'zod';

/** Frontmatter of one prose page in `content/pages/<slug>.mdx` (om, personvern, tilgjengelighet). */
export const pageSchema = z.object({
  /** The page's heading, its title in the browser tab and its breadcrumb. */
  title: z.string().min(3).max(80),
  /** What search engines show under the title. Default: the site's promise. */
  description: z.string().min(20).max(200).optional(),
});

export type PageData = z.infer<typeof pageSchema>;
