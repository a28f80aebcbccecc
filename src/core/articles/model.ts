/**
 * The article, declared once. Each frontmatter field of `content/articles/<slug>.mdx` is one entry
 * here: its zod schema, the catalogue keys of its Norwegian label and help
 * (src/core/text/nb/content.json), the control an editor fills it in with (none: kept as written),
 * and where readers and councils see it. Everything else derives from this list: the frontmatter
 * schema (src/core/schemas/article.ts), the editors' form and the frontmatter writer
 * (article-form.ts and the form on /redaksjon/), the checker's field names (check-article.ts), the
 * content rules' field names (content-lint.ts), the councils' review view (review-blocks.ts) and
 * the article list's summary. Adding a field is an entry here plus its texts.
 */
import { z } from 'zod';
import { AREA_SLUGS } from '../areas.ts';
import { startsWithLetter } from '../letters.ts';
import { SLUG_PATTERN } from '../slug.ts';
import { contentText, type ContentTextKey } from '../text/content.ts';
import { RELATED_MAX, SUMMARY_MAX, TITLE_MAX } from './limits.ts';

/**
 * Where a field shows besides the editor: on the reader's page, in the printed book, in the
 * councils' review view (as a change to judge), and in the editors' list of articles.
 * tests/unit/articles/the-article-model-is-declared-once.test.ts holds the page and print templates to it.
 */
export type Place = 'page' | 'print' | 'review' | 'list';

/**
 * How an editor fills a field in: one line of text, one paragraph, one entry per line, a date, one
 * or several of a list of options, checkboxes, a yes/no box, or rows of title and address.
 */
export type Control = 'line' | 'paragraph' | 'lines' | 'date' | 'select' | 'multiselect' | 'checkboxes' | 'checkbox' | 'links';

/** Where a control's options come from: the life areas, the book's articles, the kommune's services, or the schema's own values. */
export type OptionSource = 'areas' | 'articles' | 'services' | 'values';

export type FieldDeclaration = {
  schema: z.ZodType;
  /** Catalogue key of the field's name as editors see it. */
  label: ContentTextKey;
  /** Catalogue key of one or two sentences that help the editor fill it in. */
  help?: ContentTextKey;
  /** The form control; without one the field is kept as written (set in git, or by publishing). */
  control?: Control;
  options?: OptionSource;
  shows: readonly Place[];
  /** The value when the frontmatter leaves the field out, computed from the other fields. */
  fallback?: (data: never) => unknown;
};

export type ArticleModel = Readonly<Record<string, FieldDeclaration>>;

const slug = z.string().regex(SLUG_PATTERN, contentText('rule.slug'));
/** Titles and everyday words are filed in the A–Å index by their first letter. */
const filedWord = (schema: z.ZodString) => schema.refine(startsWithLetter, contentText('rule.filedWord'));

/** The same calendar day `months` later (UTC), falling back to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function monthsLater(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

/** The fields of an article, in the order the frontmatter is written. */
export const ARTICLE_MODEL = {
  /** Page title; its first letter decides where it stands in the A–Å index. */
  title: {
    schema: filedWord(z.string().min(3).max(TITLE_MAX)),
    label: 'field.title',
    help: 'field.title.help',
    control: 'line',
    shows: ['page', 'print', 'review', 'list'],
  },
  /** "Kort fortalt": 2–4 sentences that answer the question on their own. */
  summary: {
    schema: z.string().min(20).max(SUMMARY_MAX),
    label: 'field.summary',
    help: 'field.summary.help',
    control: 'paragraph',
    shows: ['page', 'print', 'review'],
  },
  /** The life area the article belongs to. */
  area: { schema: z.enum(AREA_SLUGS), label: 'field.area', control: 'select', options: 'areas', shows: ['page', 'list'] },
  /** Everyday words readers use for the topic; they become "se …" entries in the index and feed search. */
  aliases: {
    schema: z.array(filedWord(z.string().trim().min(2).max(60))).default([]),
    label: 'field.aliases',
    help: 'field.aliases.help',
    control: 'lines',
    shows: ['page'],
  },
  /** Slugs of related articles; each must exist. */
  related: {
    schema: z.array(slug).max(RELATED_MAX).default([]),
    label: 'field.related',
    help: 'field.related.help',
    control: 'multiselect',
    options: 'articles',
    shows: ['page', 'print'],
  },
  /** Official sources, shown under "Les mer". */
  sources: {
    schema: z.array(z.object({ title: z.string().min(3), url: z.url().startsWith('https://', contentText('rule.https')) })).min(1),
    label: 'field.sources',
    help: 'field.sources.help',
    control: 'links',
    shows: ['page', 'print'],
  },
  /** «Sist gjennomgått»: the date an editor last checked every number, deadline, age, legal rule, agency name and source URL against the official pages. */
  reviewed: { schema: z.coerce.date(), label: 'field.reviewed', control: 'date', shows: ['page', 'print', 'list'] },
  /** «Neste gjennomgang»: when the article is due for its next check. Default: `reviewed` + 12 months. */
  nextReview: {
    schema: z.coerce.date().optional(),
    label: 'field.nextReview',
    help: 'field.nextReview.help',
    control: 'date',
    shows: ['page', 'list'],
    fallback: (data: { reviewed: Date }) => monthsLater(data.reviewed, 12),
  },
  /** The review record: URLs of `sources` an editor opened and compared with the text on the `reviewed` date. Each must be one of `sources`. */
  checkedSources: { schema: z.array(z.url()).default([]), label: 'field.checkedSources', shows: ['page'] },
  /** True when the answer depends on rules or prices the kommune sets; the page then tells relatives in another kommune where to ask. Default: false. */
  localRules: {
    schema: z.boolean().default(false),
    label: 'field.localRules',
    help: 'field.localRules.help',
    control: 'checkbox',
    shows: ['page'],
  },
  /**
   * A translation's record of its source: the git blob hash of the bokmål file it was written from
   * (`git hash-object content/articles/<slug>.mdx`). Only in `content/articles/nn/<slug>.mdx`; when the
   * bokmål text moves on, the editors see the nynorsk text as older than it. Set when a translator
   * writes the text, never in the form.
   */
  basedOn: {
    schema: z
      .string()
      .regex(/^[0-9a-f]{40}$/)
      .optional(),
    label: 'field.basedOn',
    shows: [],
  },
  /** Who the article is mainly written for. Default: both. */
  audience: { schema: z.array(z.enum(['eldre', 'pårørende'])).optional(), label: 'field.audience', shows: [] },
  /** Local services shown in "Hvem kan hjelpe deg", by id in the municipality config. Default: the service desk. */
  contacts: {
    schema: z.array(slug).min(1).default(['servicetorget']),
    label: 'field.contacts',
    help: 'field.contacts.help',
    control: 'checkboxes',
    options: 'services',
    shows: ['page', 'print'],
  },
  /**
   * «Gjennomgått av <råd>, <dato>»: councils that recommended this text in a review round, written
   * by publishing (src/core/articles/reviews.ts), with the statement where editors made it public.
   */
  councilReviews: {
    schema: z
      .array(z.object({ council: z.string().min(2).max(100), date: z.coerce.date(), statement: z.string().max(4000).optional() }))
      .default([]),
    label: 'field.councilReviews',
    shows: ['page'],
  },
} as const satisfies ArticleModel;

