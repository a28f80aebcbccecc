import api from './nb/api.json' with { type: 'json' };
import areas from './nb/areas.json' with { type: 'json' };
import articles from './nb/articles.json' with { type: 'json' };
import booklet from './nb/booklet.json' with { type: 'json' };
import content from './nb/content.json' with { type: 'json' };
import editors from './nb/editors.json' with { type: 'json' };
import facts from './nb/facts.json' with { type: 'json' };
import feedback from './nb/feedback.json' with { type: 'json' };
import insight from './nb/insight.json' with { type: 'json' };
import mail from './nb/mail.json' with { type: 'json' };
import moderation from './nb/moderation.json' with { type: 'json' };
import orders from './nb/orders.json' with { type: 'json' };
import planning from './nb/planning.json' with { type: 'json' };
import publishing from './nb/publishing.json' with { type: 'json' };
import search from './nb/search.json' with { type: 'json' };
import site from './nb/site.json' with { type: 'json' };
import suggest from './nb/suggest.json' with { type: 'json' };
import validation from './nb/validation.json' with { type: 'json' };
import { fill } from './fill.ts';

/**
 * The whole catalogue for pages, which render at build time. One JSON file per namespace in
 * nb/ (a translation is a sibling folder); functions and browser scripts take one namespace
 * each through lookup(), so their bundles carry nothing else.
 */
export const catalogue = {
  api,
  areas,
  articles,
  booklet,
  content,
  editors,
  facts,
  feedback,
  insight,
  mail,
  moderation,
  orders,
  planning,
  publishing,
  search,
  site,
  suggest,
  validation,
} as const;

type Catalogue = typeof catalogue;
export type Namespace = keyof Catalogue;
export type MessageKey = { [N in Namespace]: `${N}.${keyof Catalogue[N] & string}` }[Namespace];

/** A UI string by `namespace.key`, with `{name}` placeholders filled in. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const dot = key.indexOf('.');
  const texts: Readonly<Record<string, string>> = catalogue[key.slice(0, dot) as Namespace];
  return fill(texts[key.slice(dot + 1)]!, vars);
}

const dateFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "28. november 2026". */
export const formatDate = (date: Date): string => dateFormat.format(date);
