import { z } from 'zod';
import { AREA_SLUGS } from '../areas.ts';
import { startsWithLetter } from '../letters.ts';
import { SLUG_PATTERN } from '../slug.ts';

const slug = z.string().regex(SLUG_PATTERN, 'Bruk bare a–z, 0–9 og bindestrek');
/** Titles and everyday words are filed in the A–Å index by their first letter. */
const filedWord = (schema: z.ZodString) => schema.refine(startsWithLetter, 'må begynne med en bokstav fra A til Å');

/** Frontmatter of one article in `content/articles/<slug>.mdx`. */
export const articleSchema = z
  .object({
    /** Page title; its first letter decides where it stands in the A–Å index. */
    title: filedWord(z.string().min(3).max(80)),
    /** "Kort fortalt": 2–4 sentences that answer the question on their own. */
    summary: z.string().min(20).max(600),
    /** The life area the article belongs to. */
    area: z.enum(AREA_SLUGS),
    /** Everyday words readers use for the topic; they become "se …" entries in the index and feed search. */
    aliases: z.array(filedWord(z.string().trim().min(2).max(60))).default([]),
    /** Slugs of related articles; each must exist. */
    related: z.array(slug).max(5).default([]),
    /** Official sources, shown under "Les mer". */
    sources: z.array(z.object({ title: z.string().min(3), url: z.url().startsWith('https://', 'Kilder må bruke https') })).min(1),
    /** «Sist gjennomgått»: the date an editor last checked every number, deadline, age, legal rule, agency name and source URL against the official pages. */
    reviewed: z.coerce.date(),
    /** «Neste gjennomgang»: when the article is due for its next check. Default: `reviewed` + 12 months. */
    nextReview: z.coerce.date().optional(),
    /**
     * «Gjennomgått av <råd>, <dato>»: councils that recommended this text in a review round, written
     * by publishing (src/core/articles/reviews.ts), with the statement where editors made it public.
     */
    councilReviews: z
      .array(
        z.object({
          council: z.string().min(2).max(100),
          date: z.coerce.date(),
          statement: z.string().max(4000).optional(),
        }),
      )
      .default([]),
    /** The review record: URLs of `sources` an editor opened and compared with the text on the `reviewed` date. Each must be one of `sources`. */
    checkedSources: z.array(z.url()).default([]),
    /** True when the answer depends on rules or prices the kommune sets; the page then tells relatives in another kommune where to ask. Default: false. */
    localRules: z.boolean().default(false),
    /** Who the article is mainly written for. Default: both. */
    audience: z.array(z.enum(['eldre', 'pårørende'])).optional(),
    /** Local services shown in "Hvem kan hjelpe deg", by id in the municipality config. Default: the service desk. */
    contacts: z.array(slug).min(1).default(['servicetorget']),
  })
  .transform((data) => ({ ...data, nextReview: data.nextReview ?? monthsLater(data.reviewed, 12) }));

/** The same calendar day `months` later (UTC), falling back to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function monthsLater(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

export type ArticleData = z.infer<typeof articleSchema>;
export type ArticleInput = z.input<typeof articleSchema>;
