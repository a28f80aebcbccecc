/**
 * The editors' article form, derived from the article model (model.ts): which fields it has, in
 * what order, with which control, label and help; an article file as the form's values (the
 * frontmatter fields with a control, the Markdown body, and every other field kept as it was),
 * and the file written back from them. The form on /redaksjon/ renders `editorFields`, and its
 * script fills and reads the controls by the same list.
 */
import { frontmatterFields, writeFrontmatter } from '../frontmatter-fields.ts';
import { readFrontmatter } from '../frontmatter.ts';
import { contentText } from '../text/content.ts';
import { ARTICLE_MODEL, type ArticleModel, type Control, type OptionSource } from './model.ts';

export type ArticleLink = { title: string; url: string };

/** What each control holds while an editor fills it in. */
export type ControlValues = {
  line: string;
  paragraph: string;
  lines: string[];
  date: string;
  select: string;
  multiselect: string[];
  checkboxes: string[];
  checkbox: boolean;
  links: ArticleLink[];
};

type EditorFieldName<M extends ArticleModel> = { [K in keyof M]: M[K] extends { control: Control } ? K : never }[keyof M] & string;

/** The form's values for a model: one per field with a control, the body, and the fields it has no control for. */
export type ArticleFieldsOf<M extends ArticleModel> = {
  [K in EditorFieldName<M>]: M[K] extends { control: infer C extends Control } ? ControlValues[C] : never;
} & {
  body: string;
  /** Frontmatter fields the form has no control for (e.g. audience, councilReviews), kept as they were. */
  rest: Record<string, unknown>;
};

export type ArticleFields = ArticleFieldsOf<typeof ARTICLE_MODEL>;

/** One control of the form, as the page renders it and the script fills it. */
export type EditorField = {
  name: string;
  control: Control;
  label: string;
  help?: string;
  options?: OptionSource;
  /** The frontmatter can't leave it out. */
  required: boolean;
  /** Longest text the schema allows, for a one-line field. */
  maxLength?: number;
};

const text = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(text) : []);
/** An empty list is left out, so the schema's default applies. */
const nonEmpty = <T>(values: T[]): T[] | undefined => (values.length > 0 ? values : undefined);

/** How each control reads a frontmatter value and writes one back (undefined: the field is left out). */
const CONTROLS: { [C in Control]: { read: (value: unknown) => ControlValues[C]; write: (value: ControlValues[C]) => unknown } } = {
  line: { read: text, write: (value) => value.trim() || undefined },
  paragraph: { read: text, write: (value) => value.trim().replace(/\s+/g, ' ') || undefined },
  lines: { read: list, write: (value) => nonEmpty(value.map((line) => line.trim()).filter(Boolean)) },
  date: { read: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : text(value)), write: (value) => value || undefined },
  select: { read: text, write: (value) => value || undefined },
  multiselect: { read: list, write: nonEmpty },
  checkboxes: { read: list, write: nonEmpty },
  checkbox: { read: (value) => value === true, write: (value) => value || undefined },
  links: {
    read: (value) =>
      Array.isArray(value)
        ? value.map((entry: { title?: unknown; url?: unknown } | null) => ({ title: text(entry?.title), url: text(entry?.url) }))
        : [],
    write: (value) =>
      nonEmpty(
        value
          .filter((entry) => entry.title.trim() || entry.url.trim())
          .map((entry) => ({ title: entry.title.trim(), url: entry.url.trim() })),
      ),
  },
};

/** The fields of the form, in the model's order. */
export function editorFields(model: ArticleModel = ARTICLE_MODEL): EditorField[] {
  return Object.entries(model).flatMap(([name, field]): EditorField[] => {
    if (!field.control) return [];
    const maxLength = (field.schema as { maxLength?: unknown }).maxLength;
    return [
      {
        name,
        control: field.control,
        label: contentText(field.label),
        ...(field.help ? { help: contentText(field.help) } : {}),
        ...(field.options ? { options: field.options } : {}),
        required: !field.schema.safeParse(undefined).success,
        ...(field.control === 'line' && typeof maxLength === 'number' ? { maxLength } : {}),
      },
    ];
  });
}

/** The form's values from a source; an unreadable frontmatter gives empty fields and the whole text as body. */
export function fieldsOf<M extends ArticleModel = typeof ARTICLE_MODEL>(
  source: string,
  model: M = ARTICLE_MODEL as unknown as M,
): ArticleFieldsOf<M> {
  const { split } = readFrontmatter(source);
  const data = frontmatterFields(source);
  const values: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(model)) if (field.control) values[name] = CONTROLS[field.control].read(data[name]);
  const rest = Object.fromEntries(Object.entries(data).filter(([name]) => !model[name]?.control));
  return { ...values, body: split ? split.body.replace(/^\r?\n/, '') : source, rest } as ArticleFieldsOf<M>;
}

/** The MDX file for the form's values: the model's fields in its order, then any field it does not know, then the body. */
export function sourceOf<M extends ArticleModel = typeof ARTICLE_MODEL>(
  fields: ArticleFieldsOf<M>,
  model: M = ARTICLE_MODEL as unknown as M,
): string {
  const values = fields as unknown as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(model)) {
    const value = field.control ? (CONTROLS[field.control].write as (value: unknown) => unknown)(values[name]) : fields.rest[name];
    if (value !== undefined) data[name] = value;
  }
  for (const [name, value] of Object.entries(fields.rest)) if (!Object.hasOwn(model, name)) data[name] = value;
  return writeFrontmatter(data, `${fields.body.trim()}\n`);
}
