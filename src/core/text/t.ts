import api from './nb/api.json' with { type: 'json' };
import areas from './nb/areas.json' with { type: 'json' };
import articles from './nb/articles.json' with { type: 'json' };
import booklet from './nb/booklet.json' with { type: 'json' };
import content from './nb/content.json' with { type: 'json' };
import editors from './nb/editors.json' with { type: 'json' };
import facts from './nb/facts.json' with { type: 'json' };
import feedback from './nb/feedback.json' with { type: 'json' };
import insight from './nb/insight.json' with { type: 'json' };
import local from './nb/local.json' with { type: 'json' };
import mail from './nb/mail.json' with { type: 'json' };
import moderation from './nb/moderation.json' with { type: 'json' };
import orders from './nb/orders.json' with { type: 'json' };
import planning from './nb/planning.json' with { type: 'json' };
import publishing from './nb/publishing.json' with { type: 'json' };
import search from './nb/search.json' with { type: 'json' };
import site from './nb/site.json' with { type: 'json' };
import suggest from './nb/suggest.json' with { type: 'json' };
import validation from './nb/validation.json' with { type: 'json' };
import apiNn from './nn/api.json' with { type: 'json' };
import areasNn from './nn/areas.json' with { type: 'json' };
import articlesNn from './nn/articles.json' with { type: 'json' };
import bookletNn from './nn/booklet.json' with { type: 'json' };
import contentNn from './nn/content.json' with { type: 'json' };
import editorsNn from './nn/editors.json' with { type: 'json' };
import factsNn from './nn/facts.json' with { type: 'json' };
import feedbackNn from './nn/feedback.json' with { type: 'json' };
import insightNn from './nn/insight.json' with { type: 'json' };
import localNn from './nn/local.json' with { type: 'json' };
import mailNn from './nn/mail.json' with { type: 'json' };
import moderationNn from './nn/moderation.json' with { type: 'json' };
import ordersNn from './nn/orders.json' with { type: 'json' };
import planningNn from './nn/planning.json' with { type: 'json' };
import publishingNn from './nn/publishing.json' with { type: 'json' };
import searchNn from './nn/search.json' with { type: 'json' };
import siteNn from './nn/site.json' with { type: 'json' };
import suggestNn from './nn/suggest.json' with { type: 'json' };
import validationNn from './nn/validation.json' with { type: 'json' };
import { fill } from './fill.ts';
import { activeLanguage, LOCALES, type Language } from './language.ts';

/**
 * The whole catalogue for pages, which render at build time. One JSON file per namespace in
 * nb/ and its translation in the sibling folder nn/; functions and browser scripts take one
 * namespace each through lookupIn(), so their bundles carry nothing else.
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
  local,
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

/** Every language's catalogue; nynorsk must have every bokmål key (the type check and tests/unit/text/ say so). */
export const catalogues: Readonly<Record<Language, Catalogue>> = {
  nb: catalogue,
  nn: {
    api: apiNn,
    areas: areasNn,
    articles: articlesNn,
    booklet: bookletNn,
    content: contentNn,
    editors: editorsNn,
    facts: factsNn,
    feedback: feedbackNn,
    insight: insightNn,
    local: localNn,
    mail: mailNn,
    moderation: moderationNn,
    orders: ordersNn,
    planning: planningNn,
    publishing: publishingNn,
    search: searchNn,
    site: siteNn,
    suggest: suggestNn,
    validation: validationNn,
  },
};
export type Namespace = keyof Catalogue;
export type MessageKey = { [N in Namespace]: `${N}.${keyof Catalogue[N] & string}` }[Namespace];

/** The catalogue in the active language, for pages that hand a whole namespace to their script as data. */
export const activeCatalogue = (): Catalogue => catalogues[activeLanguage()];

/** A UI string by `namespace.key`, with `{name}` placeholders filled in. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const dot = key.indexOf('.');
  const texts: Readonly<Record<string, string>> = catalogues[activeLanguage()][key.slice(0, dot) as Namespace];
  return fill(texts[key.slice(dot + 1)]!, vars);
}

const dateFormats = Object.fromEntries(
  Object.entries(LOCALES).map(([language, locale]) => [
    language,
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ]),
) as Record<Language, Intl.DateTimeFormat>;

/** "28. november 2026", in the active language. */
export const formatDate = (date: Date): string => dateFormats[activeLanguage()].format(date);