export type ArticleFieldName<M extends ArticleModel = typeof ARTICLE_MODEL> = keyof M & string;

type Shape<M extends ArticleModel> = { [K in keyof M]: M[K]['schema'] };
type WithFallback<M extends ArticleModel> = { [K in keyof M]: M[K] extends { fallback: (data: never) => unknown } ? K : never }[keyof M];
/** The parsed frontmatter: each field's schema output, with a fallback's value where the file leaves a field out. */
export type ArticleDataOf<M extends ArticleModel> = Omit<z.output<z.ZodObject<Shape<M>>>, WithFallback<M>> & {
  [K in WithFallback<M>]: M[K] extends { fallback: (data: never) => infer V } ? V : never;
};

const schemas = new WeakMap<ArticleModel, z.ZodType>();

/** The frontmatter schema of a model: one object of its fields' schemas, fallbacks filled in. */
export function articleSchemaOf<M extends ArticleModel>(model: M): z.ZodType<ArticleDataOf<M>, z.input<z.ZodObject<Shape<M>>>> {
  const known = schemas.get(model);
  if (known) return known as z.ZodType<ArticleDataOf<M>, z.input<z.ZodObject<Shape<M>>>>;
  const shape = Object.fromEntries(Object.entries(model).map(([name, field]) => [name, field.schema])) as Shape<M>;
  const schema = z.object(shape).transform((data) => {
    const filled: Record<string, unknown> = { ...data };
    for (const [name, field] of Object.entries(model)) {
      if (field.fallback && filled[name] === undefined) filled[name] = (field.fallback as (data: unknown) => unknown)(data);
    }
    return filled as ArticleDataOf<M>;
  });
  schemas.set(model, schema);
  return schema;
}

/** The fields that show in `place`, in the model's order. */
export function fieldsShownIn<M extends ArticleModel>(model: M, place: Place): ArticleFieldName<M>[] {
  return Object.keys(model).filter((name) => model[name]!.shows.includes(place)) as ArticleFieldName<M>[];
}

/** The label of a field as editors see it, or the name as written for a path the model does not know. */
export function fieldLabel(model: ArticleModel, name: string): string {
  return Object.hasOwn(model, name) ? contentText(model[name]!.label) : name;
}

/** The names of the fields a model shows in `place`, as a type. */
export type FieldsShownIn<M extends ArticleModel, P extends Place> = {
  [K in keyof M]: P extends M[K]['shows'][number] ? K : never;
}[keyof M] &
  string;

/** What the editors' list of articles shows of one: the fields shown in 'list', as text (dates as YYYY-MM-DD). */
export type ListedFields = Record<FieldsShownIn<typeof ARTICLE_MODEL, 'list'>, string>;

/** A field's value as plain text: a date as YYYY-MM-DD, a list joined with commas. */
export function fieldText(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(fieldText).join(', ');
  if (typeof value === 'object' && value !== null) return Object.values(value).map(fieldText).join(' ');
  return value === undefined || value === null ? '' : String(value);
}

/** The list's fields of a parsed article. */
export function listedFieldsOf(data: Readonly<Record<string, unknown>>): ListedFields {
  return Object.fromEntries(fieldsShownIn(ARTICLE_MODEL, 'list').map((name) => [name, fieldText(data[name])])) as ListedFields;
}
