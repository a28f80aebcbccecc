/**
 * An article file as the editor form sees it, and back: the frontmatter fields an editor fills
 * in, the Markdown body, and anything else in the frontmatter kept as it was.
 */
import { parse, stringify } from 'yaml';
import { joinFrontmatter, readFrontmatter } from '../frontmatter.ts';

export type ArticleSource = { title: string; url: string };

export type ArticleFields = {
  title: string;
  summary: string;
  area: string;
  aliases: string[];
  related: string[];
  sources: ArticleSource[];
  /** YYYY-MM-DD. */
  reviewed: string;
  /** YYYY-MM-DD, or '' for the default (reviewed + 12 months). */
  nextReview: string;
  contacts: string[];
  body: string;
  /** Frontmatter fields the form has no control for (e.g. audience), kept as they were. */
  rest: Record<string, unknown>;
};

const FORM_KEYS = ['title', 'summary', 'area', 'aliases', 'related', 'sources', 'reviewed', 'nextReview', 'contacts'];

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const date = (value: unknown): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : '';

/** The form's fields from a source; an unreadable frontmatter gives empty fields and the whole text as body. */
export function fieldsOf(source: string): ArticleFields {
  const { split } = readFrontmatter(source);
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = split ? parse(split.yaml) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  } catch {
    data = {};
  }
  const rest = Object.fromEntries(Object.entries(data).filter(([key]) => !FORM_KEYS.includes(key)));
  return {
    title: String(data.title ?? ''),
    summary: String(data.summary ?? ''),
    area: String(data.area ?? ''),
    aliases: strings(data.aliases),
    related: strings(data.related),
    sources: Array.isArray(data.sources)
      ? data.sources.map((entry) => ({
          title: String((entry as ArticleSource)?.title ?? ''),
          url: String((entry as ArticleSource)?.url ?? ''),
        }))
      : [],
    reviewed: date(data.reviewed),
    nextReview: date(data.nextReview),
    contacts: strings(data.contacts),
    body: split ? split.body.replace(/^\r?\n/, '') : source,
    rest,
  };
}

/** The MDX file for the form's fields, frontmatter in the order the README documents. */
export function sourceOf(fields: ArticleFields): string {
  const data: Record<string, unknown> = {
    title: fields.title.trim(),
    summary: fields.summary.trim().replace(/\s+/g, ' '),
    area: fields.area,
    aliases: fields.aliases.map((alias) => alias.trim()).filter(Boolean),
    related: fields.related,
    sources: fields.sources
      .filter((entry) => entry.title.trim() || entry.url.trim())
      .map((entry) => ({ title: entry.title.trim(), url: entry.url.trim() })),
    reviewed: fields.reviewed,
    ...(fields.nextReview ? { nextReview: fields.nextReview } : {}),
    ...fields.rest,
    ...(fields.contacts.length > 0 ? { contacts: fields.contacts } : {}),
  };
  return joinFrontmatter(stringify(data, { lineWidth: 0 }), `\n\n${fields.body.trim()}\n`);
}
