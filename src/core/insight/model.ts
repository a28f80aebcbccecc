/**
 * What the insight counts and what it reports, as zod schemas; the types are derived from them.
 * Counts are per day and never about a reader: a counted question (search-query.ts), how many
 * searches asked it, how many found nothing and how many opened a result; a page's Ja/Nei.
 */
import * as z from 'zod/mini';

const count = z.number().check(z.int(), z.gte(0));

/** One question's counts on one day. */
export const searchDaySchema = z.object({ day: z.string(), q: z.string(), searches: count, noResults: count, opened: count });

/** Every search of one day, also those whose question was not kept (it looked like personal data). */
export const dayTotalSchema = z.object({ day: z.string(), searches: count, noResults: count, opened: count });

/** One page's answers to «Fant du svar …?» on one day. */
export const pageDaySchema = z.object({ day: z.string(), page: z.string(), yes: count, no: count });

/** GET /api/moderation/insight: the editors' report for a period. */
export const insightReportSchema = z.object({
  searches: z.object({
    /** Every search in the period. */
    total: count,
    /** The questions asked most, each by at least five searches on two days. */
    top: z.array(z.object({ q: z.string(), count })),
    /** Questions that found nothing or whose results nobody opened, under the same floor; `count` such searches on `days` days. */
    missed: z.array(z.object({ q: z.string(), count, days: count })),
  }),
  /** Pages answered Ja or Nei in the period, most «nei» first. */
  pages: z.array(z.object({ slug: z.string(), title: z.string(), yes: count, no: count })),
  suggestions: z.object({
    /** Suggestions that arrived in the period. */
    received: count,
    /** Of those, the ones answered or closed by now. */
    answered: count,
    /** Days from arrival to answer, the middle value of those answered; null when none is. */
    medianDaysToAnswer: z.nullable(z.number()),
    /** Of those, the ones still waiting for an answer. */
    open: count,
  }),
  /** Articles whose «Neste gjennomgang» has passed. */
  reviews: z.object({ overdue: count }),
});

/** GET /api/moderation/insight/weeks: searches per week, for the chart. */
export const insightWeeksSchema = z.object({
  weeks: z.array(z.object({ week: count, from: z.string(), to: z.string(), searches: count, missed: count })),
});

/** GET /api/council/insight: what a council sees for the last month, under the same floor. */
export const councilInsightSchema = z.object({
  from: z.string(),
  to: z.string(),
  missed: z.array(z.object({ q: z.string(), count, days: count })),
  pages: z.array(z.object({ slug: z.string(), title: z.string(), no: count, days: count })),
});

export type SearchDay = z.infer<typeof searchDaySchema>;
export type DayTotal = z.infer<typeof dayTotalSchema>;
export type PageDay = z.infer<typeof pageDaySchema>;
export type InsightReport = z.infer<typeof insightReportSchema>;
export type InsightWeeks = z.infer<typeof insightWeeksSchema>;
export type CouncilInsight = z.infer<typeof councilInsightSchema>;
export type MissedSearch = InsightReport['searches']['missed'][number];
export type PageAnswers = InsightReport['pages'][number];
