import { z } from 'zod';
import { AREA_SLUGS } from '../areas.ts';
import { SLUG_PATTERN } from '../slug.ts';

const slug = z.string().regex(SLUG_PATTERN, 'Bruk bare a–z, 0–9 og bindestrek');

/** Frontmatter of one article in `content/articles/<slug>.mdx`. */
export const articleSchema = z.object({
  /** Page title; its first letter decides where it stands in the A–Å index. */
  title: z.string().min(3).max(80),
  /** "Kort fortalt": 2–4 sentences that answer the question on their own. */
  summary: z.string().min(20).max(600),
  /** The life area the article belongs to. */
  area: z.enum(AREA_SLUGS),
  /** Everyday words readers use for the topic; they become "se …" entries in the index and feed search. */
  aliases: z.array(z.string().trim().min(2).max(60)).default([]),
  /** Slugs of related articles; each must exist. */
  related: z.array(slug).max(5).default([]),
  /** Official sources, shown under "Les mer". */
  sources: z
    .array(z.object({ title: z.string().min(3), url: z.url().startsWith('https://', 'Kilder må bruke https') }))
    .min(1),
  /** When an editor last checked that the article is true. */
  reviewed: z.coerce.date(),
  /** Who the article is mainly written for. Default: both. */
  audience: z.array(z.enum(['eldre', 'pårørende'])).optional(),
  /** Local services shown in "Hvem kan hjelpe deg", by id in the municipality config. Default: the service desk. */
  contacts: z.array(slug).min(1).default(['servicetorget']),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type ArticleInput = z.input<typeof articleSchema>;
