/**
 * National figures (grunnbeløpet, egenandelstaket, the caps in the egenandelsforskrift …) as data:
 * each with its dated values and, per value, the official document it was read in. Articles show
 * them with `<Figure id="…" />`, so every kroner amount in the book comes from one dated place.
 */
import { z } from 'zod';
import { schemaMessage } from '../text/validation.ts';
import { field } from './fields.ts';
import { isoDate, lastCheckedSchema, reviewMonthsSchema, sourceSchema } from './municipality.ts';

/** What a figure's amount is per; each reads as «per …» (or nothing for `once`) to the reader. */
export const FIGURE_UNITS = ['year', 'month', 'day', 'dayOrNight', 'once'] as const;

/** Whom readers are told to ask when the book has no amount for today: Nav, Helsenorge's guidance line or the kommune. */
export const FIGURE_ASK = ['nav', 'helsenorge', 'kommune'] as const;

/** One value of a figure, from one date on. */
const figureValueSchema = z
  .object({
    /** The first day the amount applies («gjelder fra»). */
    validFrom: isoDate.meta(field('facts.field.validFrom', 'facts.field.validFrom.help', 'date')),
    /** The last day it applies, when the official source says so (e.g. the year it is set for). Without it, it applies until the next value. */
    validTo: isoDate.meta(field('facts.field.validTo', 'facts.field.validTo.help', 'date')).optional(),
    /** The amount in whole kroner. */
    amount: z
      .number(schemaMessage('schema.amount'))
      .int(schemaMessage('schema.amount'))
      .nonnegative(schemaMessage('schema.amountNegative'))
      .meta(field('facts.field.amount', 'facts.field.figureAmount.help')),
    /** The official document that sets this amount (lovdata, regjeringen, nav.no, helsenorge). */
    source: sourceSchema.meta(field('facts.field.figureSource', 'facts.field.figureSource.help')),
  })
  .refine((value) => value.validTo === undefined || value.validTo >= value.validFrom, {
    ...schemaMessage('schema.validTo'),
    path: ['validTo'],
  });

/** A national figure with every value known, past and future. */
export const figureSchema = z
  .object({
    /** What readers see before the amount, e.g. "Grunnbeløpet (G)". */
    title: z.string().min(3, schemaMessage('schema.figureTitle')).meta(field('facts.field.figureTitle', 'facts.field.figureTitle.help')),
    /** The title in nynorsk, for the books of kommuner that write nynorsk; without it they show `title`. */
    titleNn: z
      .string()
      .min(3, schemaMessage('schema.figureTitle'))
      .meta(field('facts.field.figureTitleNn', 'facts.field.figureTitleNn.help'))
      .optional(),
    /** What the amount is per. */
    unit: z.enum(FIGURE_UNITS, schemaMessage('schema.unit')).meta(field('facts.field.figureUnit')),
    /** Whom readers ask when the book has no amount for today. */
    ask: z.enum(FIGURE_ASK, schemaMessage('schema.figureAsk')).meta(field('facts.field.figureAsk', 'facts.field.figureAsk.help')),
    /** The official page where the amount in force is published, when there is one readers can use. */
    publishedAt: sourceSchema.meta(field('facts.field.publishedAt', 'facts.field.publishedAt.help')).optional(),
    /** The values, in any order; none yet means the book sends readers to `publishedAt`. */
    values: z.array(figureValueSchema).meta(field('facts.field.figureValues', 'facts.field.figureValues.help')).default([]),
    lastChecked: lastCheckedSchema,
    reviewMonths: reviewMonthsSchema,
  })
  .refine((figure) => new Set(figure.values.map((value) => value.validFrom)).size === figure.values.length, {
    ...schemaMessage('schema.sameFigureDate'),
    path: ['values'],
  });

/** content/national/figures.json: every national figure by id. */
export const nationalFiguresSchema = z.object({
  figures: z.record(z.string().regex(/^[a-z0-9-]+$/), figureSchema),
});

export type Figure = z.infer<typeof figureSchema>;
export type FigureValue = z.infer<typeof figureValueSchema>;
export type FigureUnit = (typeof FIGURE_UNITS)[number];
export type FigureAsk = (typeof FIGURE_ASK)[number];
export type NationalFigures = z.infer<typeof nationalFiguresSchema>;
