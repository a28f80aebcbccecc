/**
 * The period a report covers: `?from=YYYY-MM-DD&to=YYYY-MM-DD`, days in Norway, both counted. Left
 * out, `to` is today and `from` a month before `to`. No AWS here.
 */
import * as z from 'zod/mini';
import { addMonths, daysBetween, isDay, RETENTION_MONTHS } from '../../src/core/insight/days.ts';
import { insightText } from '../../src/core/text/insight.ts';
import { parseWith } from '../shared/parse.ts';

/** The longest period: the thirteen months the counts are kept, and a day. */
export const MAX_PERIOD_DAYS = Math.ceil(RETENTION_MONTHS * 31) + 1;

const day = (message: string) => z.optional(z.string({ error: message }).check(z.refine(isDay, message)));

const daysSchema = z.object({ from: day(insightText('period.from')), to: day(insightText('period.to')) });

const periodSchema = z.object({ from: z.string(), to: z.string() }).check(
  z.refine((period) => period.from <= period.to, { message: insightText('period.order'), path: ['from'] }),
  z.refine((period) => period.from > period.to || daysBetween(period.from, period.to) <= MAX_PERIOD_DAYS, {
    message: insightText('period.tooLong', { max: MAX_PERIOD_DAYS }),
    path: ['from'],
  }),
);

export type Period = z.infer<typeof periodSchema>;

/** Throws ValidationError naming `from` or `to`. */
export function parsePeriod(query: Record<string, string | undefined> | undefined, today: string): Period {
  const days = parseWith(daysSchema, { from: query?.from || undefined, to: query?.to || undefined });
  const to = days.to ?? today;
  return parseWith(periodSchema, { from: days.from ?? addMonths(to, -1), to });
}
