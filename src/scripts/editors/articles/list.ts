/**
 * The «Artikler» list: every article, the overdue reviews first and counted. In a nynorsk kommune
 * each nynorsk text the bokmål has moved ahead of is marked «eldre enn bokmålsteksten» with the
 * bokmål's changes, and «Nynorsk må oppdaterast» lists the bokmål changes not followed yet. An
 * editor who may not change them (a kommune's editor in a book: the national editor edits them)
 * reads the list with a plain note instead of the controls to edit and publish. In a book the
 * kommune's own articles are listed too, each marked «Gjelder bare <kommune>», with «Ny artikkel
 * for <kommune>»: the kommune's editors write those.
 */
import { AREAS } from '../../../core/areas.ts';
import type { ArticleSummary, TranslationDueItem, TranslationStatus } from '../../../core/articles/types.ts';
import { articleText } from '../../../core/text/articles.ts';
import type { Api } from '../api.ts';
import { el, formatDateTime, required } from '../dom.ts';
import { showMessage } from '../page.ts';
import { articleHref, withOwnArticles, type ListedArticle } from './own-articles.ts';

const areaTitle = (slug: string) => AREAS.find((area) => area.slug === slug)?.title ?? slug;
const date = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const day = (iso: string) => date.format(new Date(`${iso}T00:00:00Z`));

/** Overdue first (oldest «Neste gjennomgang» first), then the rest by title. */
export function orderArticles<T extends ArticleSummary>(items: T[], today: string): T[] {
  const overdue = (item: ArticleSummary) => !item.retiredBy && item.nextReview < today;
  return [...items].sort(
    (a, b) =>
      Number(overdue(b)) - Number(overdue(a)) ||
      (overdue(a) ? a.nextReview.localeCompare(b.nextReview) : a.title.localeCompare(b.title, 'nb')),
  );
}

/** «Eldre enn bokmålsteksten», with what changed in the bokmål since the version the nynorsk follows (HTML escaped by the server). */
export function olderMark(translation: TranslationStatus): HTMLElement {
  const changes = el('div', { class: 'bokmal-changes' });
  // diffHtml (src/core/articles/translation.ts) escapes every line of the text.
  if (translation.diff) changes.innerHTML = translation.diff;
  else changes.textContent = articleText('translation.diffUnknown');
  return el(
    'details',
    { class: 'translation-older', 'data-translation-older': true },
    el('summary', {}, articleText('translation.older')),
    el('p', { class: 'hint' }, articleText('translation.changesSince')),
    changes,
  );
}

/**
 * `ownKommune`: the name of the kommune whose page this is, in a book only (the section's
 * `data-own-kommune`); its own articles are listed then.
 */
export function createArticleList(root: HTMLElement, api: Api, ownKommune?: string) {
  const rows = required<HTMLElement>(root, '[data-article-rows]');
  const summary = required<HTMLElement>(root, '[data-overdue-summary]');
  const message = required<HTMLElement>(root, '[data-articles-message]');
  const dueSection = required<HTMLElement>(root, '[data-translations-due]');
  const dueList = required<HTMLElement>(dueSection, '[data-translations-due-list]');
  const nationalOnly = required<HTMLElement>(root, '[data-national-only]');
  const editing = [...root.querySelectorAll<HTMLElement>('[data-article-editing]')];
  const ownEditing = root.querySelector<HTMLElement>('[data-own-editing]');
  let items: ListedArticle[] = [];
  let editable = true;

  function showEditable(value: boolean): void {
    editable = value;
    nationalOnly.hidden = value;
    for (const control of editing) control.hidden = !value;
  }

  /** «Nynorsk må oppdaterast»: each bokmål change, linked to the article's form (with the diff), until the nynorsk follows it. */
  function showDue(due: TranslationDueItem[] | undefined): void {
    dueSection.hidden = due === undefined;
    dueList.replaceChildren(
      ...(due?.length
        ? due.map((item) =>
            el(
              'li',
              { 'data-translation-due': item.slug },
              el('a', { href: `#artikkel/${item.slug}` }, item.title),
              ` – ${articleText('translation.dueChange', { version: item.version, date: formatDateTime(item.at) })}`,
            ),
          )
        : [el('li', {}, articleText('translation.noneDue'))]),
    );
  }

  /** The kommune's own articles; none outside a book. A failure is said, and the national list still shows. */
  async function loadOwn(): Promise<ArticleSummary[]> {
    if (ownKommune === undefined) return [];
    try {
      const own = await api.json<{ items: ArticleSummary[] }>('GET', '/api/moderation/articles?own');
      if (ownEditing) ownEditing.hidden = false;
      return own.items;
    } catch (error) {
      showMessage(message, articleText('own.loadFailed', { message: (error as Error).message }), true);
      return [];
    }
  }

  async function load(): Promise<ListedArticle[]> {
    try {
      const listed = await api.json<{ items: ArticleSummary[]; due?: TranslationDueItem[]; editable: boolean }>(
        'GET',
        '/api/moderation/articles',
      );
      showMessage(message, '');
      items = withOwnArticles(listed.items, await loadOwn());
      showEditable(listed.editable);
      showDue(listed.editable ? listed.due : undefined);
    } catch (error) {
      showMessage(message, articleText('loadFailed', { message: (error as Error).message }), true);
      return items;
    }
    const today = new Date().toISOString().slice(0, 10);
    const ordered = orderArticles(items, today);
    const overdue = ordered.filter((item) => !item.retiredBy && item.nextReview < today).length;
    showMessage(
      summary,
      overdue > 0 ? articleText('overdue', { count: overdue, total: items.length }) : articleText('noneOverdue', { total: items.length }),
      overdue > 0,
    );
    rows.replaceChildren(
      ...ordered.map((item) => {
        const isOverdue = !item.retiredBy && item.nextReview < today;
        const state = item.retiredBy
          ? articleText('state.retired', { target: item.retiredBy })
          : item.draft
            ? articleText('state.draft')
            : articleText('state.published');
        return el(
          'tr',
          { 'data-article-row': item.slug, 'data-own-article-row': item.own ? item.slug : undefined },
          el(
            'td',
            {},
            editable || item.own ? el('a', { href: articleHref(item.slug, item.own === true) }, item.title) : item.title,
            item.own
              ? el('span', { class: 'own-article-mark', 'data-own-article': true }, articleText('own.mark', { kommune: ownKommune ?? '' }))
              : null,
          ),
          el('td', {}, areaTitle(item.area)),
          el('td', {}, day(item.reviewed)),
          el(
            'td',
            { class: isOverdue ? 'is-overdue' : undefined },
            day(item.nextReview),
            isOverdue ? ` – ${articleText('state.overdue')}` : '',
          ),
          el('td', {}, state, item.translation?.state === 'older' ? olderMark(item.translation) : null),
        );
      }),
    );
    return items;
  }

  return { load, items: () => items, editable: () => editable };
}
