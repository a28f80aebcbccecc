/**
 * Where a fact appears, so the facts desk can tell an editor what a change reaches: the article
 * pages that show it (a card, a price, an application route or a figure, or the contact box at the
 * foot of the page) and the printed editions. The kommune's own contacts are on every page.
 */
import { KOMMUNE_FACT, type FactKind } from './facts.ts';

export type UsedArticle = { slug: string; title: string; body: string; contacts: readonly string[] };

/** The printed editions: the whole book (also in large print and for the print shop), and the short edition. */
export type UsageEdition = 'full' | 'short';

export type FactUsage = {
  /** True for a fact on every page (the kommune's contacts are in the footer). */
  everyPage: boolean;
  /** The articles that show it, by title. */
  pages: { slug: string; title: string }[];
  /** Also on the contact page, which lists every service. */
  contactPage: boolean;
  editions: UsageEdition[];
};

const mentions = (body: string, attribute: 'service' | 'id', id: string) =>
  new RegExp(`<(?:Local|Price|Apply|Figure)\\s+[^>]*\\b${attribute}="${id.replace(/[^a-z0-9-]/g, '')}"`).test(body);

/**
 * Where the fact `id` of `kind` is shown. `askedVia` lists the services reached through this one
 * (their cards show its number), so a department's switchboard reaches their pages too.
 */
export function factUsage(
  articles: readonly UsedArticle[],
  fact: { id: string; kind: FactKind },
  askedVia: readonly string[] = [],
): FactUsage {
  if (fact.id === KOMMUNE_FACT) return { everyPage: true, pages: [], contactPage: true, editions: ['full', 'short'] };
  const ids = [fact.id, ...askedVia];
  const attribute = fact.kind === 'national' ? 'id' : 'service';
  const inBody = articles.filter((article) => ids.some((id) => mentions(article.body, attribute, id)));
  const inContacts = fact.kind === 'national' ? [] : articles.filter((article) => ids.some((id) => article.contacts.includes(id)));
  const pages = [
    ...new Map([...inBody, ...inContacts].map((article) => [article.slug, { slug: article.slug, title: article.title }])).values(),
  ].sort((a, b) => a.title.localeCompare(b.title, 'nb'));
  const editions: UsageEdition[] = [];
  if (pages.length > 0) editions.push('full');
  if (inContacts.length > 0) editions.push('short');
  return { everyPage: false, pages, contactPage: fact.kind !== 'national', editions };
}

/** Overdue checks first (never checked, then the oldest due date), then the rest by title. */
export function orderForReview<T extends { title: string; reviewDue: string | null }>(items: readonly T[], today: string): T[] {
  const overdue = (item: T) => item.reviewDue === null || item.reviewDue < today;
  return [...items].sort(
    (a, b) =>
      Number(overdue(b)) - Number(overdue(a)) ||
      (overdue(a) ? (a.reviewDue ?? '').localeCompare(b.reviewDue ?? '') : 0) ||
      a.title.localeCompare(b.title, 'nb'),
  );
}
